"""Document-level readings: expressions whose value depends on earlier timexes.

Results stories compare a quarter with "a year ago" / "the year-earlier
period", meaning the same quarter of the previous year, and call the quarter
under discussion "the quarter". When such a story has named a quarter shortly
before, these expressions take that quarter as their reference.
"""

import re

from .grammar import Candidate
from .model import Timex

_YEAR_BACK = re.compile(r"^(?:a|one)\s+year\s+(?:ago|earlier)$", re.I)
_WINDOW = 1500


class Context:
    """What the document has said so far that later expressions lean on."""

    def __init__(self):
        self.quarter: tuple[int, int, int] | None = None  # (end offset, year, quarter)

    def adjust(self, t: Timex, c: Candidate) -> Timex:
        """t, re-anchored on the quarter under discussion when the text refers to it."""
        g = c.groups
        if c.kind == "quarter" and g.get("ord") and not g.get("qrel"):
            self.quarter = (t.end, int(t.value[:4]), int(t.value[-1]))
            return t
        year_back = c.kind == "yearago" or (c.kind == "ago" and _YEAR_BACK.search(t.text))
        bare_quarter = (c.kind == "quarter" and not g.get("ord") and not g.get("year")
                        and not g.get("yrel") and (g.get("qrel") or "").lower() in ("", "latest"))
        if not (year_back or bare_quarter) or self.quarter is None:
            return t
        end, y, q = self.quarter
        if c.start - end > _WINDOW:
            return t
        return t._replace(value=f"{y - 1 if year_back else y:04d}-Q{q}")
