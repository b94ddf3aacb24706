"""The timeline's filters, each declared once in FILTERS: its form field, its query clause, how it reads in a
description and its command-line option. The page's form, its query, its description, its facets, the
exports and `export_events` are all built from that table."""

import datetime
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.http import QueryDict
from django.utils import timezone

from timeline.extraction import parse_period

from .models import Actor, Event, Source, Topic


class PeriodField(forms.CharField):
    """A date or period as a reader types it ('2025', '2025-04', 'April 2025'), cleaned to its span."""

    def to_python(self, value):
        text = super().to_python(value)
        if not text:
            return None
        if self.max_length is not None and len(text) > self.max_length:
            # Checked before parsing: the parser's time grows with the text.
            raise forms.ValidationError(
                "Type a date of at most %(limit)d characters.", params={"limit": self.max_length}
            )
        span = parse_period(text, anchor=timezone.localdate())
        if span is None:
            raise forms.ValidationError(
                "“%(value)s” is not a date we can read; try 2025, 2025-04, April 2025 or 2025-04-25.",
                params={"value": text},
            )
        return span


class SlugChoiceField(forms.ModelMultipleChoiceField):
    def __init__(self, queryset, **kwargs):
        super().__init__(queryset, to_field_name="slug", required=False, **kwargs)
        self.error_messages["invalid_choice"] = "There is no %(value)s here."


class SourceChoiceField(forms.ModelMultipleChoiceField):
    def __init__(self, **kwargs):
        super().__init__(Source.objects.all(), required=False, **kwargs)
        self.error_messages["invalid_choice"] = "There is no source %(value)s."
        self.error_messages["invalid_pk_value"] = "“%(pk)s” is not a source number."

    def _check_values(self, value):
        # Databases refuse ids past 64 bits with an error rather than "no such row", so say it here.
        for pk in value:
            # ASCII digits only ('²' passes isdigit() but not int()), and few enough for int() to be quick.
            if not (str(pk).isascii() and str(pk).isdigit() and len(str(pk)) <= 19 and int(pk) < 2**63):
                raise forms.ValidationError(self.error_messages["invalid_pk_value"], params={"pk": pk})
        return super()._check_values(value)


class PrecisionField(forms.MultipleChoiceField):
    def __init__(self, **kwargs):
        super().__init__(choices=Event.Precision.choices, required=False, **kwargs)
        self.error_messages["invalid_choice"] = "“%(value)s” is not a precision."


def _any_of(attribute):
    """A sample test: one of the event's `attribute` (a set of ids) is among the chosen objects."""

    def test(chosen):
        ids = {thing.pk for thing in chosen}
        return lambda event: not ids.isdisjoint(getattr(event, attribute))

    return test


def _starts_by(day):
    return lambda event: event.date_start >= day


def _ends_by(day):
    # As EventQuerySet.between(): an event that ends by the day starts by it too.
    return lambda event: event.date_end <= day and event.date_start <= day


def _names(things):
    return " or ".join(str(thing) for thing in things)


def _range_label(start, end):
    if start and end:
        if (start.year, start.month) == (end.year, end.month):
            return f"{start:%b %Y}"
        return f"{start:%b}–{end:%b %Y}" if start.year == end.year else f"{start:%b %Y} – {end:%b %Y}"
    return f"from {start:%b %Y}" if start else f"until {end:%b %Y}"


def _dates_phrase(data):
    start, end = data.get("from"), data.get("to")
    return _range_label(start.start if start else None, end.end if end else None)


@dataclass(frozen=True, eq=False)
class Filter:
    """One way to narrow the timeline.

    `clause(queryset, value)` narrows the events to a cleaned value; `test(value)` gives the same test of
    one event of the counting sample held in memory (a timeline.counting.SampledEvent), or is None where
    the database tells (a search; a source, which the sample does not hold); `phrase(value, cleaned)` says
    it in a description ('on Tariffs'), or None to leave it out; `option` holds the argparse keywords of
    the `export_events` option of the same name; a facet's values are counted beside its choices."""

    name: str
    field: Callable[[], forms.Field]
    clause: Callable[[Any, Any], Any]
    phrase: Callable[[Any, dict], str | None]
    option: dict = field(default_factory=dict)
    facet: bool = False
    # Phrases about dates follow the rest after a comma: "38 events on Tariffs, Apr–Jul 2025".
    dated: bool = False
    test: Callable[[Any], Callable[[Any], bool]] | None = None

    @property
    def many(self):
        return self.option.get("action") == "append"


FILTERS = (
    Filter(
        "q",
        lambda: forms.CharField(required=False, max_length=200, label="Search"),
        lambda qs, words: qs.matching(words),
        lambda words, _: f"mentioning “{words}”",
        {"help": "Words the sentence or passage must contain."},
    ),
    Filter(
        "from",
        lambda: PeriodField(required=False, label="From", max_length=60),
        lambda qs, span: qs.between(start=span.start),
        lambda _, data: _dates_phrase(data),
        {"metavar": "FROM", "help": "Start: 2025, 2025-04, April 2025 … (a month or year starts on its first day)."},
        dated=True,
        test=lambda span: _starts_by(span.start),
    ),
    Filter(
        "to",
        lambda: PeriodField(required=False, label="To", max_length=60),
        lambda qs, span: qs.between(end=span.end),
        # Said together with "from" when both are given.
        lambda _, data: None if data.get("from") else _dates_phrase(data),
        {"help": "End: 2025, 2025-04, April 2025 … (a month or year ends on its last day)."},
        dated=True,
        test=lambda span: _ends_by(span.end),
    ),
    Filter(
        "topic",
        lambda: SlugChoiceField(Topic.objects.all(), label="Topics"),
        lambda qs, topics: qs.about(*topics),
        lambda topics, _: f"on {_names(topics)}",
        {"action": "append", "help": "Topic slug (repeatable: any of them)."},
        facet=True,
        test=_any_of("topics"),
    ),
    Filter(
        "actor",
        lambda: SlugChoiceField(Actor.objects.all(), label="Actors"),
        lambda qs, actors: qs.involving(*actors),
        lambda actors, _: f"involving {_names(actors)}",
        {"action": "append", "help": "Actor slug (repeatable: any of them)."},
        facet=True,
        test=_any_of("actors"),
    ),
    Filter(
        "source",
        lambda: SourceChoiceField(label="Sources"),
        lambda qs, sources: qs.from_sources(*sources),
        lambda sources, _: "from " + " or ".join(s.outlet or s.title for s in sources),
        {"action": "append", "help": "Source id (repeatable: any of them)."},
        facet=True,
    ),
    Filter(
        "precision",
        lambda: PrecisionField(label="Dated to the"),
        lambda qs, precisions: qs.filter(precision__in=precisions),
        lambda precisions, _: "dated to the " + " or ".join(
            str(Event.Precision(p).label).lower() for p in precisions
        ),
        {"action": "append", "choices": Event.Precision.values, "help": "Precision (repeatable: any of them)."},
        test=lambda precisions: lambda event: event.precision in precisions,
    ),
    Filter(
        "checked",
        lambda: forms.BooleanField(required=False, label="Checked by an editor only"),
        lambda qs, _: qs.checked(),
        lambda _, __: "checked by an editor",
        {"action": "store_true", "help": "Only events an editor verified or corrected."},
        test=lambda _: lambda event: event.status in Event.CHECKED_STATUSES,
    ),
)
BY_NAME = {f.name: f for f in FILTERS}
# Not filters but part of a view's address: where a page starts, and every period rather than the one the
# unfiltered timeline opens on. (`dates` is the key-dates view's count of days, see timeline.highlights.)
CURSOR, PERIOD = "after", "period"
ALL_PERIODS = "all"
PARAMETERS = (*BY_NAME, PERIOD, CURSOR)


def filter_query(data, *, replace=None, toggle=None):
    """The query string ('?…', or '?' for none) of these parameters changed: `replace` sets parameters (a
    list for several values, None or "" to drop one); `toggle=(name, value)` adds or removes one value
    of a filter. Empty values are dropped, values sorted, and parameters come in one order, so one view
    has one address. The cursor is dropped unless `replace` sets it: a changed filter starts at the top.
    `data` is a QueryDict, or the result of chosen_parameters() when many links share it."""
    values = dict(chosen_parameters(data) if isinstance(data, QueryDict) else data)
    for name, value in (replace or {}).items():
        values[name] = [v for v in (value if isinstance(value, list | tuple) else [value]) if v not in (None, "")]
    if toggle:
        name, value = toggle
        chosen = values.get(name, [])
        values[name] = [v for v in chosen if v != value] if value in chosen else [*chosen, value]
    if any(values.get(name) for name in BY_NAME):
        # Every date is what a filtered view shows anyway.
        values.pop(PERIOD, None)
    pairs = []
    for name in PARAMETERS:
        if chosen := values.get(name):
            pairs += [(name, v) for v in (dict.fromkeys(chosen) if name == "q" else sorted(set(chosen)))]
    return "?" + urlencode(pairs)


def chosen_parameters(data):
    """{parameter: [non-empty values]} of a query, without the cursor."""
    return {name: [v for v in data.getlist(name) if v != ""] for name in PARAMETERS if name != CURSOR}


def query_from_options(options):
    """The QueryDict the `export_events` options stand for (their dest is the filter's name)."""
    query = QueryDict(mutable=True)
    for f in FILTERS:
        value = options.get(f.name)
        if f.many:
            query.setlist(f.name, value or [])
        elif value is True:
            query[f.name] = "on"
        elif value:
            query[f.name] = value
    return query


class TimelineFilter(forms.Form):
    after = forms.CharField(required=False, widget=forms.HiddenInput)
    period = forms.ChoiceField(required=False, choices=[(ALL_PERIODS, "Every date")])

    def __init__(self, *args, focus=None, **kwargs):
        super().__init__(*args, **kwargs)
        for f in FILTERS:
            self.fields[f.name] = f.field()
        # The unfiltered page opens on a period (see timeline.focus) rather than on every date:
        # `focus` finds it, only when it is needed.
        self.find_focus = focus

    @functools.cached_property
    def focus(self):
        """The period the page is limited to although no date was chosen, or None: the unfiltered page's
        opening period, unless the reader asked for every date or is continuing from a cursor."""
        if self.find_focus and not self.is_filtered() and not self.data.get(CURSOR):
            if self.valid_value(PERIOD) != ALL_PERIODS:
                return self.find_focus()
        return None

    def windowed(self):
        return (self.focus.start, self.focus.end) if self.focus else None

    def clean(self):
        data = super().clean()
        start, end = data.get("from"), data.get("to")
        if start and end and start.start > end.end:
            self.add_error("to", "“To” is before “From”.")
        return data

    def error_summary(self):
        """Every field's errors on one line, for the exports and the command, which have no form to show."""
        return "; ".join(f"{name}: {' '.join(errors)}" for name, errors in self.errors.items())

    def valid_value(self, name):
        """A field's cleaned value if it is valid: a bad field is reported, the other filters still apply."""
        self.is_valid()
        return None if name in self.errors else self.cleaned_data.get(name)

    def chosen(self):
        """{filter: cleaned value} for every valid filter the reader set."""
        return {f: value for f in FILTERS if (value := self.valid_value(f.name))}

    def is_filtered(self):
        return any(self.data.get(f.name) for f in FILTERS)

    def date_range(self):
        if window := self.windowed():
            return window
        start, end = self.valid_value("from"), self.valid_value("to")
        return (start.start if start else None), (end.end if end else None)

    def events(self, ignoring=None, few=False, sample=None, listed=False):
        """The public events these filters select, in timeline order; `ignoring` leaves a filter out (or several);
        `few` says that few match (see EventQuerySet.expecting_few); `sample` keeps to the events of the
        random sample below that threshold (see timeline.counting); `listed` tests a search against the list
        of its hits (see EventQuerySet.listing_search)."""
        qs = Event.objects.public()
        if sample:
            qs = qs.sampled(sample)
        if few:
            qs = qs.expecting_few()
        if listed:
            qs = qs.listing_search()
        if window := self.windowed():
            qs = qs.between(*window)
        ignored = {ignoring} if isinstance(ignoring, str) else set(ignoring or ())
        for f, value in self.chosen().items():
            if f.name not in ignored:
                qs = f.clause(qs, value)
        return qs.chronological()

    def sample_tests(self, ignoring=()):
        """(tests, untested): the tests of one sampled event (see Filter.test) for these filters but those
        `ignoring`, the opening period included, and the names of the chosen filters that have none."""
        tests, untested = [], []
        if window := self.windowed():
            tests += [_starts_by(window[0]), _ends_by(window[1])]
        for f, value in self.chosen().items():
            if f.name in ignoring:
                continue
            if f.test is None:
                untested.append(f.name)
            else:
                tests.append(f.test(value))
        return tests, untested

    def query(self, **changes):
        """This view's address with `changes` (see filter_query)."""
        return filter_query(self.parameters, **changes)

    @functools.cached_property
    def parameters(self):
        return chosen_parameters(self.data)

    def cursor(self):
        """The keyset position ('2025-04-25.123') after which the next page starts, or None."""
        value = self.valid_value(CURSOR) or ""
        day, _, pk = value.partition(".")
        try:
            cursor = datetime.date.fromisoformat(day), int(pk)
        except ValueError:
            return None
        # Past 64 bits the database would fail on the id instead of finding nothing after it.
        return cursor if 0 <= cursor[1] < 2**63 else None

    def describe(self, total, approximate=False, at_least=False):
        """A one-line account of the view, for titles and link previews: '38 events on Tariffs, Apr–Jul 2025'
        ('Events on Tariffs, …' while the total is not counted yet; 'At least 26 events …' when `total` is
        only a lower bound)."""
        if total is None:
            parts = ["Events"]
        else:
            qualifier = "at least " if at_least else "about " if approximate else ""
            parts = [f"{qualifier}{total:,} event{'s' if total != 1 else ''}"]
            parts[0] = parts[0][0].upper() + parts[0][1:]
        chosen = self.chosen()
        dated = [f.phrase(value, self.cleaned_data) for f, value in chosen.items() if f.dated]
        parts += [f.phrase(value, self.cleaned_data) for f, value in chosen.items() if not f.dated]
        if window := self.windowed():
            dated = [_range_label(*window)]
        return ", ".join([" ".join(parts), *filter(None, dated)])
