from django.conf import settings
from django.core.management.base import BaseCommand

from timeline.taxonomy import add_missing_tags


class Command(BaseCommand):
    help = "Add the starting topics and actors (fixtures/taxonomy.json) that are missing; edited ones are kept."

    def handle(self, *args, **options):
        added = add_missing_tags(settings.BASE_DIR / "fixtures" / "taxonomy.json")
        self.stdout.write(f"Taxonomy: {added} topics and actors added.")
