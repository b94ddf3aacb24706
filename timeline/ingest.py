"""Turn article files into Sources, Passages and Events; safe to re-run, never touches an editor's work."""

import bisect
import datetime
import functools
import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connection, transaction
from django.db.models import F

from timeline import extraction
from timeline.extraction import event_span, find_timexes
from timeline.extraction.pages import UnreadableFile, read_text_file, split_page, split_passages, split_sentences

from .caching import data_changed
from .models import Actor, Event, Passage, Source, Topic

MANIFEST_NAME = "manifest.toml"
# Passages whose text vanished from a re-ingested file but that hold an editor's event are kept,
# parked past any real order so they can never collide with the current passages.
RETIRED_ORDER = 1_000_000
EVENT_TYPES = {"DATE", "TIME"}
# Two sentences about one happening, worded by different outlets, share about a third of their words.
MIN_SHARED_TERMS, MIN_OVERLAP = 4, 0.3


@dataclass
class FileResult:
    path: Path
    sources: int = 0
    passages: int = 0
    events: int = 0
    unchanged: bool = False
    error: str = ""


@dataclass
class IngestReport:
    files: list[FileResult] = field(default_factory=list)

    @property
    def failed(self):
        return [f for f in self.files if f.error]

    def total(self, attribute):
        return sum(getattr(f, attribute) for f in self.files if not f.error)

    def summary(self):
        unchanged = sum(f.unchanged for f in self.files)
        return (
            f"{len(self.files)} files: {self.total('sources')} sources, {self.total('passages')} passages, "
            f"{self.total('events')} events ingested; {unchanged} unchanged, {len(self.failed)} failed."
        )


@dataclass(frozen=True)
class Metadata:
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: datetime.date | None = None
    captured: datetime.date | None = None

    def fingerprint(self):
        return repr((self.title, self.outlet, self.url, self.published, self.captured))


class Tagger:
    """Finds the topics and actors a sentence mentions, falling back to its passage for topics."""

    def __init__(self):
        self.topics, self.actors = list(Topic.objects.all()), list(Actor.objects.all())

    def tag(self, event, passage_text):
        topics = [t for t in self.topics if t.occurs_in(event.text)] or [
            t for t in self.topics if t.occurs_in(passage_text)
        ]
        event.topics.set(topics)
        event.actors.set([a for a in self.actors if a.occurs_in(event.text)])


def collect_files(paths):
    """Expand folders into their article files, in a stable order; a manifest is metadata, not an article."""
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.is_file() and p.suffix == ".txt")
        else:
            files.append(path)
    return files


def read_manifest(folder):
    path = folder / MANIFEST_NAME
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        entries = tomllib.load(handle)
    return {
        name: Metadata(
            title=entry.get("title", ""),
            outlet=entry.get("outlet", ""),
            url=entry.get("url", ""),
            published=entry.get("published"),
            captured=entry.get("captured"),
        )
        for name, entry in entries.items()
        if isinstance(entry, dict)
    }


def ingest_paths(paths, progress=print):
    report = IngestReport()
    manifests = {}
    for path in collect_files(paths):
        result = FileResult(path)
        report.files.append(result)
        try:
            if path.parent not in manifests:
                manifests[path.parent] = read_manifest(path.parent)
            raw = read_text_file(path)
        except (UnreadableFile, OSError, tomllib.TOMLDecodeError) as error:
            result.error = str(error)
            progress(f"{path}: skipped, {result.error}")
            continue
        metadata = manifests[path.parent].get(path.name, Metadata())
        with transaction.atomic():
            ingest_text(path.name, raw, metadata, result)
        progress(
            f"{path.name}: unchanged"
            if result.unchanged
            else f"{path.name}: {result.sources} sources, {result.passages} passages, {result.events} events"
        )
    if any(not (result.error or result.unchanged) for result in report.files):
        refresh_planner_statistics()
        data_changed()
    return report


def refresh_planner_statistics():
    """After a bulk load, let the database re-learn its tables: without statistics SQLite picks the
    merged-into index for the timeline's "not merged" test instead of the public chronology index."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def infer_published(raw):
    """The first full date written near the top of a page, when no manifest gives one."""
    head = raw[:2000]
    for timex in find_timexes(head, anchor=datetime.date(2000, 1, 1)):
        span = event_span(timex)
        if span and span.precision == "day" and any(ch.isdigit() for ch in timex.text[-4:]):
            return span.start
    return None


@functools.cache
def engine_fingerprint():
    """A digest of the cleaning and extraction code: when it improves, re-ingesting a file re-derives its
    automatic events (never the editors' ones), though the file itself is unchanged."""
    digest = hashlib.sha256()
    for path in sorted(Path(extraction.__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ingest_text(file_name, raw, metadata, result):
    content_hash = hashlib.sha256((raw + metadata.fingerprint() + engine_fingerprint()).encode()).hexdigest()
    main = Source.objects.filter(file_name=file_name, position=0).first()
    if main and main.content_hash == content_hash:
        result.unchanged = True
        return

    published, origin = metadata.published, Source.DateOrigin.MANIFEST
    if published is None:
        published, origin = infer_published(raw), Source.DateOrigin.INFERRED
    if published is None:
        # Nothing better is known; the editor is asked to review it through the "inferred" flag.
        published = metadata.captured or datetime.date.today()
    pieces = split_page(raw, published, metadata.captured or published, title=metadata.title)
    title = pieces[0].title or file_name

    tagger = Tagger()
    parent = None
    for position, piece in enumerate(pieces):
        source = Source.objects.filter(file_name=file_name, position=position).first() or Source(
            file_name=file_name, position=position
        )
        if source.date_origin != Source.DateOrigin.EDITOR:
            source.published_on = piece.published
            source.date_origin = origin if position == 0 else Source.DateOrigin.INFERRED
        source.parent = parent
        source.title = (title if position == 0 else piece.title or f"{title} (appended piece {position})")[:500]
        source.outlet = metadata.outlet if position == 0 else piece.outlet
        source.url = metadata.url if position == 0 else ""
        source.age_label = piece.age_label
        source.text = piece.text
        source.content_hash = content_hash
        source.save()
        parent = parent or source
        result.sources += 1
        result.passages += sync_passages(source)
        result.events += sum(refresh_events(passage, tagger) for passage in source.passages.all())

    for stale in Source.objects.filter(file_name=file_name, position__gte=len(pieces)):
        if not Event.objects.filter(passage__source=stale, status__in=Event.PROTECTED_STATUSES).exists():
            stale.delete()


def sync_passages(source):
    """Make the source's passages match its text, keeping every passage that holds an editor's event."""
    source.passages.update(order=F("order") + RETIRED_ORDER)
    old_by_text = {}
    for passage in source.passages.all():
        old_by_text.setdefault(passage.text, []).append(passage)
    kept = set()
    for order, span in enumerate(split_passages(source.text)):
        passage = (old_by_text.get(span.text) or [Passage(source=source)]).pop(0)
        passage.order, passage.start, passage.end, passage.text = order, span.start, span.end, span.text
        passage.save()
        kept.add(passage.pk)
    for passage in source.passages.exclude(pk__in=kept):
        if passage.events.filter(status__in=Event.PROTECTED_STATUSES).exists():
            passage.events.filter(status=Event.Status.AUTO).delete()
        else:
            passage.delete()
    return len(kept)


def refresh_events(passage, tagger=None):
    """Re-derive the passage's automatic events against its source's date; editors' events stay as they are."""
    tagger = tagger or Tagger()
    anchor = passage.source.published_on
    passage.events.filter(status=Event.Status.AUTO).delete()
    taken = set(
        passage.events.filter(status__in=Event.PROTECTED_STATUSES).values_list("timex_start", "timex_end")
    )
    sentences = split_sentences(passage.text)
    sentence_starts = [s.start for s in sentences]
    created = 0
    for timex in find_timexes(passage.text, anchor=anchor):
        if timex.type not in EVENT_TYPES or (timex.start, timex.end) in taken:
            continue
        span = event_span(timex)
        if span is None:
            continue
        i = bisect.bisect_right(sentence_starts, timex.start) - 1
        sentence = sentences[i] if i >= 0 and timex.start < sentences[i].end else None
        sentence_start, sentence_text = (sentence.start, sentence.text) if sentence else (0, passage.text)
        event = Event.objects.create(
            passage=passage,
            timex=timex.text[:200],
            timex_start=timex.start,
            timex_end=timex.end,
            timex_value=timex.value[:50],
            sentence_start=sentence_start,
            text=sentence_text,
            date_start=span.start,
            date_end=span.end,
            precision=span.precision,
            qualifier=span.qualifier,
        )
        tagger.tag(event, passage.text)
        if same := same_happening(event):
            event.merged_into = same
            event.save(update_fields=["merged_into"])
        created += 1
    return created


KEY_TERM = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
COMMON_WORDS = frozenset(
    "that this with from have has had were been will would could should said says their there they them "
    "than then also after before about over into more most other which while when what where year years "
    "month months week weeks day days last next first early late earlier later".split()
)


def key_terms(text):
    return {word.lower() for word in KEY_TERM.findall(text)} - COMMON_WORDS


def same_happening(event):
    """A public event from another source reporting the same happening: the same day or week, and
    sentences sharing most of their key words. Vaguer dates are left apart: two things "in April"
    are rarely one."""
    if event.precision not in (Event.Precision.DAY, Event.Precision.WEEK):
        return None
    terms = key_terms(event.text)
    candidates = Event.objects.public().filter(
        date_start=event.date_start, date_end=event.date_end, precision=event.precision
    ).exclude(passage__source=event.passage.source_id).exclude(pk=event.pk)
    for candidate in candidates.order_by("pk"):
        other = key_terms(candidate.text)
        shared = terms & other
        if len(shared) >= MIN_SHARED_TERMS and len(shared) / len(terms | other) >= MIN_OVERLAP:
            return candidate
    return None
