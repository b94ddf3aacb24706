"""The key dates of a filtered view: the reader's choice of how many, and the two queries that feed the
Django-free ranking (timeline.keydates), cached per filter until the data next changes."""

import hashlib

from django import forms
from django.conf import settings
from django.core.cache import cache

from . import keydates
from .caching import generation
from .models import Event

# What the key-dates view adds to a timeline URL; everything else in it is the timeline's filter.
PARAMETERS = ("view", "dates", "sentences")
DEFAULT_SENTENCES = 2


class KeyDatesForm(forms.Form):
    dates = forms.IntegerField(
        required=False, min_value=1, max_value=keydates.MAX_DATES, label="Dates",
        help_text="How many days to show; left empty, as many as the span and volume of events call for.",
    )
    sentences = forms.IntegerField(
        required=False, min_value=1, max_value=keydates.MAX_SENTENCES, label="Sentences a date",
    )

    def counts(self):
        """(dates, sentences) to ask for: a bad value is reported beside its field and the default used."""
        self.is_valid()
        dates = None if "dates" in self.errors else self.cleaned_data.get("dates")
        sentences = None if "sentences" in self.errors else self.cleaned_data.get("sentences")
        return dates, sentences or DEFAULT_SENTENCES

    def error_summary(self):
        return "; ".join(f"{name}: {' '.join(errors)}" for name, errors in self.errors.items())


def key_dates(filters, dates=None, sentences=DEFAULT_SENTENCES):
    """The key dates of the events a TimelineFilter selects, each with its sentences as Event objects
    (`key.events`, public events to link to) beside the ranking's records."""
    key = _cache_key(filters, dates, sentences)
    result = cache.get(key)
    if result is None:
        result = _compute(filters.events(), dates, sentences)
        cache.set(key, result, settings.TIMELINE_SUMMARY_SECONDS)
    shown = {record.shown_as for key_date in result for record in key_date.sentences}
    events = Event.objects.public().for_list().in_bulk(shown)
    for key_date in result:
        key_date.events = [events[r.shown_as] for r in key_date.sentences if r.shown_as in events]
    return result


def _compute(selected, dates, sentences):
    # Every selected event takes part in choosing the days, but only their dates, articles and statuses are
    # read for that; sentences are read for the chosen days alone.
    light = selected.key_date_records(with_text=False)
    if dates is None:
        dates = keydates.default_dates(light)
    chosen = keydates.choose_days(light, dates)
    told = selected.filter(date_start__in=chosen, date_end__in=chosen).key_date_records()
    return keydates.tell_days(told, chosen, sentences)


def _cache_key(filters, dates, sentences):
    canonical = sorted((k, v) for k, values in filters.data.lists() if k not in ("after", *PARAMETERS) for v in values)
    digest = hashlib.sha256(repr((canonical, dates, sentences)).encode()).hexdigest()
    return f"timeline:key-dates:{generation()}:{digest}"
