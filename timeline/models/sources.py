"""The articles and their paragraphs, as ingest cleaned them."""

from urllib.parse import urlsplit

from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords


class Source(models.Model):
    class DateOrigin(models.TextChoices):
        MANIFEST = "manifest", "From the manifest"
        INFERRED = "inferred", "Inferred from the page"
        EDITOR = "editor", "Set by an editor"

    file_name = models.CharField(max_length=255, help_text="The file this source was read from.")
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
    url = models.URLField(blank=True)
    published_on = models.DateField(
        help_text="Relative dates in the text ('last month', 'on Friday') are resolved against this date."
    )
    date_origin = models.CharField(max_length=10, choices=DateOrigin.choices, default=DateOrigin.MANIFEST)
    age_label = models.CharField(
        max_length=50, blank=True, help_text="How old the page said this appended piece was, e.g. '2 hours ago'."
    )
    text = models.TextField(help_text="The article text with page boilerplate removed.")
    content_hash = models.CharField(max_length=64, help_text="Hash of the raw file and its metadata.")
    version = models.PositiveIntegerField(
        default=1, help_text="Raised by every editor's save; a save from a page showing an older version is refused."
    )
    # The text is large and only ever changes by re-ingest; the history is for editors' changes to the metadata.
    history = HistoricalRecords(excluded_fields=["text", "content_hash"])

    class Meta:
        ordering = ["-published_on", "file_name", "position"]
        constraints = [
            models.UniqueConstraint(fields=["file_name", "position"], name="source_unique_piece_of_file"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("source_detail", args=[self.pk])

    @property
    def original_link(self):
        """The original's address if it is a web page's: a javascript: or data: URL is never made a link."""
        return self.url if urlsplit(self.url).scheme.lower() in {"http", "https"} else ""


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
