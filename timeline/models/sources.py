"""The articles and their paragraphs, as ingest cleaned them."""

import datetime
from urllib.parse import urlsplit

from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords


class Source(models.Model):
    class DateOrigin(models.TextChoices):
        PAGE = "page", "From the page's metadata"
        FEED = "feed", "From the feed"
        DUMP = "dump", "From the article dump"
        MANIFEST = "manifest", "From the manifest"
        INFERRED = "inferred", "Inferred from the text"
        EDITOR = "editor", "Set by an editor"

    class Kind(models.TextChoices):
        CAPTURE = "text", "Text capture"
        PAGE = "page", "Saved or fetched web page"
        FEED = "feed", "Feed item"
        DUMP = "dump", "Article dump"

    file_name = models.CharField(
        max_length=255,
        help_text="Where this source was read from: a file name, a dump's line, a feed's item or a URL. "
        "It names the input; it does not identify the article (its URL or its text does).",
    )
    kind = models.CharField(max_length=4, choices=Kind.choices, default=Kind.CAPTURE)
    position = models.PositiveSmallIntegerField(
        default=0, help_text="0 for the page's main article; 1, 2, … for pieces appended below it."
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="appended",
        help_text="The page this piece was appended to, for 'Related Articles' below a main article.",
    )
    outlet = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=500)
    author = models.CharField(max_length=300, blank=True)
    language = models.CharField(max_length=20, blank=True)
    url = models.URLField(
        max_length=2000, blank=True, help_text="The article's canonical address; the same address is the same article."
    )
    published_on = models.DateField(
        help_text="Relative dates in the text ('last month', 'on Friday') are resolved against this date: the "
        "outlet's own day of publication."
    )
    published_at = models.DateTimeField(
        null=True, blank=True, help_text="The full publication time, where the input gives one."
    )
    published_offset = models.CharField(
        max_length=6, blank=True, help_text="The outlet's UTC offset at publication (+HH:MM), where known."
    )
    date_origin = models.CharField(
        max_length=10, choices=DateOrigin.choices, default=DateOrigin.MANIFEST,
        help_text="How the publication date is known; 'inferred' dates are at the top of the review queue.",
    )
    labels = models.ManyToManyField(
        "Topic", blank=True, related_name="labelled_sources",
        help_text="Topics given at import (--topic): every event of this source carries them.",
    )
    text_hash = models.CharField(
        max_length=64, blank=True, help_text="Hash of the article's text, which identifies it beside its URL."
    )
    age_label = models.CharField(
        max_length=50, blank=True, help_text="How old the page said this appended piece was, e.g. '2 hours ago'."
    )
    text = models.TextField(help_text="The article text with page boilerplate removed.")
    content_hash = models.CharField(max_length=64, help_text="Hash of the raw file and its metadata.")
    version = models.PositiveIntegerField(
        default=1, help_text="Raised by every editor's save; a save from a page showing an older version is refused."
    )
    # The text is large and only ever changes by re-ingest; the history is for editors' changes to the metadata.
    history = HistoricalRecords(excluded_fields=["text", "content_hash", "text_hash"])

    class Meta:
        ordering = ["-published_on", "file_name", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=Q(position=0) & ~Q(url=""), name="source_unique_article_url"
            ),
            models.UniqueConstraint(fields=["parent", "position"], name="source_unique_appended_piece"),
        ]
        indexes = [
            models.Index(fields=["text_hash"], name="source_text_hash"),
            models.Index(fields=["file_name"], name="source_file_name"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("source_detail", args=[self.pk])

    @property
    def published_label(self):
        """The publication day as every page writes it: '25 Apr 2025' (the date filter does the same more
        slowly, and a page of events writes one per entry)."""
        return f"{self.published_on.day} {self.published_on:%b %Y}"

    @property
    def original_link(self):
        """The original's address if it is a web page's: a javascript: or data: URL is never made a link."""
        return self.url if urlsplit(self.url).scheme.lower() in {"http", "https"} else ""

    @property
    def published_local(self):
        """The publication time on the outlet's clock, where the input gave one."""
        if not (self.published_at and self.published_offset):
            return None
        sign = -1 if self.published_offset.startswith("-") else 1
        hours, minutes = map(int, self.published_offset[1:].split(":"))
        offset = datetime.timedelta(hours=hours, minutes=minutes) * sign
        return self.published_at.astimezone(datetime.timezone(offset))


class Passage(models.Model):
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="passages")
    order = models.PositiveIntegerField()
    start = models.PositiveIntegerField(help_text="Offset of the first character in the source text.")
    end = models.PositiveIntegerField(help_text="Offset just past the last character in the source text.")
    text = models.TextField()

    class Meta:
        ordering = ["source", "order"]
        constraints = [
            models.UniqueConstraint(fields=["source", "order"], name="passage_unique_order"),
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="passage_end_after_start"),
        ]

    def __str__(self):
        return f"{self.source} ¶{self.order}"

    def get_absolute_url(self):
        return f"{self.source.get_absolute_url()}#p-{self.order}"

    def segments(self, events):
        """The text cut into (piece, event) pairs, with event set where that event's expression stands."""
        pieces, position = [], 0
        for event in sorted(events, key=lambda e: e.timex_start):
            if event.timex_start < position or event.timex_end > len(self.text):
                continue
            pieces.append((self.text[position : event.timex_start], None))
            pieces.append((self.text[event.timex_start : event.timex_end], event))
            position = event.timex_end
        pieces.append((self.text[position:], None))
        return [(piece, event) for piece, event in pieces if piece]


# Above this share of passages, a searched word is common enough that walking the timeline in date order
