"""The local admin account `make run` prints, so a new user can log in straight away."""

import secrets

from django.contrib.auth import get_user_model

LOCAL_ADMIN = "admin"


def ensure_local_admin(password_file):
    """Create the admin user once, keeping its password in a git-ignored file; reuse both afterwards."""
    User = get_user_model()
    if password_file.exists() and User.objects.filter(username=LOCAL_ADMIN).exists():
        return LOCAL_ADMIN, password_file.read_text().strip()
    password = secrets.token_urlsafe(12)
    user = User.objects.filter(username=LOCAL_ADMIN).first() or User(username=LOCAL_ADMIN)
    user.is_staff = user.is_superuser = True
    user.set_password(password)
    user.save()
    password_file.write_text(password + "\n")
    return LOCAL_ADMIN, password
