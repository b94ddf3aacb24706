"""The key dates of a filtered view: the reader's choice of how many, and the two queries that feed the
Django-free ranking (timeline.keydates), cached per filter until the data next changes."""

import hashlib

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.http import QueryDict

from . import keydates
from .caching import generation
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


def key_dates(filters, dates=None, sentences=DEFAULT_SENTENCES, compute=True):
    """The key dates of the events a TimelineFilter selects; each has `events`, (sentence, public event)
    pairs to show and link. None when not cached and not to be computed."""
    key = _cache_key(filters, dates, sentences)
    result = cache.get(key)
    if result is None:
        if not compute:
            return None
        result = _compute(filters.events(), dates, sentences)
        cache.set(key, result, settings.TIMELINE_SUMMARY_SECONDS)
    shown = {record.shown_as for key_date in result for record in key_date.sentences}
    events = Event.objects.public().for_list().in_bulk(shown)
    for key_date in result:
        key_date.events = [(r.text, events[r.shown_as]) for r in key_date.sentences if r.shown_as in events]
    return result


def timeline_day_scores(query):
    """{day: score} of the key dates of a timeline address (as many as the ranking allows), for the review
    queue's importance order."""
    chosen = key_dates(timeline_filter(query), keydates.MAX_DATES, 1)
    return {key_date.date: key_date.score for key_date in chosen}


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
    for key_date in chosen or []:
        day = key_date.date.isoformat()
        key_date.day_query = filters.query(replace={"from": day, "to": day})
    rest = QueryDict(filters.query()[1:])
    return {
        "key_view": True,
        "key_dates": chosen,
        "key_form": form,
        # The filter form carries the view and counts along; the counts' own form, the filters.
        "key_hidden": [(name, value) for name, values in rest.lists() for value in values] + [("view", VIEW)]
        + [(name, query[name]) for name in ("dates", "sentences") if query.get(name)],
        "all_events_query": filters.query(),
    }


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
