import os

from django.core.management.base import BaseCommand, CommandError

from timeline.ingest import ingest_paths
from timeline.readers import ReadOptions


def field_mapping(text):
    ours, sep, theirs = text.partition("=")
    if not (sep and ours.strip() and theirs.strip()):
        raise ValueError(text)
    return ours.strip(), theirs.strip()


class Command(BaseCommand):
    help = (
        "Import articles: saved web pages (.html), RSS/Atom feeds, article dumps (JSON Lines, CSV), text captures "
        "with their manifest.toml, folders of any of these, and http(s) URLs of pages or feeds."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Files, folders or http(s) URLs.")
        parser.add_argument("--topic", action="append", default=[], metavar="SLUG",
                            help="Tag every event of this import with this topic (created when new); repeatable.")
        parser.add_argument("--field", action="append", default=[], type=field_mapping, metavar="OURS=THEIRS",
                            help="A dump's name for one of our fields, e.g. --field published=pubDate; repeatable.")
        parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                            help="Processes that run the date engine (default: the machine's cores).")
        parser.add_argument("--max-bytes", type=int, default=ReadOptions.max_bytes,
                            help="Refuse files and downloads larger than this (default: %(default)s).")
        parser.add_argument("--timeout", type=float, default=ReadOptions.fetch_timeout,
                            help="Seconds to wait for a URL (default: %(default)s).")

    def handle(self, *args, paths, topic, field, jobs, max_bytes, timeout, **options):
        if jobs < 1 or max_bytes < 1 or timeout <= 0:
            raise CommandError("--jobs, --max-bytes and --timeout must be positive.")
        read_options = ReadOptions(fields=tuple(field), max_bytes=max_bytes, fetch_timeout=timeout)
        live = self.stdout.isatty()
        try:
            report = ingest_paths(
                paths, progress=self.stdout.write, redraw=(lambda text: self.stdout.write(text, ending="")) if live
                else None, jobs=jobs, topics=topic, options=read_options,
            )
        except ValueError as error:
            raise CommandError(str(error)) from None
        summary = report.summary()
        self.stdout.write(self.style.SUCCESS(summary) if not report.failed else summary)
        if report.failed:
            raise CommandError(f"{len(report.failed)} item(s) could not be imported; the others were.")
