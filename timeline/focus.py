"""The period the unfiltered timeline opens on: the stretch of months the collection is about, worked
out from the same counts as the chart (timeline.counting) once per generation of the data."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from .caching import generation
from .counting import Counter, small_queries
from .forms import TimelineFilter

# The unfiltered page opens on the shortest run of months holding this share of the events.
FOCUS_SHARE = 0.8


@dataclass(frozen=True)
class Focus:
    start: datetime.date
    end: datetime.date
    # Every public event, whatever its date: the page says how many lie outside the period.
    total: int
    approximate: bool


def focus_period(stamp=None):
    """The period the unfiltered timeline opens on (a Focus), or None when there are no events: the
    shortest run of months that holds FOCUS_SHARE of the events (by the month each starts in), the latest
    such run when several tie. A collection of news is about the weeks it reports on; the passing mentions
    of 1777 or of 2039 are one click away."""
    stamp = generation() if stamp is None else stamp
    return cache.get_or_set(f"timeline:focus:{stamp}", lambda: _compute_focus(stamp), settings.TIMELINE_SUMMARY_SECONDS)


def _compute_focus(stamp):
    with small_queries():
        spans, approximate = Counter(TimelineFilter({}), stamp).spans()
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
