"""Calendar spans for the timeline: event_span and parse_period."""

import datetime as dt
import re

from .dates import SEASON_START, add_months
from .model import EventSpan, Timex

_QUALIFIER = {"START": "early", "MID": "mid", "END": "late"}
_VALUE_RE = re.compile(
    r"^(?:(?P<day>\d{4}-\d\d-\d\d)(?:T.*)?|(?P<month>\d{4})-(?P<m>\d\d)|(?P<wy>\d{4})-W(?P<w>\d\d?)(?P<we>-WE)?"
    r"|(?P<qy>\d{4})-Q(?P<q>[1-4])|(?P<hy>\d{4})-H(?P<h>[12])|(?P<sy>\d{4})-(?P<s>SP|SU|FA|WI)"
    r"|(?P<year>\d{4})|(?P<decade>\d{3}))$")


def _month_end(y: int, m: int) -> dt.date:
    ny, nm = add_months(y, m, 1)
    return dt.date(ny, nm, 1) - dt.timedelta(days=1)


def _months(y: int, m: int, n: int) -> tuple[dt.date, dt.date]:
    ey, em = add_months(y, m, n - 1)
    return dt.date(y, m, 1), _month_end(ey, em)


def _narrow(start: dt.date, end: dt.date, qualifier: str) -> tuple[dt.date, dt.date]:
    """First, middle or last third of a span (for early/mid/late)."""
    if not qualifier:
        return start, end
    days = (end - start).days + 1
    if days >= 28 and start.day == 1 and days < 32:
        cuts = (start + dt.timedelta(days=10), start + dt.timedelta(days=20))
    elif days > 31:
        months = [(start.year, start.month)]
        while _month_end(*months[-1]) < end:
            months.append(add_months(*months[-1], 1))
        third = len(months) / 3
        k1, k2 = round(third), round(2 * third)
        cuts = (dt.date(*months[k1], 1), dt.date(*months[k2], 1))
    else:
        cuts = (start + dt.timedelta(days=days // 3), start + dt.timedelta(days=2 * days // 3))
    one = dt.timedelta(days=1)
    return {"early": (start, cuts[0] - one), "mid": (cuts[0], cuts[1] - one),
            "late": (cuts[1], end)}[qualifier]


def event_span_from_value(value: str, mod: str = "") -> EventSpan | None:
    """Span of a TIMEX3 DATE/TIME value; None for REFs, durations, sets and X's."""
    m = _VALUE_RE.match(value or "")
    if not m:
        return None
    g = m.groupdict()
    if g["day"]:
        d = dt.date.fromisoformat(g["day"])
        start, end, precision = d, d, "day"
    elif g["month"]:
        start, end = _months(int(g["month"]), int(g["m"]), 1)
        precision = "month"
    elif g["wy"]:
        try:
            start = dt.date.fromisocalendar(int(g["wy"]), int(g["w"]), 6 if g["we"] else 1)
        except ValueError:
            return None
        # A weekend is its two days, written as such ("19 Jul 2025 – 20 Jul 2025").
        end, precision = (start + dt.timedelta(days=1), "day") if g["we"] else (start + dt.timedelta(days=6), "week")
    elif g["qy"]:
        start, end = _months(int(g["qy"]), 3 * int(g["q"]) - 2, 3)
        precision = "quarter"
    elif g["hy"]:
        start, end = _months(int(g["hy"]), 6 * int(g["h"]) - 5, 6)
        precision = "half"
    elif g["sy"]:
        start, end = _months(int(g["sy"]), SEASON_START[g["s"]], 3)
        precision = "season"
    elif g["year"]:
        start, end, precision = dt.date(int(g["year"]), 1, 1), dt.date(int(g["year"]), 12, 31), "year"
    else:
        y = int(g["decade"]) * 10
        start, end, precision = dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade"
    if precision == "day":
        return EventSpan(start, end, precision)
    if mod == "APPROX":
        # "c. 1850", "around the 1990s": the year or decade it is near, said to be approximate.
        return EventSpan(start, end, precision, "circa")
    qualifier = _QUALIFIER.get(mod or "", "")
    start, end = _narrow(start, end, qualifier)
    return EventSpan(start, end, precision, qualifier)


def event_span(timex: Timex | str, mod: str = "") -> EventSpan | None:
    """The timeline span of a DATE/TIME timex (or of a bare TIMEX3 value); None for a page's furniture,
    whose date is when the page was written, not when anything happened."""
    if isinstance(timex, str):
        return event_span_from_value(timex, mod)
    if timex.type not in ("DATE", "TIME") or timex.furniture:
        return None
    return event_span_from_value(timex.value, timex.mod)


def parse_period(text: str, anchor: dt.date) -> EventSpan | None:
    """Span of the first date-like expression in a filter string, or None."""
    from .engine import find_timexes

    for t in find_timexes(text, anchor):
        span = event_span(t)
        if span is not None:
            return span
    return None



