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
from timeline.extraction import event_span, find_timexes
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
class Taxonomy:
    """Topics and actors as (id, compiled patterns), handed to the workers once."""

    topics: tuple[tuple[int, tuple[re.Pattern, ...]], ...] = ()
    actors: tuple[tuple[int, tuple[re.Pattern, ...]], ...] = ()

    def tag(self, sentence: str, passage: str) -> tuple[list[int], list[int]]:
        """Topics the sentence names (else its passage), and actors the sentence names."""
        topics = _found(self.topics, sentence) or _found(self.topics, passage)
        return topics, _found(self.actors, sentence)


def _found(tags, text):
    return [pk for pk, patterns in tags if any(p.search(text) for p in patterns)]


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
    for path in sorted(Path(extraction.__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def content_hash(article: Article, anchor: datetime.date | None) -> str:
    """Changes when anything that shapes the stored article changes: text, metadata, engine, editor's date."""
    metadata = (article.title, article.outlet, article.author, article.url, article.language,
                str(article.published), article.captured, anchor, article.kind)
    return hashlib.sha256((article.text + repr(metadata) + engine_fingerprint()).encode()).hexdigest()


def infer_published(text: str) -> datetime.date | None:
    """The first full date written near the top of an article, when nothing else gives one."""
    for timex in find_timexes(text[:2000], anchor=datetime.date(2000, 1, 1)):
        span = event_span(timex)
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
        piece.passages = [
            PassageDraft(order, span.start, span.end, span.text, dated_events(span.text, piece.published, taxonomy))
            for order, span in enumerate(split_passages(piece.text))
        ]
    return Prepared(article, published, str(origin), drafts)


def dated_events(text: str, anchor: datetime.date, taxonomy: Taxonomy) -> list[EventDraft]:
    """One event per dated expression (a date or a time) in the passage, with the sentence that carries it."""
    sentences = split_sentences(text)
    starts = [s.start for s in sentences]
    events = []
    for timex in find_timexes(text, anchor=anchor):
        if timex.type not in EVENT_TYPES:
            continue
        span = event_span(timex)
        if span is None:
            continue
        i = bisect.bisect_right(starts, timex.start) - 1
        sentence = sentences[i] if i >= 0 and timex.start < sentences[i].end else None
        sentence_start, sentence_text = (sentence.start, sentence.text) if sentence else (0, text)
        topics, actors = taxonomy.tag(sentence_text, text)
        events.append(EventDraft(
            timex=timex.text[:200], timex_start=timex.start, timex_end=timex.end, timex_value=timex.value[:50],
            sentence_start=sentence_start, text=sentence_text, date_start=span.start, date_end=span.end,
            precision=span.precision, qualifier=span.qualifier, topic_ids=topics, actor_ids=actors,
        ))
    return events


def key_terms(text: str) -> set[str]:
    return {word.lower() for word in KEY_TERM.findall(text)} - COMMON_WORDS
