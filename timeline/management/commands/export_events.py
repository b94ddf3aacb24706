from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict

from timeline.exports import iter_csv, iter_json
from timeline.forms import TimelineFilter


class Command(BaseCommand):
    help = "Write the public events as JSON or CSV to stdout, filtered like the timeline page."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["json", "csv"], default="json")
        parser.add_argument("--q", help="Words the sentence or passage must contain.")
        parser.add_argument("--from", dest="from_", metavar="FROM", help="Start: 2025, 2025-04, April 2025 …")
        parser.add_argument("--to", help="End: 2025, 2025-04, April 2025 …")
        parser.add_argument("--topic", action="append", default=[], help="Topic slug (repeatable).")
        parser.add_argument("--actor", action="append", default=[], help="Actor slug (repeatable).")
        parser.add_argument("--source", action="append", default=[], help="Source id (repeatable).")
        parser.add_argument("--limit", type=int, help="At most this many events.")
        parser.add_argument("--base-url", default="", help="Prefix for the events' url field.")

    def handle(self, *args, **options):
        query = QueryDict(mutable=True)
        for name, option in [("q", "q"), ("from", "from_"), ("to", "to")]:
            if options[option]:
                query[name] = options[option]
        for name in ("topic", "actor", "source"):
            query.setlist(name, options[name])
        filters = TimelineFilter(query)
        if not filters.is_valid():
            raise CommandError(filters.error_summary())
        if options["limit"] is not None and options["limit"] < 0:
            raise CommandError("--limit must be 0 or more.")
        writer = iter_json if options["format"] == "json" else iter_csv
        for chunk in writer(filters.events(), limit=options["limit"], base_url=options["base_url"]):
            self.stdout.write(chunk, ending="")
