"""Document-level readings: expressions whose value depends on earlier timexes.

Results stories compare a quarter with "a year ago" / "the year-earlier
period", meaning the same quarter of the previous year, and call the quarter
under discussion "the quarter". When such a story has named a quarter shortly
before, these expressions take that quarter as their reference.
"""

import re

from .grammar import Candidate
from .model import Timex

_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR_BACK = re.compile(r"^(?:a|one)\s+year\s+(?:ago|earlier)$|^year[- ](?:ago|earlier)", re.I)
_WINDOW = 1500


def _recent_quarter(before: list[Timex], start: int) -> tuple[int, int] | None:
    for t in reversed(before):
        if start - t.end > _WINDOW:
            return None
        m = _QUARTER.match(t.value)
        if m and not _YEAR_BACK.search(t.text):
            return int(m.group(1)), int(m.group(2))
    return None


def adjust(t: Timex, c: Candidate, before: list[Timex]) -> Timex:
    """t, re-anchored on the quarter under discussion when the text refers to it."""
    if t.type != "DATE":
        return t
    year_back = c.kind == "yearago" or (c.kind == "ago" and _YEAR_BACK.search(t.text))
    bare_quarter = c.kind == "quarter" and not c.groups.get("ord") and not c.groups.get("year") \
        and not c.groups.get("yrel") and (c.groups.get("qrel") or "").lower() in ("", "latest")
    if not (year_back or bare_quarter):
        return t
    q = _recent_quarter(before, c.start)
    if q is None:
        return t
    y = q[0] - 1 if year_back else q[0]
    return t._replace(value=f"{y:04d}-Q{q[1]}")
