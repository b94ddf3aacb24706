"""The database side of an import: prepared articles written in bulk, never over an editor's work."""

from __future__ import annotations

import datetime
from collections import defaultdict

from django.db.models import F, Q
from simple_history.utils import bulk_create_with_history

from timeline.extraction.pages import split_passages
from timeline.readers import Article, Kind
from timeline.readers.web import normalise_url

from ..models import Actor, Event, Passage, Source, Topic
from ..models.tags import tag_bits
from .derive import EventDraft, Prepared, TagSet, Taxonomy, dated_events, key_terms, text_hash

# Passages whose text vanished from a re-imported article but that hold an editor's event are kept,
# parked past any real order so they can never collide with the current passages.
RETIRED_ORDER = 1_000_000
# Two sentences about one happening, worded by different outlets, share about a third of their words.
MIN_SHARED_TERMS, MIN_OVERLAP = 4, 0.3
# A re-saved file keeps most of its paragraphs; a different article saved under the same name does not.
SAME_ARTICLE_SHARE = 0.5
FOLDED_PRECISIONS = (Event.Precision.DAY, Event.Precision.WEEK)


def load_taxonomy() -> Taxonomy:
    def tags(model):
        return TagSet(tuple(
            (tag.pk, tuple(zip([t.lower() for t in tag.terms], tag.patterns, strict=True)))
            for tag in model.objects.all()
        ))

    return Taxonomy(topics=tags(Topic), actors=tags(Actor))


def input_name(article: Article) -> str:
    """What Source.file_name shows: the file (with its line or item) or the URL the article came from."""
    origin = article.origin
    return (origin if "://" in origin else origin.rsplit("/", 1)[-1])[:255]


def find_existing(articles: list[Article]) -> list[Source | None]:
    """The stored article each record is, if any: the same address, the same text, or the same file re-saved."""
    urls = [normalise_url(a.url) for a in articles]
    hashes = [text_hash(a.text) for a in articles]
    names = [input_name(a) for a in articles]
    stored = Source.objects.filter(position=0).filter(
        Q(url__in=[u for u in urls if u]) | Q(text_hash__in=hashes)
        | Q(file_name__in=[n for n, a in zip(names, articles, strict=True) if a.kind in (Kind.CAPTURE, Kind.PAGE)])
    )
    by_url, by_hash, by_name = {}, {}, defaultdict(list)
    for source in stored:
        if source.url:
            by_url.setdefault(source.url, source)
        by_hash.setdefault(source.text_hash, source)
        by_name[source.file_name].append(source)
    found = []
    for article, url, digest, name in zip(articles, urls, hashes, names, strict=True):
        match = (url and by_url.get(url)) or by_hash.get(digest)
        if match is None and article.kind in (Kind.CAPTURE, Kind.PAGE):
            match = next((s for s in by_name[name] if not (url and s.url) and same_article(s, article)), None)
        found.append(match)
    return found


def same_article(source: Source, article: Article) -> bool:
    old = {span.text for span in split_passages(source.text)}
    new = {line.strip() for line in article.text.splitlines() if line.strip()}
    return bool(old) and len(old & new) >= SAME_ARTICLE_SHARE * len(old)


def source_fields(prepared: Prepared, position: int, main_title: str) -> dict:
    article, piece = prepared.article, prepared.pieces[position]
    fields = {
        "title": (main_title if position == 0 else piece.title or f"{main_title} (appended piece {position})")[:500],
        "outlet": piece.outlet[:200],
        "age_label": piece.age_label[:50],
        "text": piece.text,
        "kind": article.kind.value,
    }
    if position == 0:
        published_at = article.published if isinstance(article.published, datetime.datetime) else None
        fields |= {
            "author": article.author[:300],
            "language": article.language[:20],
            "url": normalise_url(article.url)[:2000],
            "published_at": published_at,
            "published_offset": _offset(published_at),
            "text_hash": text_hash(article.text),
        }
    return fields


def _offset(moment: datetime.datetime | None) -> str:
    if moment is None or moment.utcoffset() is None:
        return ""
    minutes = int(moment.utcoffset().total_seconds() // 60)
    return f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def create_articles(batch: list[tuple[Prepared, str]], labels: list[Topic]) -> list[tuple[Source, tuple]]:
    """Store new articles in a few bulk queries; each one's main Source and (sources, passages, events) counts."""
    mains = []
    for prepared, digest in batch:
        title = prepared.pieces[0].title or input_name(prepared.article)
        mains.append(Source(
            file_name=input_name(prepared.article), position=0, published_on=prepared.published_on,
            date_origin=prepared.date_origin, content_hash=digest, **source_fields(prepared, 0, title),
        ))
    bulk_create_with_history(mains, Source, default_change_reason="imported")
    appended = []
    for (prepared, digest), main in zip(batch, mains, strict=True):
        for position, piece in enumerate(prepared.pieces[1:], 1):
            appended.append(Source(
                file_name=main.file_name, position=position, parent=main, published_on=piece.published,
                date_origin=Source.DateOrigin.INFERRED, content_hash=digest,
                **source_fields(prepared, position, main.title),
            ))
    bulk_create_with_history(appended, Source, default_change_reason="imported")
    if labels:
        Source.labels.through.objects.bulk_create(
            [Source.labels.through(source_id=m.pk, topic_id=t.pk) for m in mains for t in labels]
        )
    pieces_of = defaultdict(list)
    for source in [*mains, *appended]:
        pieces_of[source.parent or source].append(source)
    passages, drafts = [], []
    counts = []
    for (prepared, _), main in zip(batch, mains, strict=True):
        events_before = len(drafts)
        sources = sorted(pieces_of[main], key=lambda s: s.position)
        for source, piece in zip(sources, prepared.pieces, strict=True):
            for draft in piece.passages:
                passage = Passage(source=source, order=draft.order, start=draft.start, end=draft.end, text=draft.text)
                passages.append(passage)
                drafts += [(passage, event) for event in draft.events]
        counts.append((len(sources), sum(len(p.passages) for p in prepared.pieces), len(drafts) - events_before))
    Passage.objects.bulk_create(passages)
    create_events(drafts, [t.pk for t in labels])
    return list(zip(mains, counts, strict=True))


def create_events(drafts: list[tuple[Passage, EventDraft]], label_ids=()) -> list[Event]:
    events = [
        Event(
            passage=passage, timex=d.timex, timex_start=d.timex_start, timex_end=d.timex_end,
            timex_value=d.timex_value, sentence_start=d.sentence_start, text=d.text, date_start=d.date_start,
            date_end=d.date_end, precision=d.precision, qualifier=d.qualifier,
            # The marks the database would set as the tags go in (migration 0011), set here so that it has
            # no row to rewrite.
            topic_bits=tag_bits({*d.topic_ids, *label_ids}), actor_bits=tag_bits(d.actor_ids),
        )
        for passage, d in drafts
    ]
    # No history yet: editing.record_as_imported records an event's first state when an editor first changes it.
    Event.objects.bulk_create(events)
    Event.topics.through.objects.bulk_create(
        [Event.topics.through(event_id=e.pk, topic_id=t)
         for e, (_, d) in zip(events, drafts, strict=True) for t in {*d.topic_ids, *label_ids}]
    )
    Event.actors.through.objects.bulk_create(
        [Event.actors.through(event_id=e.pk, actor_id=a) for e, (_, d) in zip(events, drafts, strict=True)
         for a in d.actor_ids]
    )
    fold_same_happenings(events)
    return events


def fold_same_happenings(events: list[Event]) -> None:
    """Each new day- or week-precise event that another source already reported (same dates, most key
    words shared) is folded into that earlier event, so the timeline shows it once with "N sources".
    Vaguer dates are left apart: two things "in April" are rarely one."""
    new = [e for e in events if e.precision in FOLDED_PRECISIONS]
    if not new:
        return
    candidates = defaultdict(list)
    rows = Event.objects.public().filter(
        date_start__in={e.date_start for e in new}, precision__in=FOLDED_PRECISIONS
    ).values_list("pk", "date_start", "date_end", "precision", "text", "passage__source_id")
    for pk, start, end, precision, text, source_id in rows.order_by("pk"):
        candidates[start, end, precision].append((pk, source_id, key_terms(text)))
    source_of = dict(Passage.objects.filter(pk__in={e.passage_id for e in new}).values_list("pk", "source_id"))
    folded = {}
    for event in sorted(new, key=lambda e: e.pk):
        terms, source_id = key_terms(event.text), source_of[event.passage_id]
        for pk, other_source, other in candidates[event.date_start, event.date_end, event.precision]:
            if pk >= event.pk:
                break
            if pk in folded or other_source == source_id:
                continue
            shared = terms & other
            if len(shared) >= MIN_SHARED_TERMS and len(shared) / len(terms | other) >= MIN_OVERLAP:
                event.merged_into_id = pk
                folded[event.pk] = event
                break
    Event.objects.bulk_update(folded.values(), ["merged_into"])


def update_article(source: Source, prepared: Prepared, digest: str, labels: list[Topic]) -> tuple[int, int, int]:
    """Bring a stored article in line with its new content, keeping every editor's event and date."""
    pieces = prepared.pieces
    title = pieces[0].title or source.title
    existing = {s.position: s for s in [source, *source.appended.all()]}
    counts = [0, 0, 0]
    for position in range(len(pieces)):
        piece_source = existing.get(position) or Source(file_name=source.file_name, position=position, parent=source)
        for name, value in source_fields(prepared, position, title).items():
            setattr(piece_source, name, value)
        if piece_source.date_origin != Source.DateOrigin.EDITOR:
            piece_source.published_on = pieces[position].published
            piece_source.date_origin = prepared.date_origin if position == 0 else Source.DateOrigin.INFERRED
        piece_source.file_name = input_name(prepared.article)
        piece_source.content_hash = digest
        piece_source.save()
        counts[0] += 1
        counts[1] += len(pieces[position].passages)
        counts[2] += sync_passages(piece_source, pieces[position].passages, label_ids(source, labels))
    if labels:
        source.labels.add(*labels)
    for position, stale in existing.items():
        if position >= len(pieces) and not Event.objects.filter(
            passage__source=stale, status__in=Event.PROTECTED_STATUSES
        ).exists():
            stale.delete()
    return tuple(counts)


def label_article(source: Source, labels: list[Topic]) -> None:
    """Give a stored article's events (and its appended pieces' events) the import's topics."""
    source.labels.add(*labels)
    events = Event.objects.filter(Q(passage__source=source) | Q(passage__source__parent=source)).values_list(
        "pk", flat=True
    )
    Event.topics.through.objects.bulk_create(
        [Event.topics.through(event_id=pk, topic_id=t.pk) for pk in events for t in labels], ignore_conflicts=True
    )


def label_ids(source: Source, labels=()) -> set[int]:
    main = source.parent or source
    return {*main.labels.values_list("pk", flat=True), *(t.pk for t in labels)}


def sync_passages(source: Source, drafts, labels) -> int:
    """Make the source's passages match the drafts, keeping every passage that holds an editor's event;
    returns the number of automatic events created."""
    source.passages.update(order=F("order") + RETIRED_ORDER)
    old_by_text = defaultdict(list)
    for passage in source.passages.all():
        old_by_text[passage.text].append(passage)
    kept, pending = set(), []
    for draft in drafts:
        passage = (old_by_text.get(draft.text) or [Passage(source=source)]).pop(0)
        passage.order, passage.start, passage.end, passage.text = draft.order, draft.start, draft.end, draft.text
        passage.save()
        kept.add(passage.pk)
        pending.append((passage, draft.events))
    for passage in source.passages.exclude(pk__in=kept):
        if passage.events.filter(status__in=Event.PROTECTED_STATUSES).exists():
            passage.events.filter(status=Event.Status.AUTO).delete()
        else:
            passage.delete()
    return len(replace_auto_events(pending, labels))


def replace_auto_events(pending, labels) -> list[Event]:
    """Swap the passages' automatic events for freshly derived ones; editors' events stay as they are."""
    passages = [passage for passage, _ in pending]
    Event.objects.filter(passage__in=passages, status=Event.Status.AUTO).delete()
    taken = set(
        Event.objects.filter(passage__in=passages, status__in=Event.PROTECTED_STATUSES)
        .values_list("passage_id", "timex_start", "timex_end")
    )
    drafts = [
        (passage, draft) for passage, events in pending for draft in events
        if (passage.pk, draft.timex_start, draft.timex_end) not in taken
    ]
    return create_events(drafts, labels)


def refresh_events(source: Source, taxonomy: Taxonomy | None = None) -> int:
    """Re-derive the source's automatic events against its date (after an editor re-dates it)."""
    taxonomy = taxonomy or load_taxonomy()
    passages = list(source.passages.order_by("order"))
    # Passages kept only for an editor's event stand outside the text; they get no automatic events.
    current = [p for p in passages if p.order < RETIRED_ORDER and source.text[p.start : p.end] == p.text]
    events = dated_events(source.text, current, source.published_on, taxonomy)
    return len(replace_auto_events(list(zip(current, events, strict=True)), label_ids(source)))
