from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict

from timeline import highlights
from timeline.exports import key_dates_csv, key_dates_json


class Command(BaseCommand):
    help = "Write the key dates of the public events (filtered like the timeline page) as JSON or CSV to stdout."

    def add_arguments(self, parser):
        parser.add_argument("--dates", help="How many dates (default: sized to the span and volume of events).")
        parser.add_argument("--sentences", help=f"Sentences a date (default {highlights.DEFAULT_SENTENCES}).")
        parser.add_argument("--format", choices=["json", "csv"], default="json")
        parser.add_argument("--q", help="Words the sentence or passage must contain.")
        parser.add_argument("--from", dest="from_", metavar="FROM", help="Start: 2025, 2025-04, April 2025 …")
        parser.add_argument("--to", help="End: 2025, 2025-04, April 2025 …")
        parser.add_argument("--topic", action="append", default=[], help="Topic slug (repeatable).")
        parser.add_argument("--actor", action="append", default=[], help="Actor slug (repeatable).")
        parser.add_argument("--source", action="append", default=[], help="Source id (repeatable).")

    def handle(self, *args, **options):
        query = QueryDict(mutable=True)
        for name, option in [("q", "q"), ("from", "from_"), ("to", "to"), ("dates", "dates"),
                             ("sentences", "sentences")]:
            if options[option] is not None:
                query[name] = options[option]
        for name in ("topic", "actor", "source"):
            query.setlist(name, options[name])
        filters, counts = highlights.timeline_filter(query), highlights.KeyDatesForm(query)
        if not (filters.is_valid() and counts.is_valid()):
            raise CommandError("; ".join(filter(None, [filters.error_summary(), counts.error_summary()])))
        key_dates = highlights.key_dates(filters, *counts.counts())
        self.stdout.write(key_dates_json(key_dates) if options["format"] == "json" else key_dates_csv(key_dates),
                          ending="")
