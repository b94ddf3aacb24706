from django.core.management.base import BaseCommand, CommandError

from timeline.ingest import ingest_paths


class Command(BaseCommand):
    help = "Read article files (or folders of them, with their manifest.toml) into sources, passages and events."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Article files or folders.")

    def handle(self, *args, paths, **options):
        report = ingest_paths(paths, progress=self.stdout.write)
        self.stdout.write(self.style.SUCCESS(report.summary()) if not report.failed else report.summary())
        if report.failed:
            raise CommandError(f"{len(report.failed)} file(s) could not be read; the others were ingested.")
