"""The CPU side of an import: an article record in, its pieces, passages and dated events out.

Pure functions over plain data (no database), so they run in worker processes, one article at a time.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from timeline import extraction
from timeline.extraction import event_span, event_span_from_value, find_timexes
from timeline.extraction.pages import split_page, split_passages, split_sentences
from timeline.readers import Article, DateOrigin, Kind

EVENT_TYPES = {"DATE", "TIME"}
KEY_TERM = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
COMMON_WORDS = frozenset(
    "that this with from have has had were been will would could should said says their there they them "
    "than then also after before about over into more most other which while when what where year years "
    "month months week weeks day days last next first early late earlier later".split()
)


@dataclass(frozen=True)
class TagSet:
    """Tags as (id, ((term in lower case, its compiled pattern), …)). A plain substring test of the lower-cased
    text rules out most terms before their pattern (word boundaries, case) is tried."""

    tags: tuple[tuple[int, tuple[tuple[str, re.Pattern], ...]], ...] = ()

    def found(self, text: str) -> list[int]:
        lowered = text.lower()
        return [pk for pk, terms in self.tags if any(term in lowered and p.search(text) for term, p in terms)]


@dataclass(frozen=True)
class Taxonomy:
    """The topics and actors events are tagged with, handed to the workers once."""

    topics: TagSet = field(default_factory=TagSet)
    actors: TagSet = field(default_factory=TagSet)


@dataclass
class EventDraft:
    timex: str
    timex_start: int
    timex_end: int
    timex_value: str
    sentence_start: int
    text: str
    date_start: datetime.date
    date_end: datetime.date
    precision: str
    qualifier: str
    topic_ids: list[int]
    actor_ids: list[int]


@dataclass
class PassageDraft:
    order: int
    start: int
    end: int
    text: str
    events: list[EventDraft] = field(default_factory=list)


@dataclass
class PieceDraft:
    title: str
    outlet: str
    published: datetime.date
    age_label: str
    text: str
    passages: list[PassageDraft]


@dataclass
class Prepared:
    article: Article
    published_on: datetime.date
    date_origin: str
    pieces: list[PieceDraft]


def text_hash(text: str) -> str:
    """The article's identity by content: the same words, whatever the spacing."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


@functools.cache
def engine_fingerprint() -> str:
    """A digest of the cleaning and extraction code: when it improves, re-importing an article re-derives its
    automatic events (never the editors' ones), though the article itself is unchanged."""
    digest = hashlib.sha256()
    for path in engine_files():
        digest.update(path.read_bytes())
    return digest.hexdigest()


def engine_files():
    """Every module of the extraction package, its subpackages' (the grammar's rules) included."""
    return sorted(Path(extraction.__file__).parent.rglob("*.py"))


def content_hash(article: Article, anchor: datetime.date | None) -> str:
    """Changes when anything that shapes the stored article changes: text, metadata, engine, editor's date."""
    metadata = (article.title, article.outlet, article.author, article.url, article.language,
                str(article.published), article.captured, anchor, article.kind)
    return hashlib.sha256((article.text + repr(metadata) + engine_fingerprint()).encode()).hexdigest()


def infer_published(text: str) -> datetime.date | None:
    """The first full date written near the top of an article, when nothing else gives one."""
    for timex in find_timexes(text[:2000], anchor=datetime.date(2000, 1, 1)):
        # A dateline or update stamp is no event, but it is just what dates the article.
        span = event_span_from_value(timex.value, timex.mod) if timex.type in EVENT_TYPES else None
        if span and span.precision == "day" and any(ch.isdigit() for ch in timex.text[-4:]):
            return span.start
    return None


def prepare(article: Article, taxonomy: Taxonomy, today: datetime.date, anchor: datetime.date | None = None):
    """Everything the database will hold of `article`; `anchor` is an editor's date that overrides the article's."""
    published, origin = article.published_day, article.date_origin
    if anchor is not None:
        published, origin = anchor, "editor"
    if published is None:
        # Never a made-up day: the text's own date, else the capture or import day, flagged for review.
        published = infer_published(article.text) or article.captured or today
        origin = DateOrigin.INFERRED
    if article.kind == Kind.CAPTURE:
        pieces = split_page(article.text, published, article.captured or published, title=article.title)
        drafts = [
            PieceDraft(
                title=piece.title if position else piece.title or article.title,
                outlet=article.outlet if position == 0 else piece.outlet,
                published=published if position == 0 else piece.published,
                age_label=piece.age_label,
                text=piece.text,
                passages=[],
            )
            for position, piece in enumerate(pieces)
        ]
    else:
        drafts = [PieceDraft(article.title, article.outlet, published, "", article.text.strip(), [])]
    for piece in drafts:
        spans = split_passages(piece.text)
        piece.passages = [
            PassageDraft(order, span.start, span.end, span.text, events)
            for order, (span, events) in enumerate(
                zip(spans, dated_events(piece.text, spans, piece.published, taxonomy), strict=True)
            )
        ]
    return Prepared(article, published, str(origin), drafts)


def dated_events(text: str, passages, anchor: datetime.date, taxonomy: Taxonomy) -> list[list[EventDraft]]:
    """Each passage's events: one per dated expression (a date or a time), with the sentence that carries it.

    The engine reads the whole text at once, as it reads a document: what one paragraph says (a dateline, a
    quarter under discussion) informs the next; offsets are then made the passages' own.
    """
    starts = [p.start for p in passages]
    found = [[] for _ in passages]
    for timex in find_timexes(text, anchor=anchor):
        i = bisect.bisect_right(starts, timex.start) - 1
        if timex.type not in EVENT_TYPES or i < 0 or timex.end > passages[i].end:
            continue
        if span := event_span(timex):
            found[i].append((timex, span))
    return [
        _passage_events(passage, dated, taxonomy) if dated else []
        for passage, dated in zip(passages, found, strict=True)
    ]


def _passage_events(passage, dated, taxonomy: Taxonomy) -> list[EventDraft]:
    sentences = split_sentences(passage.text)
    starts = [s.start for s in sentences]
    passage_topics = None
    events = []
    for timex, span in dated:
        start, end = timex.start - passage.start, timex.end - passage.start
        i = bisect.bisect_right(starts, start) - 1
        sentence = sentences[i] if i >= 0 and start < sentences[i].end else None
        sentence_start, sentence_text = (sentence.start, sentence.text) if sentence else (0, passage.text)
        topics = taxonomy.topics.found(sentence_text)
        if not topics:
            if passage_topics is None:
                passage_topics = taxonomy.topics.found(passage.text)
            topics = passage_topics
        events.append(EventDraft(
            timex=timex.text[:200], timex_start=start, timex_end=end, timex_value=timex.value[:50],
            sentence_start=sentence_start, text=sentence_text, date_start=span.start, date_end=span.end,
            precision=span.precision, qualifier=span.qualifier, topic_ids=topics,
            actor_ids=taxonomy.actors.found(sentence_text),
        ))
    return events


def key_terms(text: str) -> set[str]:
    return {word.lower() for word in KEY_TERM.findall(text)} - COMMON_WORDS
