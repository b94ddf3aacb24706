"""Temporal-expression extraction for the timeline (Django-free, clock-free).

``find_timexes(text, anchor)`` returns the temporal expressions of ``text`` as
``Timex(start, end, text, type, value, mod, furniture)`` records sorted by start:
character offsets into ``text``, a TIMEX3 type (DATE, TIME, DURATION, SET), a
TIMEX3 value (``2025-04-25``, ``2025-W29``, ``2024-Q3``, ``199``,
``PRESENT_REF``, ``P3M``, ``XXXX-WXX-1`` ...) and a mod (START, MID, END,
APPROX, MORE_THAN ... or ""). Relative and underspecified expressions are
resolved against ``anchor`` (the publication date of the piece the text comes
from), using the sentence's tense to choose between earlier and later
readings. ``event_span(timex)`` (or ``event_span_from_value(value, mod)``)
gives the timeline span of a DATE/TIME timex as
``EventSpan(start, end, precision, qualifier)`` with an inclusive end, or None
for REF values, durations, sets, centuries, partly unspecified values and a
page's furniture (``furniture`` is true for a timex in a dateline, update stamp
or byline stamp: it dates the page, which ``event_span_from_value`` still reads).
``parse_period(text, anchor)`` reads a user's date filter ("Q3 2024", "April
2025", "last month") into the same EventSpan, or None when nothing date-like
is there.
"""

from .engine import find_timexes
from .model import EventSpan, Timex
from .spans import event_span, event_span_from_value, parse_period

__all__ = ["EventSpan", "Timex", "event_span", "event_span_from_value", "find_timexes",
           "parse_period"]
