from django.core.management.base import BaseCommand, CommandError

from timeline import highlights
from timeline.exports import key_dates_csv, key_dates_json
from timeline.forms import FILTERS, TimelineFilter, query_from_options


class Command(BaseCommand):
    help = "Write the key dates of the public events (filtered like the timeline page) as JSON or CSV to stdout."

    def add_arguments(self, parser):
        parser.add_argument("--dates", help="How many dates (default: sized to the span and volume of events).")
        parser.add_argument("--sentences", help=f"Sentences a date (default {highlights.DEFAULT_SENTENCES}).")
        parser.add_argument("--format", choices=["json", "csv"], default="json")
        # One option per filter of the timeline, from the same table as its form.
        for f in FILTERS:
            parser.add_argument(f"--{f.name}", dest=f.name, **f.option)

    def handle(self, *args, **options):
        filters = TimelineFilter(query_from_options(options))
        counts = highlights.KeyDatesForm({name: options[name] for name in ("dates", "sentences") if options[name]})
        if not (filters.is_valid() and counts.is_valid()):
            raise CommandError("; ".join(filter(None, [filters.error_summary(), counts.error_summary()])))
        key_dates = highlights.key_dates(filters, *counts.counts()).days
        self.stdout.write(key_dates_json(key_dates) if options["format"] == "json" else key_dates_csv(key_dates),
                          ending="")
