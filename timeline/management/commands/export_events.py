from django.core.management.base import BaseCommand, CommandError

from timeline.exports import iter_csv, iter_json
from timeline.forms import FILTERS, TimelineFilter, query_from_options


class Command(BaseCommand):
    help = "Write the public events as JSON or CSV to stdout, filtered like the timeline page."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["json", "csv"], default="json")
        # One option per filter of the timeline, from the same table as its form.
        for f in FILTERS:
            parser.add_argument(f"--{f.name}", dest=f.name, **f.option)
        parser.add_argument("--limit", type=int, help="At most this many events.")
        parser.add_argument("--base-url", default="", help="Prefix for the events' url field.")

    def handle(self, *args, **options):
        filters = TimelineFilter(query_from_options(options))
        if not filters.is_valid():
            raise CommandError(filters.error_summary())
        if options["limit"] is not None and options["limit"] < 0:
            raise CommandError("--limit must be 0 or more.")
        writer = iter_json if options["format"] == "json" else iter_csv
        for chunk in writer(filters.events(), limit=options["limit"], base_url=options["base_url"]):
            self.stdout.write(chunk, ending="")
