"""Imports: article records from the readers become Sources, Passages and Events.

Safe to re-run (an article already stored is recognised by its address or its text and only updated when it
changed), never touches an editor's work, and fast: the date engine runs in worker processes while the
database receives whole articles in bulk, a batch per transaction, so an interrupted import leaves only
whole articles behind.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from timeline.readers import Article, Problem, ReadOptions, read_paths
from timeline.readers.records import DEFAULTS
from timeline.readers.web import normalise_url

from ..caching import data_changed
from ..models import Source, Topic
from . import store
from .derive import content_hash, engine_fingerprint, prepare, text_hash
from .progress import Progress

__all__ = ["IngestReport", "ingest_paths", "ingest_records", "engine_fingerprint"]

# Articles written per transaction: small enough that editors never wait long on SQLite's lock.
BATCH_ARTICLES = 25
# Articles looked up at once when recognising those already stored.
LOOKUP_ARTICLES = 500
Outcome = str  # "new", "updated", "unchanged", "failed"
KIND_NAMES = {"text": "text captures", "page": "pages", "feed": "feed items", "dump": "dump articles"}


@dataclass
class ItemResult:
    origin: str
    kind: str
    outcome: Outcome
    sources: int = 0
    passages: int = 0
    events: int = 0
    error: str = ""
    source: Source | None = None


@dataclass
class IngestReport:
    items: list[ItemResult] = field(default_factory=list)

    @property
    def failed(self) -> list[ItemResult]:
        return [item for item in self.items if item.outcome == "failed"]

    @property
    def changed(self) -> bool:
        return any(item.outcome in ("new", "updated") for item in self.items)

    def total(self, attribute: str) -> int:
        return sum(getattr(item, attribute) for item in self.items)

    def summary(self) -> str:
        by_kind = Counter((item.kind, item.outcome) for item in self.items)
        kinds = [kind for kind in KIND_NAMES if any(k == kind for k, _ in by_kind)]
        lines = [
            f"{KIND_NAMES[kind]}: " + ", ".join(
                f"{by_kind[kind, outcome]} {outcome}" for outcome in ("new", "updated", "unchanged", "failed")
            )
            for kind in kinds
        ]
        if unplaced := by_kind["", "failed"]:
            lines.append(f"inputs not read: {unplaced} failed")
        lines.append(
            f"{len(self.items)} items: {self.total('sources')} sources, {self.total('passages')} passages, "
            f"{self.total('events')} events written; {len(self.failed)} failed."
        )
        return "\n".join(lines)


def ingest_paths(paths, progress=print, *, redraw=None, jobs=1, topics=(), options: ReadOptions = DEFAULTS):
    """Import every article in these files, folders and URLs; see ingest_records."""
    return ingest_records(read_paths(paths, options), progress, redraw=redraw, jobs=jobs, topics=topics)


def ingest_records(records, progress=print, *, redraw=None, jobs=1, topics=()) -> IngestReport:
    """Store articles (new, changed or unchanged) and report the Problems the readers met, with per-item lines.

    `topics` are slugs or names of topics that label every event of the import (created when new);
    `jobs` is the number of processes that run the date engine.
    """
    report = IngestReport()
    articles = []
    for record in records:
        if isinstance(record, Problem):
            report.items.append(ItemResult(record.origin, "", "failed", error=record.reason))
            progress(f"{record.origin}: skipped, {record.reason}")
        else:
            articles.append(record)
    labels = label_topics(topics)
    meter = Progress(len(articles), progress, redraw)
    work = _recognise(articles, report, labels)
    meter.advance(len(articles) - len(work))
    taxonomy, today = store.load_taxonomy(), timezone.localdate()
    for batch in _prepared_batches(work, taxonomy, today, jobs):
        with transaction.atomic():
            results = _write_batch(batch, labels)
        data_changed()
        for result in results:
            report.items.append(result)
            progress(f"{result.origin}: {result.outcome}, {result.sources} sources, {result.passages} passages, "
                     f"{result.events} events")
        meter.advance(len(batch))
    if report.changed:
        refresh_planner_statistics()
    return report


def _recognise(articles: list[Article], report, labels) -> list[tuple]:
    """The articles to write, each with the stored article it updates (or None), the editor's date that anchors
    it (or None) and its content hash; those already stored as they are, or repeated within this import, are
    reported unchanged."""
    work, seen_urls, seen_texts, seen_sources = [], set(), set(), set()
    for start in range(0, len(articles), LOOKUP_ARTICLES):
        chunk = articles[start : start + LOOKUP_ARTICLES]
        for article, source in zip(chunk, store.find_existing(chunk), strict=True):
            url, text = normalise_url(article.url), text_hash(article.text)
            repeated = url in seen_urls or text in seen_texts or (source and source.pk in seen_sources)
            seen_urls.add(url or None)
            seen_texts.add(text)
            seen_sources.add(source and source.pk)
            anchor = source.published_on if source and source.date_origin == Source.DateOrigin.EDITOR else None
            digest = content_hash(article, anchor)
            if repeated or (source and source.content_hash == digest):
                report.items.append(ItemResult(article.origin, article.kind.value, "unchanged", source=source))
                if source and labels:
                    store.label_article(source, labels)
            else:
                work.append((article, source, anchor, digest))
    return work


def _prepared_batches(work, taxonomy, today, jobs):
    tasks = [(article, taxonomy, today, anchor) for article, _, anchor, _ in work]
    if jobs > 1 and len(work) > 1:
        # Forked workers inherit the loaded date engine and never touch the database.
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            prepared = pool.map(_prepare, tasks, chunksize=2)
            yield from _batches(work, prepared)
    else:
        yield from _batches(work, map(_prepare, tasks))


def _prepare(task):
    return prepare(*task)


def _batches(work, prepared):
    batch = []
    for (_, source, _, digest), result in zip(work, prepared, strict=True):
        batch.append((result, source, digest))
        if len(batch) >= BATCH_ARTICLES:
            yield batch
            batch = []
    if batch:
        yield batch


def _write_batch(batch, labels) -> list[ItemResult]:
    new = [(prepared, digest) for prepared, source, digest in batch if source is None]
    created = iter(store.create_articles(new, labels)) if new else iter(())
    results = []
    for prepared, source, digest in batch:
        article = prepared.article
        if source is None:
            outcome, (source, (sources, passages, events)) = "new", next(created)
        else:
            outcome, (sources, passages, events) = "updated", store.update_article(source, prepared, digest, labels)
        results.append(
            ItemResult(article.origin, article.kind.value, outcome, sources, passages, events, source=source)
        )
    return results


def label_topics(names) -> list[Topic]:
    """The topics named at import (by slug or name), created when new."""
    topics = []
    for name in names:
        slug = slugify(name)[:50]
        if not slug:
            raise ValueError(f"{name!r} cannot be a topic: it has no letters or digits")
        # Given as a slug ("libya-war"), the new topic is named "Libya war"; given as a name, by that name.
        display = slug.replace("-", " ").capitalize() if name == slug else name.strip()
        topic, _ = Topic.objects.get_or_create(slug=slug, defaults={"name": display[:100]})
        topics.append(topic)
    return topics


def refresh_planner_statistics():
    """After a bulk load, let the database re-learn its tables: without statistics SQLite picks the
    merged-into index for the timeline's "not merged" test instead of the public chronology index."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
