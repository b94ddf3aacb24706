"""The timeline's filter: one definition for the page, its htmx fragment, the exports and the command."""

import datetime
import hashlib
from contextlib import nullcontext

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db.models import Count
from django.utils import timezone

from timeline.extraction import parse_period

from .caching import OverBudget, generation, time_budget
from .charts import histogram
from .models import Actor, Event, Source, Topic

FACETS = ("topic", "actor", "source")
TOP_SOURCES = 12


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
    def _check_values(self, value):
        # Databases refuse ids past 64 bits with an error rather than "no such row", so say it here.
        for pk in value:
            # ASCII digits only ('²' passes isdigit() but not int()), and few enough for int() to be quick.
            if not (str(pk).isascii() and str(pk).isdigit() and len(str(pk)) <= 19 and int(pk) < 2**63):
                raise forms.ValidationError(self.error_messages["invalid_pk_value"], params={"pk": pk})
        return super()._check_values(value)


class TimelineFilter(forms.Form):
    q = forms.CharField(required=False, max_length=200, label="Search")
    topic = SlugChoiceField(Topic.objects.all(), label="Topics")
    actor = SlugChoiceField(Actor.objects.all(), label="Actors")
    source = SourceChoiceField(Source.objects.all(), required=False, label="Sources")
    precision = forms.MultipleChoiceField(choices=Event.Precision.choices, required=False, label="Dated to the")
    checked = forms.BooleanField(required=False, label="Checked by an editor only")
    after = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # "from" is a Python keyword, so these two are added here rather than declared above.
        self.fields["from"] = PeriodField(required=False, label="From", max_length=60)
        self.fields["to"] = PeriodField(required=False, label="To", max_length=60)
        self.fields["source"].error_messages["invalid_choice"] = "There is no source %(value)s."
        self.fields["source"].error_messages["invalid_pk_value"] = "“%(pk)s” is not a source number."
        self.fields["precision"].error_messages["invalid_choice"] = "“%(value)s” is not a precision."

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

    def date_range(self):
        start, end = self.valid_value("from"), self.valid_value("to")
        return (start.start if start else None), (end.end if end else None)

    def events(self, ignoring=None):
        """The public events these filters select, in timeline order; `ignoring` leaves one facet out."""
        start, end = self.date_range()
        qs = Event.objects.public().between(start, end)
        if ignoring != "topic":
            qs = qs.about(*(self.valid_value("topic") or []))
        if ignoring != "actor":
            qs = qs.involving(*(self.valid_value("actor") or []))
        if ignoring != "source":
            qs = qs.from_sources(*(self.valid_value("source") or []))
        if precisions := self.valid_value("precision"):
            qs = qs.filter(precision__in=precisions)
        if self.valid_value("checked"):
            qs = qs.checked()
        if words := self.valid_value("q"):
            qs = qs.matching(words)
        return qs.chronological()

    def facet_counts(self):
        """For each facet, how many events each choice would give with the other filters kept."""
        through = {"topic": (Event.topics.through, "topic__slug"), "actor": (Event.actors.through, "actor__slug")}
        counts = {}
        for facet, (model, lookup) in through.items():
            selected = self.events(ignoring=facet).order_by().values("pk")
            rows = model.objects.filter(event__in=selected).values(lookup).annotate(n=Count("event_id"))
            counts[facet] = {row[lookup]: row["n"] for row in rows}
        rows = self.events(ignoring="source").order_by().values("passage__source_id").annotate(n=Count("id"))
        # An archive has thousands of sources: the facet offers the busiest few, plus any already chosen.
        rows = rows.order_by("-n")[:TOP_SOURCES]
        counts["source"] = {row["passage__source_id"]: row["n"] for row in rows}
        counts["source_names"] = {
            source.pk: source.outlet or source.title
            for source in Source.objects.filter(pk__in=counts["source"]).only("outlet", "title")
        }
        return counts

    def summary(self, compute=True, budget_ms=None):
        """Total, facet counts and the spans to chart: scans of every matching event, so they are cached
        per filter until the data next changes (see timeline.caching). None when not cached and either not
        to be computed or not computable within `budget_ms`."""
        key, slow_key = self._cache_key("summary"), f"timeline:summary-slow:{generation()}"
        summary = cache.get(key)
        if summary is None and compute:
            # Once counting has overrun the budget on this data, later pages skip straight to deferring.
            if budget_ms and cache.get(slow_key):
                return None
            try:
                with time_budget(budget_ms) if budget_ms else nullcontext():
                    summary = self._compute_summary()
            except OverBudget:
                cache.set(slow_key, True, settings.TIMELINE_SUMMARY_SECONDS)
                return None
            cache.set(key, summary, settings.TIMELINE_SUMMARY_SECONDS)
        return summary

    def page(self, cursor, size):
        """Up to `size` matching events after the cursor. Which events open a filtered view is cached with
        its counts: finding them can mean walking far down the timeline when filters are combined."""
        if cursor:
            ids = self.events().page_ids(cursor, size)
        else:
            key = self._cache_key(f"first-{size}")
            ids = cache.get(key)
            if ids is None:
                ids = self.events().page_ids(None, size)
                cache.set(key, ids, settings.TIMELINE_SUMMARY_SECONDS)
        return Event.objects.in_order(ids)

    def _cache_key(self, kind):
        canonical = sorted((k, v) for k, values in self.data.lists() if k != "after" for v in values)
        digest = hashlib.sha256(repr(canonical).encode()).hexdigest()
        return f"timeline:{kind}:{generation()}:{digest}"

    def _compute_summary(self):
        spans = self.events().order_by().values_list("date_start", "date_end", "precision").annotate(n=Count("id"))
        return {"total": self.events().count(), "facets": self.facet_counts(), "density": histogram(spans)}

    def facet_choices(self, counts):
        """Every topic, actor and source with its event count (None until counted) under the other filters,
        and whether it is chosen."""
        counted = counts is not None
        counts = counts or {facet: {} for facet in FACETS} | {"source_names": {}}
        source_names = counts["source_names"] | {s.pk: s.outlet or s.title for s in self.valid_value("source") or []}
        options = _tag_choices() | {
            "source": [(str(pk), name) for pk, name in sorted(source_names.items(), key=lambda item: item[1])]
        }
        facets = []
        for facet, choices in options.items():
            chosen = set(map(str, self.data.getlist(facet))) if self.data else set()
            key = int if facet == "source" else str
            facets.append({
                "name": facet,
                "label": self.fields[facet].label,
                "errors": self.errors.get(facet, []),
                "chosen": len(chosen),
                "choices": [
                    (value, label, counts[facet].get(key(value), 0) if counted else None, value in chosen)
                    for value, label in choices
                ],
            })
        return facets

    def cursor(self):
        """The keyset position ('2025-04-25.123') after which the next page starts, or None."""
        value = self.valid_value("after") or ""
        day, _, pk = value.partition(".")
        try:
            cursor = datetime.date.fromisoformat(day), int(pk)
        except ValueError:
            return None
        # Past 64 bits the database would fail on the id instead of finding nothing after it.
        return cursor if 0 <= cursor[1] < 2**63 else None

    def is_filtered(self):
        return any(self.data.get(name) for name in ("q", "from", "to", *FACETS, "precision", "checked"))

    def describe(self, total):
        """A one-line account of the view, for titles and link previews: '38 events on Tariffs, Apr–Jul 2025'
        ('Events on Tariffs, …' while the total is not counted yet)."""
        parts = ["Events" if total is None else f"{total} event{'s' if total != 1 else ''}"]
        if topics := self.valid_value("topic"):
            parts.append("on " + " or ".join(t.name for t in topics))
        if actors := self.valid_value("actor"):
            parts.append("involving " + " or ".join(a.name for a in actors))
        if words := self.valid_value("q"):
            parts.append(f"mentioning “{words}”")
        text = " ".join(parts)
        start, end = self.valid_value("from"), self.valid_value("to")
        if start or end:
            text += ", " + _range_label(start.start if start else None, end.end if end else None)
        return text


def _tag_choices():
    """Topic and actor names for the filter form: they change only with the data, so they are cached."""
    return cache.get_or_set(
        f"timeline:tags:{generation()}",
        lambda: {
            "topic": list(Topic.objects.values_list("slug", "name")),
            "actor": list(Actor.objects.values_list("slug", "name")),
        },
        settings.TIMELINE_SUMMARY_SECONDS,
    )


def _range_label(start, end):
    if start and end:
        if (start.year, start.month) == (end.year, end.month):
            return f"{start:%b %Y}"
        return f"{start:%b}–{end:%b %Y}" if start.year == end.year else f"{start:%b %Y} – {end:%b %Y}"
    return f"from {start:%b %Y}" if start else f"until {end:%b %Y}"
