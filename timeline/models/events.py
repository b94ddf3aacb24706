"""Dated events, and how a date is written at its precision."""

import datetime
import random

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from .queries import EventQuerySet
from .sources import Passage
from .tags import Actor, Topic

SAMPLE_LEVELS = 4096


def draw_sample():
    return random.randrange(SAMPLE_LEVELS)


class Event(models.Model):
    class Precision(models.TextChoices):
        DAY = "day"
        WEEK = "week"
        MONTH = "month"
        QUARTER = "quarter"
        HALF = "half", "Half-year"
        SEASON = "season"
        YEAR = "year"
        DECADE = "decade"

    class Qualifier(models.TextChoices):
        NONE = "", "—"
        EARLY = "early"
        MID = "mid"
        LATE = "late"
        CIRCA = "circa"

    class Status(models.TextChoices):
        AUTO = "auto", "Automatic"
        VERIFIED = "verified"
        CORRECTED = "corrected"
        REJECTED = "rejected"

    PROTECTED_STATUSES = (Status.VERIFIED, Status.CORRECTED, Status.REJECTED)
    CHECKED_STATUSES = (Status.VERIFIED, Status.CORRECTED)

    passage = models.ForeignKey(Passage, on_delete=models.CASCADE, related_name="events")
    timex = models.CharField(max_length=200, help_text="The temporal expression as written in the text.")
    timex_start = models.PositiveIntegerField(help_text="Offset of the expression in the passage.")
    timex_end = models.PositiveIntegerField()
    timex_value = models.CharField(
        max_length=50, blank=True, help_text="TIMEX3 value the extractor gave, e.g. 2025-04 or 2025-W29."
    )
    sentence_start = models.PositiveIntegerField(help_text="Offset of the sentence in the passage.")
    text = models.TextField(help_text="The sentence that carries the date.")
    date_start = models.DateField(help_text="First day the event may have happened.")
    date_end = models.DateField(help_text="Last day the event may have happened (inclusive).")
    precision = models.CharField(max_length=10, choices=Precision.choices, default=Precision.DAY)
    qualifier = models.CharField(max_length=5, choices=Qualifier.choices, default=Qualifier.NONE, blank=True)
    status = models.CharField(
        max_length=10,
        choices=Status.choices,
        default=Status.AUTO,
        help_text="Corrected, verified and rejected events are never changed by a re-ingest. "
        "Rejected events are hidden from the public timeline.",
    )
    topics = models.ManyToManyField(Topic, blank=True, related_name="events")
    actors = models.ManyToManyField(Actor, blank=True, related_name="events")
    updated_at = models.DateTimeField(auto_now=True)
    merged_into = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_events",
        help_text="The event this one describes too; its passage then counts as another source of that event "
        "and it leaves the public timeline.",
    )
    version = models.PositiveIntegerField(
        default=1, help_text="Raised by every editor's save; a save from a page showing an older version is refused."
    )
    sample = models.PositiveSmallIntegerField(
        default=draw_sample,
        editable=False,
        help_text="A random number drawn once when the event is made: the events below a threshold are a fixed "
        "random sample, which counts a large filter quickly (see timeline.counting).",
    )
    topic_bits = models.BigIntegerField(
        db_default=0,
        editable=False,
        help_text="Kept by the database: the marks of the event's topics (see models.tags.TAG_BITS), so "
        "walking the timeline in date order passes over the events without a chosen topic without looking up "
        "their tags.",
    )
    actor_bits = models.BigIntegerField(
        db_default=0, editable=False, help_text="Kept by the database: as topic_bits, for actors."
    )
    history = HistoricalRecords(excluded_fields=["updated_at", "sample", "topic_bits", "actor_bits"])

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["date_start", "id"]
        indexes = [
            models.Index(fields=["date_start", "id"], name="event_chronology"),
            # The public timeline's own order, so its first page is read off an index, not sorted; it holds
            # every column the filters test on the event itself (the passage, for a search; the tags' marks),
            # so walking it in date order to fill a page reads no table row for the events it passes over.
            models.Index(
                fields=["date_start", "id", "date_end", "precision", "status", "merged_into", "passage", "topic_bits",
                        "actor_bits"],
                condition=~Q(status="rejected") & Q(merged_into__isnull=True),
                name="event_public_chronology",
            ),
            # The sample of the public timeline, with every column its counts and chart read (SQLite checks
            # the partial index's condition on the columns too), so counting it reads no table row. The id
            # too, which PostgreSQL's indexes do not hold as SQLite's do: the sample's events that a search
            # or a source matches are then listed without reading a table page per event.
            models.Index(
                fields=["sample", "date_start", "date_end", "precision", "status", "merged_into", "passage", "id"],
                condition=~Q(status="rejected") & Q(merged_into__isnull=True),
                name="event_public_sample",
            ),
            # The few reports folded into others: the index on every event's merged_into is all NULLs, which
            # SQLite's statistics rate as useless for finding them.
            models.Index(fields=["merged_into"], condition=Q(merged_into__isnull=False), name="event_folded"),
            models.Index(fields=["date_end"], name="event_date_end"),
            models.Index(fields=["status"], name="event_status"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(date_end__gte=models.F("date_start")), name="event_end_after_start"),
            models.CheckConstraint(condition=Q(timex_end__gte=models.F("timex_start")), name="event_timex_span"),
        ]

    def __str__(self):
        return f"{self.date_label}: {self.text[:80]}"

    def get_absolute_url(self):
        return reverse("event_detail", args=[self.pk])

    def clean(self):
        if self.date_start and self.date_end and self.date_end < self.date_start:
            raise ValidationError({"date_end": "The last day cannot come before the first day."})

    @property
    def source(self):
        return self.passage.source

    @property
    def is_checked(self):
        return self.status in Event.CHECKED_STATUSES

    @property
    def date_label(self):
        return date_label(self.date_start, self.date_end, self.precision, self.qualifier)

    @property
    def group_label(self):
        """The timeline heading this event sits under: its month, or its whole span when that is vaguer."""
        if (self.date_start.year, self.date_start.month) == (self.date_end.year, self.date_end.month):
            return f"{self.date_start:%B %Y}"
        return date_label(self.date_start, self.date_end, self.precision)

    def text_parts(self):
        """The sentence split around the temporal expression, for highlighting it."""
        start = self.timex_start - self.sentence_start
        end = self.timex_end - self.sentence_start
        if not 0 <= start <= end <= len(self.text):
            return self.text, "", ""
        return self.text[:start], self.text[start:end], self.text[end:]


SEASON_NAMES = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring",
                6: "summer", 7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}


def date_label(start: datetime.date, end: datetime.date, precision: str, qualifier: str = "") -> str:
    """How the timeline writes a date span at its precision: '25 Apr 2025', 'late Apr 2025', 'Q3 2024'."""
    P = Event.Precision
    if precision == P.DAY:
        base = f"{start.day} {start:%b %Y}" if start == end else f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"
    elif precision == P.WEEK:
        monday = start - datetime.timedelta(days=start.weekday())
        base = f"week of {monday.day} {monday:%b %Y}"
    elif precision == P.MONTH:
        base = f"{start:%b %Y}"
    elif precision == P.QUARTER:
        base = f"Q{(start.month - 1) // 3 + 1} {start.year}"
    elif precision == P.HALF:
        base = f"H{1 if start.month <= 6 else 2} {start.year}"
    elif precision == P.SEASON:
        name = SEASON_NAMES[start.month]
        year = start.year if start.month != 1 and start.month != 2 else start.year - 1
        base = f"{name} {year}–{str(year + 1)[2:]}" if name == "winter" else f"{name} {year}"
    elif precision == P.DECADE:
        base = f"{start.year // 10 * 10}s"
    else:
        base = str(start.year)
    return f"{qualifier} {base}" if qualifier else base
