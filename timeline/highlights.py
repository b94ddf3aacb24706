"""The key dates of a filtered view: the reader's choice of how many, and the two queries that feed the
Django-free ranking (timeline.keydates), cached per filter until the data next changes."""

import hashlib
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.http import QueryDict

from . import keydates
from .caching import generation
from .counting import sample_for
from .models import Event

# What the key-dates view adds to a timeline URL; everything else in it is the timeline's filter.
PARAMETERS = ("view", "dates", "sentences")
VIEW = "key"
DEFAULT_SENTENCES = 2
TARGET_ID = "key-dates"


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


def wanted(query):
    return query.get("view") == VIEW


def timeline_filter(query):
    """The timeline's filter of a key-dates address: the view's own parameters are not filters."""
    from .forms import TimelineFilter

    data = query.copy()
    for name in PARAMETERS:
        data.pop(name, None)
    return TimelineFilter(data)


@dataclass
class KeyDates:
    """The key dates of a filter, in date order, and how they were chosen."""

    days: list  # of keydates.KeyDate
    # When the filter selects more events than settings.TIMELINE_KEY_DATES_SAMPLE, the days are chosen
    # from a random sample of them: how many events (with the reports folded into them) it held.
    sampled: int | None = None

    def sample_note(self):
        if not self.sampled:
            return ""
        return (f"Days chosen from a random sample of {self.sampled:,} of the events selected; each chosen "
                "day's articles and sentences are counted in full.")


def key_dates(filters, dates=None, sentences=DEFAULT_SENTENCES, compute=True):
    """The KeyDates of the events a TimelineFilter selects; each day has `events`, (sentence, public event)
    pairs to show and link. None when not cached and not to be computed."""
    key = _cache_key(filters, dates, sentences)
    result = cache.get(key)
    if result is None:
        if not compute:
            return None
        result = _compute(filters, dates, sentences)
        cache.set(key, result, settings.TIMELINE_SUMMARY_SECONDS)
    shown = {record.shown_as for key_date in result.days for record in key_date.sentences}
    events = Event.objects.public().for_list().in_bulk(shown)
    for key_date in result.days:
        key_date.events = [(r.text, events[r.shown_as]) for r in key_date.sentences if r.shown_as in events]
    return result


def timeline_day_scores(query):
    """{day: score} of the key dates of a timeline address (as many as the ranking allows), for the review
    queue's importance order."""
    chosen = key_dates(timeline_filter(query), keydates.MAX_DATES, 1)
    return {key_date.date: key_date.score for key_date in chosen.days}


def key_query(filters):
    """The address ('?…') of the key dates of a view's filter, keeping the counts the reader chose."""
    counts = {name: filters.data.get(name) for name in ("dates", "sentences")}
    view = QueryDict(mutable=True)
    view["view"] = VIEW
    for name, value in counts.items():
        if value:
            view[name] = value
    base = filters.query()
    return f"{base}{'&' if len(base) > 1 else ''}{view.urlencode()}"


def view_context(query, filters, compute=True):
    """What the timeline's "Key dates" view shows: the key dates (None while they are still to be worked
    out), the form choosing how many, and the links to the other view and to each day's events."""
    form = KeyDatesForm(query)
    dates, sentences = form.counts()
    chosen = key_dates(filters, dates, sentences, compute=compute)
    for key_date in chosen.days if chosen else []:
        day = key_date.date.isoformat()
        key_date.day_query = filters.query(replace={"from": day, "to": day})
    rest = QueryDict(filters.query()[1:])
    return {
        "key_view": True,
        "key_dates": chosen.days if chosen else None,
        "key_sample_note": chosen.sample_note() if chosen else "",
        "key_form": form,
        # The filter form carries the view and counts along; the counts' own form, the filters.
        "key_hidden": [(name, value) for name, values in rest.lists() for value in values] + [("view", VIEW)]
        + [(name, query[name]) for name in ("dates", "sentences") if query.get(name)],
        "all_events_query": filters.query(),
    }


def _compute(filters, dates, sentences):
    # Choosing the days reads only the dates, articles and statuses of the selected events, one row each:
    # past a few thousand that read alone outlasts a reader's patience, so a larger selection is
    # represented by the fixed random sample (Event.sample) of about that many, in which a day that
    # many articles report stays on top. The chosen days' sentences and articles are then read in full.
    sample = sample_for(filters.events(), settings.TIMELINE_KEY_DATES_SAMPLE)
    # Few enough to read them all is few enough to find them from a search's hits (see expecting_few).
    selected = filters.events(few=sample.complete)
    choosing = selected if sample.complete else selected.sampled(sample.below)
    light = choosing.key_date_records(with_text=False)
    if dates is None:
        dates = keydates.default_dates(light)
    chosen = keydates.choose_days(light, dates)
    told = selected.filter(date_start__in=chosen, date_end__in=chosen).key_date_records()
    days = keydates.tell_days(told, chosen, sentences)
    if sample.complete:
        return KeyDates(days)
    return KeyDates(days, sampled=len(light))


def _cache_key(filters, dates, sentences):
    canonical = sorted((k, v) for k, values in filters.data.lists() if k not in ("after", *PARAMETERS) for v in values)
    digest = hashlib.sha256(repr((canonical, dates, sentences)).encode()).hexdigest()
    return f"timeline:key-dates:{generation()}:{digest}"
