from django.conf import settings
from django.core.management.base import BaseCommand

from timeline.accounts import ensure_local_admin


class Command(BaseCommand):
    help = "Create (or reuse) the local admin account and print its login."

    def handle(self, *args, **options):
        username, password = ensure_local_admin(settings.BASE_DIR / ".admin-password")
        login = f"Admin login: http://127.0.0.1:8000/admin/  user {username}  password {password}"
        self.stdout.write(self.style.SUCCESS(login))
