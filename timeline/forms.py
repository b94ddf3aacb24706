"""The timeline's filter: one definition for the page, its htmx fragment, the exports and the command."""

import datetime

from django import forms
from django.utils import timezone

from timeline.extraction import parse_period

from .models import Actor, Event, Source, Topic


class PeriodField(forms.CharField):
    """A date or period as a reader types it ('2025', '2025-04', 'April 2025'), cleaned to its span."""

    def to_python(self, value):
        text = super().to_python(value)
        if not text:
            return None
        span = parse_period(text, anchor=timezone.localdate())
        if span is None:
            raise forms.ValidationError(
                "“%(value)s” is not a date we can read; try 2025, 2025-04, April 2025 or 2025-04-25.",
                params={"value": text},
            )
        return span


class SlugChoiceField(forms.ModelMultipleChoiceField):
    def __init__(self, queryset, **kwargs):
        super().__init__(
            queryset, to_field_name="slug", required=False, widget=forms.CheckboxSelectMultiple, **kwargs
        )
        self.error_messages["invalid_choice"] = "There is no %(value)s here."


class TimelineFilter(forms.Form):
    q = forms.CharField(required=False, max_length=200, label="Search")
    topic = SlugChoiceField(Topic.objects.all())
    actor = SlugChoiceField(Actor.objects.all())
    source = forms.ModelMultipleChoiceField(
        Source.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )
    after = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # "from" is a Python keyword, so these two are added here rather than declared above.
        self.fields["from"] = PeriodField(required=False, label="From", max_length=60)
        self.fields["to"] = PeriodField(required=False, label="To", max_length=60)
        self.order_fields(["q", "from", "to", "topic", "actor", "source"])
        self.fields["source"].error_messages["invalid_choice"] = "There is no source %(value)s."
        self.fields["source"].error_messages["invalid_pk_value"] = "“%(pk)s” is not a source number."

    def clean(self):
        data = super().clean()
        start, end = data.get("from"), data.get("to")
        if start and end and start.start > end.end:
            self.add_error("to", "“To” is before “From”.")
        return data

    def valid_value(self, name):
        """A field's cleaned value if it is valid: a bad field is reported, the other filters still apply."""
        self.is_valid()
        return None if name in self.errors else self.cleaned_data.get(name)

    def date_range(self):
        start, end = self.valid_value("from"), self.valid_value("to")
        return (start.start if start else None), (end.end if end else None)

    def events(self):
        start, end = self.date_range()
        qs = Event.objects.public().between(start, end)
        qs = qs.about(*(self.valid_value("topic") or []))
        qs = qs.involving(*(self.valid_value("actor") or []))
        qs = qs.from_sources(*(self.valid_value("source") or []))
        if words := self.valid_value("q"):
            qs = qs.matching(words)
        return qs.chronological()

    def cursor(self):
        """The keyset position ('2025-04-25.123') after which the next page starts, or None."""
        value = self.valid_value("after") or ""
        day, _, pk = value.partition(".")
        try:
            return datetime.date.fromisoformat(day), int(pk)
        except ValueError:
            return None

    def is_filtered(self):
        return any(self.data.get(name) for name in ("q", "from", "to", "topic", "actor", "source"))
