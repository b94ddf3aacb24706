from django.conf import settings
from django.core.management.base import BaseCommand

from timeline.accounts import ensure_local_admin


class Command(BaseCommand):
    help = "Create (or reuse) the local admin account and print its login."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/", help="Where the admin will be served.")

    def handle(self, *args, url, **options):
        username, password = ensure_local_admin(settings.BASE_DIR / ".admin-password")
        login = f"Admin login: {url}  user {username}  password {password}"
        self.stdout.write(self.style.SUCCESS(login))
