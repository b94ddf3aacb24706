"""What a view of the timeline counts: its total, the facet counts beside each choice, the density chart's
spans, and the period the unfiltered page opens on.

Counting every matching event costs in proportion to how many match: a few thousand are counted exactly
in milliseconds, the whole archive takes seconds. So each count first looks at a fixed random sample of
the events (Event.sample, drawn once when an event is made and never changed), about SAMPLE_SIZE of them
whatever the archive's size. Where the sample says few events match, they are counted exactly; where it
says many (more than settings.TIMELINE_EXACT_LIMIT), the sample's counts are scaled up and shown as
approximate ("about 17,000"), as search engines do. Nothing derived is kept beside the events, so no write
path has anything to keep up to date and every process counts what the database holds.
"""

import datetime
import hashlib
import math
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count

from .caching import generation
from .models import Event, Source
from .models.events import SAMPLE_LEVELS

SAMPLE_SIZE = 4000
TOP_SOURCES = 12
# Sources the sample proposes before their exact counts pick the busiest TOP_SOURCES.
SOURCE_CANDIDATES = 40
# The unfiltered page opens on the shortest run of months holding this share of the events.
FOCUS_SHARE = 0.8


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


def sample_for(public):
    """A sample of about SAMPLE_SIZE events, read off a small fixed slice of the sample index."""
    probe = max(1, SAMPLE_LEVELS // 256)
    estimate = public.sampled(probe).count() * SAMPLE_LEVELS / probe
    if estimate <= SAMPLE_SIZE:
        return Sample(SAMPLE_LEVELS)
    # A power of two, so that archives of similar size share cached work.
    below = 2 ** math.ceil(math.log2(SAMPLE_LEVELS * SAMPLE_SIZE / estimate))
    return Sample(min(SAMPLE_LEVELS, max(probe, below)))


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


def _spans(qs):
    rows = qs.order_by().values_list("date_start", "date_end", "precision").annotate(n=Count("id"))
    return [tuple(row) for row in rows]


def _tag_counts(qs, relation):
    rows = qs.order_by().values_list(relation).annotate(n=Count("id"))
    return {value: n for value, n in rows if value is not None}


def _source_counts(qs, limit):
    rows = qs.order_by().values_list("passage__source_id").annotate(n=Count("id")).order_by("-n", "passage__source_id")
    return dict(rows[:limit])


class Counter:
    """Counts for one TimelineFilter, each exact or from the sample (see the module's docstring)."""

    def __init__(self, filters):
        self.filters = filters
        self.sample = sample_for(Event.objects.public())
        self.limit = settings.TIMELINE_EXACT_LIMIT
        self._large = {}

    def _is_large(self, qs):
        if self.sample.complete:
            return False
        key = str(qs.query)
        if key not in self._large:
            self._large[key] = qs.sampled(self.sample.below).count() * self.sample.scale > self.limit
        return self._large[key]

    def _scaled(self, counts):
        return {key: round(n * self.sample.scale) for key, n in counts.items()}

    def spans(self, qs):
        """(spans, approximate) of these events."""
        if self._is_large(qs):
            rows = _spans(qs.sampled(self.sample.below))
            return [(*row[:3], row[3] * self.sample.scale) for row in rows], True
        return _spans(qs), False

    def tags(self, qs, relation):
        if self._is_large(qs):
            return Counted(self._scaled(_tag_counts(qs.sampled(self.sample.below), relation)), True)
        return Counted(_tag_counts(qs, relation))

    def sources(self, qs):
        """The busiest sources, counted exactly: the sample only proposes which to count."""
        if self._is_large(qs):
            candidates = _source_counts(qs.sampled(self.sample.below), SOURCE_CANDIDATES)
            qs = qs.filter(passage__source_id__in=list(candidates))
        return Counted(_source_counts(qs, TOP_SOURCES))

    def summary(self):
        events = self.filters.events()
        spans, approximate = self.spans(events)
        total = round(sum(row[3] for row in spans))
        # A facet's own choices are counted without it, so they say what choosing another would give.
        chosen = {f.name for f in self.filters.chosen()}

        def base(name):
            return self.filters.events(ignoring=name) if name in chosen else events

        facets = {
            "topic": self.tags(base("topic"), "topics"),
            "actor": self.tags(base("actor"), "actors"),
            "source": self.sources(base("source")),
        }
        shown = set(facets["source"].counts) | {s.pk for s in self.filters.valid_value("source") or []}
        names = {s.pk: s.outlet or s.title for s in Source.objects.filter(pk__in=shown).only("outlet", "title")}
        return Summary(total, approximate, spans, facets, names)


def summary(filters):
    """The filter's Summary, shared by every reader of it until the data next changes."""
    view = f"{filters.query()}|{filters.windowed()}"
    key = f"timeline:summary:{generation()}:{hashlib.sha256(view.encode()).hexdigest()}"
    return cache.get_or_set(key, lambda: Counter(filters).summary(), settings.TIMELINE_SUMMARY_SECONDS)


@dataclass(frozen=True)
class Focus:
    start: datetime.date
    end: datetime.date
    # Every public event, whatever its date: the page says how many lie outside the period.
    total: int
    approximate: bool


def focus_period():
    """The period the unfiltered timeline opens on (a Focus), or None when there are no events: the
    shortest run of months that holds FOCUS_SHARE of the events (by the month each starts in), the latest
    such run when several tie. A collection of news is about the weeks it reports on; the passing mentions
    of 1777 or of 2039 are one click away."""
    key = f"timeline:focus:{generation()}"
    return cache.get_or_set(key, _compute_focus, settings.TIMELINE_SUMMARY_SECONDS)


def _compute_focus():
    from .forms import TimelineFilter

    spans, approximate = Counter(TimelineFilter({})).spans(Event.objects.public())
    months = {}
    for start, _, _, n in spans:
        month = start.year * 12 + start.month - 1
        months[month] = months.get(month, 0) + n
    if not months:
        return None
    ordered = sorted(months)
    total, needed = sum(months.values()), sum(months.values()) * FOCUS_SHARE
    best, held, left = None, 0, 0
    # Two pointers over the months that hold events: for each last month, the latest first month that
    # still holds enough.
    for month in ordered:
        held += months[month]
        while held - months[ordered[left]] >= needed:
            held -= months[ordered[left]]
            left += 1
        if held >= needed:
            length = month - ordered[left]
            if best is None or length <= best[1] - best[0]:
                best = (ordered[left], month)
    first, last = best
    end = _month_start(last + 1) - datetime.timedelta(days=1)
    return Focus(_month_start(first), end, round(total), approximate)


def _month_start(index):
    return datetime.date(index // 12, index % 12 + 1, 1)


def approximate_count(n):
    """An estimate to two significant figures: 17,423 -> 17,000."""
    if n < 100:
        return n
    digits = 10 ** (len(str(int(n))) - 2)
    return int(round(n / digits) * digits)

