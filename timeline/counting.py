"""What a view of the timeline counts: its total, the facet counts beside each choice, the density chart's
spans, and the period the unfiltered page opens on.

Counting every matching event costs in proportion to how many match: a few thousand are counted exactly
in milliseconds, the whole archive takes seconds. So each count first looks at a fixed random sample of
the events (Event.sample, drawn once when an event is made and never changed), about SAMPLE_SIZE of them
whatever the archive's size. Where the sample says few events match, they are counted exactly; where it
says many (more than settings.TIMELINE_EXACT_LIMIT), the sample's counts are scaled up and shown as
approximate ("about 17,000"), as search engines do. The sample's events, with what the filters test, are
read once per generation of the data (timeline.caching) and each view tests them in memory (Filter.test
beside each filter's clause); a search and a source are asked of the database, once per view. What is
derived beside the events (the tags' marks, Event.topic_bits) the database keeps itself, so no write path
has anything to keep up to date, and every process counts what the database holds: a write starts a new
generation, whose first view reads the sample anew.

How the first page of events is found is chosen by what the sample says, too (timeline.paging).
"""

import datetime
import hashlib
import math
import time
from collections import Counter as Tally
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count

from . import paging
from .caching import OverBudget, generation, time_budget
from .forms import FILTERS, TimelineFilter
from .models import Actor, Event, Source, Topic
from .models.events import SAMPLE_LEVELS

SAMPLE_SIZE = 2000
TOP_SOURCES = 12
# Sources the sample proposes before their exact counts pick the busiest TOP_SOURCES.
SOURCE_CANDIDATES = 40
# Filters the database tests event by event (on the date index, by the tags' marks) rather than finding the
# events from an index: they do not shorten a walk.
UNINDEXED = ("topic", "actor")
@dataclass(frozen=True)
class Sample:
    """The events with Event.sample below `below`: each event is in it with probability 1 / scale."""

    below: int

    @property
    def scale(self):
        return SAMPLE_LEVELS / self.below

    @property
    def complete(self):
        return self.below >= SAMPLE_LEVELS


def sample_for(events, size=SAMPLE_SIZE):
    """A sample of about `size` of these events, sized by a small fixed slice of the sample index."""
    probe = max(1, SAMPLE_LEVELS // 256)
    estimate = events.sampled(probe).count() * SAMPLE_LEVELS / probe
    if estimate <= size:
        return Sample(SAMPLE_LEVELS)
    # A power of two, so that archives of similar size share cached work.
    below = 2 ** math.ceil(math.log2(SAMPLE_LEVELS * size / estimate))
    return Sample(min(SAMPLE_LEVELS, max(probe, below)))


class SampledEvent(NamedTuple):
    """What the filters test of one event of the sample (see Filter.test)."""

    pk: int
    date_start: datetime.date
    date_end: datetime.date
    precision: str
    status: str
    topics: frozenset
    actors: frozenset


def sampled_events(stamp, below):
    """The public events of the sample below `below`, as SampledEvents, until the data next changes: the same
    few thousand for every filter, so a view's counts test them in memory instead of asking the database
    several times."""

    def read():
        # Each query reads the sample's covering index and the tag tables' (event, tag) index, no table row.
        events = Event.objects.public().sampled(below).order_by()
        tags = {}
        for relation in ("topics", "actors"):
            tagged = defaultdict(set)
            for event, tag in events.values_list("pk", relation):
                if tag is not None:
                    tagged[event].add(tag)
            tags[relation] = tagged
        rows = events.values_list("pk", "date_start", "date_end", "precision", "status")
        return [
            SampledEvent(*row, frozenset(tags["topics"][row[0]]), frozenset(tags["actors"][row[0]])) for row in rows
        ]

    return cache.get_or_set(f"timeline:sampled:{stamp}:{below}", read, settings.TIMELINE_SUMMARY_SECONDS)


@dataclass
class Counted:
    """Counts of one set of events: exact, or estimated from the sample."""

    counts: dict
    approximate: bool = False


@dataclass
class Summary:
    total: int
    approximate: bool
    spans: list  # (date_start, date_end, precision, count), scaled when approximate
    facets: dict = field(default_factory=dict)  # facet name -> Counted
    source_names: dict = field(default_factory=dict)
    # facet name -> [(value, label, key in counts)]: the topics and actors to offer
    tag_choices: dict = field(default_factory=dict)
    # How the first page is quickest found (see paging.plan).
    page_plan: str = paging.WALK


def _spans(qs):
    rows = qs.order_by().values_list("date_start", "date_end", "precision").annotate(n=Count("id"))
    return {(start, end, precision): n for start, end, precision, n in rows}


def _tag_counts(qs, relation):
    rows = qs.order_by().values_list(relation).annotate(n=Count("id"))
    return {value: n for value, n in rows if value is not None}


def _sampled_spans(events):
    return Tally((e.date_start, e.date_end, e.precision) for e in events)


def _sampled_tags(events, relation):
    return Tally(tag for e in events for tag in getattr(e, relation))


def _source_counts(qs, limit):
    rows = qs.order_by().values_list("passage__source_id").annotate(n=Count("id")).order_by("-n", "passage__source_id")
    return dict(rows[:limit] if limit else rows)


class Counter:
    """Counts for one TimelineFilter, each exact or from the sample (see the module's docstring)."""

    def __init__(self, filters, stamp):
        """`stamp` is the data's generation (timeline.caching), read once per request."""
        self.filters = filters
        self.stamp = stamp
        # The archive's size changes only with the data, so the sample's threshold is kept until then.
        self.sample = cache.get_or_set(
            f"timeline:sample:{stamp}", lambda: sample_for(Event.objects.public()), settings.TIMELINE_SUMMARY_SECONDS
        )
        self.limit = settings.TIMELINE_EXACT_LIMIT
        # However few events match, finding them can mean walking far (two broad filters that rarely
        # meet): exact counts get this long in all, after which the sample's estimates stand.
        self.deadline = time.monotonic() + settings.TIMELINE_EXACT_BUDGET_MS / 1000
        self._sizes = {}
        self._sampled = None
        self._matching = {}
        self._asked = {}

    def _sampled_size(self, base):
        if base not in self._sizes:
            self._sizes[base] = len(self._in_sample(base))
        return self._sizes[base]

    def _in_sample(self, ignoring):
        """The sample's events (SampledEvents) matching all filters but those `ignoring`, tested in memory.
        A filter without a test in memory (a search, a source) is asked once per view which sampled events
        it matches."""
        ignored = frozenset({ignoring} if isinstance(ignoring, str) else ignoring or ())
        if ignored not in self._matching:
            tests, untested = self.filters.sample_tests(ignoring=ignored)
            for name in untested:
                if name not in self._asked:
                    others = [f.name for f in FILTERS if f.name != name]
                    alone = self.filters.events(ignoring=others, sample=self.sample.below)
                    self._asked[name] = set(alone.values_list("pk", flat=True))
                tests.append(lambda event, pks=self._asked[name]: event.pk in pks)
            if self._sampled is None:
                self._sampled = sampled_events(self.stamp, self.sample.below)
            self._matching[ignored] = [e for e in self._sampled if all(test(e) for test in tests)]
        return self._matching[ignored]

    def _quick_to_find(self):
        """Whether the database can find the matching events without walking most of the timeline: topics
        and actors are tested event by event, so what bounds the walk is the other filters (dates, words,
        sources, precision)."""
        return len(self._in_sample(UNINDEXED)) * self.sample.scale <= settings.TIMELINE_EXACT_WALK

    def _count(self, work, sampled_work, base, sampled_size=None):
        """Counted(work(events)): exact when the sample says few events match and counting them exactly
        fits in the time left, else sampled_work() on the sample's events, scaled up."""
        if self.sample.complete:
            return Counted(work(self.filters.events(ignoring=base)))
        sampled = sampled_work(self._in_sample(base))
        if sampled_size is not None:
            self._sizes[base] = sampled_size(sampled)
        if self._sizes.get(None, 0) * self.sample.scale > self.limit:
            # Leaving a filter out only adds events: when all of them match many, so does this base.
            size = self._sizes[None]
        else:
            size = self._sampled_size(base)
        if size * self.sample.scale <= self.limit and self._quick_to_find() and (
            remaining := self.deadline - time.monotonic()
        ) > 0:
            try:
                with time_budget(remaining * 1000):
                    return Counted(work(self.filters.events(ignoring=base)))
            except OverBudget:
                pass
        return Counted({key: n * self.sample.scale for key, n in sampled.items()}, approximate=True)

    def spans(self, base=None):
        """(spans, approximate) of these events."""
        counted = self._count(_spans, _sampled_spans, base, sampled_size=lambda spans: sum(spans.values()))
        return [(*span, n) for span, n in counted.counts.items()], counted.approximate

    def tags(self, base, relation):
        counted = self._count(
            lambda events: _tag_counts(events, relation), lambda events: _sampled_tags(events, relation), base
        )
        return Counted({key: round(n) for key, n in counted.counts.items()}, counted.approximate)

    def sources(self, base, shown):
        """The events of each source shown (few per source, so counted exactly and quickly)."""
        events = self.filters.events(ignoring=base).filter(passage__source_id__in=list(shown))
        return Counted(_source_counts(events, None))

    def summary(self):
        spans, approximate = self.spans()
        total = round(sum(row[3] for row in spans))
        # A facet's own choices are counted without it, so they say what choosing another would give;
        # a facet not chosen counts over the same events as the total.
        chosen = {f.name for f in self.filters.chosen()}

        def base(name):
            return name if name in chosen else None

        # The busiest sources of the whole collection, plus any chosen: the same list under every filter,
        # so the form's choices stay put while their counts change.
        chosen_sources = self.filters.valid_value("source") or []
        shown = busiest_sources(self.stamp) | {s.pk: s.outlet or s.title for s in chosen_sources}
        facets = {
            "topic": self.tags(base("topic"), "topics"),
            "actor": self.tags(base("actor"), "actors"),
            "source": self.sources(base("source"), shown),
        }
        plan = self.page_plan(total, approximate)
        return Summary(total, approximate, spans, facets, shown, tag_choices(self.stamp), plan)

    def page_plan(self, total, approximate=False):
        """How the events of the first page are quickest found, by what the sample says (see paging.plan)."""
        return paging.plan(self.filters, self._estimate, self.sample.scale, total, approximate)

    def _estimate(self, ignoring):
        """How many events match all filters but those `ignoring`, from the sample."""
        return len(self._in_sample(ignoring)) * self.sample.scale


def busiest_sources(stamp):
    """{id: name} of the TOP_SOURCES sources with the most public events, until the data next changes."""

    def find():
        counter = Counter(TimelineFilter({}), stamp)
        if counter.sample.complete:
            top = _source_counts(Event.objects.public(), TOP_SOURCES)
        else:
            # The sample proposes the candidates; their exact counts pick the busiest.
            candidates = _source_counts(Event.objects.public().sampled(counter.sample.below), SOURCE_CANDIDATES)
            top = _source_counts(Event.objects.public().filter(passage__source_id__in=list(candidates)), TOP_SOURCES)
        return {s.pk: s.outlet or s.title for s in Source.objects.filter(pk__in=top).only("outlet", "title")}

    return cache.get_or_set(f"timeline:sources:{stamp}", find, settings.TIMELINE_SUMMARY_SECONDS)


def tag_choices(stamp):
    """The topics and actors to offer, as (slug, name, id): they change only with the data."""

    def find():
        return {
            "topic": list(Topic.objects.values_list("slug", "name", "pk")),
            "actor": list(Actor.objects.values_list("slug", "name", "pk")),
        }

    return cache.get_or_set(f"timeline:tags:{stamp}", find, settings.TIMELINE_SUMMARY_SECONDS)


@contextmanager
def small_queries():
    """Counting the sample reads a few thousand rows a query: starting PostgreSQL's parallel workers or
    compiling the query (JIT) for that costs more than they save. (No transaction on SQLite, where one
    would queue readers as writers.)"""
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL max_parallel_workers_per_gather = 0")
        cursor.execute("SET LOCAL jit = off")
        yield


def summary(filters, stamp=None):
    """The filter's Summary, shared by every reader of it until the data next changes."""
    stamp = generation() if stamp is None else stamp
    view = f"{filters.query()}|{filters.windowed()}"
    key = f"timeline:summary:{stamp}:{hashlib.sha256(view.encode()).hexdigest()}"

    def count():
        with small_queries():
            return Counter(filters, stamp).summary()

    return cache.get_or_set(key, count, settings.TIMELINE_SUMMARY_SECONDS)


def approximate_count(n):
    """An estimate to two significant figures: 17,423 -> 17,000."""
    if n < 100:
        return round(n)
    digits = 10 ** (len(str(int(n))) - 2)
    return int(round(n / digits) * digits)

