"""Document-level readings: expressions whose value depends on earlier timexes.

Results stories compare a quarter with "a year ago" / "the year-earlier
period", meaning the same quarter of the previous year, and call the quarter
under discussion "the quarter". When such a story has named a quarter shortly
before, these expressions take that quarter as their reference.

A sentence that opens with a year ("In 1777, ... Independence Day") sets the
temporal focus for its undated months, days and holidays: they fall in that
year, not near the publication date. A year further in (often inside a
relative clause) frames only its own clause, so it sets no focus.

Anaphoric expressions ("that year", "the following month", "earlier that
day", "the next morning") point at the story's reference time, the last
calendar date it mentioned (TimeML practice, as in HeidelTime's narrative
mode), not at the publication date, which is only the fallback for a year or
a month. A day counted so ("that day", "the next morning", "at the time") needs
a day named close before it, in its own sentence or the two before: further
back, the story has moved on (a reader's anecdote, a hypothetical), and the
publication date is no day the story looked back to; a wrong day is worse than
none.
"""

import datetime as dt
import re

from . import dates as D
from .grammar import Candidate
from .lexicon import WEEKDAYS
from .model import Timex
from .patterns import MON
from .tense import AHEAD, FUTURE, PLANNED, sentence_bounds

_YEAR_BACK = re.compile(r"^(?:a|one)\s+year\s+(?:ago|earlier)$", re.I)
_WINDOW = 1500
# Kinds that carry no year of their own and may take the sentence's year.
_UNDATED = {"month", "md", "dm", "holiday", "season"}
_EXPLICIT_YEAR = re.compile(r"^(?:1[6-9]|20)\d\d$")
_UNDER_WAY = re.compile(r"\b(?:has|have|so\s+far)\b", re.I)
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_CALENDAR = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?|-W(\d\d))?$")
_OFFSET = {"that": 0, "that same": 0, "the same": 0, "the following": 1, "the next": 1,
           "the preceding": -1, "the previous": -1}
# "died on 25 June that year": the day takes the year the story refers to, which "that year" reads
# from the date named before the day, not from the day itself.
_THAT_YEAR_AFTER = re.compile(r"\s*,?\s+(?:of\s+)?(that|that same|the same|the following|the next|the previous|"
                              r"the preceding)\s+year\b", re.I)
# "June 12-21 in 2026", "on September 3-October 1 next year": a day (or the range it opens) followed by the year
# it falls in.
_YEAR_AFTER = re.compile(r"(?:\s?[-–]\s?(?:(?:" + MON[8:-1] + r")\s*)?[0-3]?\d(?:st|nd|rd|th)?\b)?,?\s+"
                         r"(?:in\s+(?P<year>(?:1[6-9]|20)\d\d)\b(?![-–/]\d)|(?P<rel>this|last|next)\s+year\b(?![-'’]))")
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d\d)$")
_MONTHS = {"month", "my", "monthstart"}
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|to|through|until|till)\s+|[-–]\s*)")
# "on Monday last week", "from Wednesday to Friday last week": the weekday of the week named after it.
_WEEK_AFTER = re.compile(r"(?:\s+(?:to|and|or|through|-|–)\s+(?:" + "|".join(w for w in WEEKDAYS if len(w) > 5)
                         + r"))?(?:\s+(?:morning|afternoon|evening|night))?\s+(last|next|this)\s+week\b(?![-'’])",
                         re.I)
_WEEK_SHIFT = {"last": -7, "this": 0, "next": 7}
_DAY_UNITS = {"day", "morning", "afternoon", "evening", "night", "time"}
# How many sentences back a day may be named for "that day" to be it.
_DAY_REACH = 2
_OPENER = re.compile(r"^[\"'“‘(`]*(?:(?:in|by|during|since|until|through|throughout|from)\s+)?$",
                     re.I)


class Context:
    """What the document has said so far that later expressions lean on."""

    def __init__(self):
        self.quarter: tuple[int, int, int] | None = None  # (end offset, year, quarter)
        self.year: tuple[int, str] | None = None  # (end offset, year) of the last named year
        self.ref: re.Match | None = None  # the last calendar value mentioned
        self.ref_end = 0  # where it was mentioned
        self.last_quarter: tuple[int, int] | None = None  # the last quarter mentioned, whatever its role
        self.year_after: tuple[int, int] | None = None  # (start, year) of a "that year" a day took its year from
        self.written_days: dict[str, tuple[int, str]] = {}  # "05-09" -> (end offset, year) of "May 9th 1926"
        self.listed_month: tuple[int, int, int] | None = None  # (end offset, year, month) of the last month read

    def anaphor(self, g: dict, anchor: dt.date, start: int = -1, text: str = "") -> tuple[str, str, str] | None:
        """(type, value, mod) of "that year", "the following day" ... at the reference time."""
        if self.year_after and self.year_after[0] == start:
            return "DATE", f"{self.year_after[1]:04d}", ""
        n = _OFFSET.get(" ".join(g["ana"].lower().split()), 0)
        if way := (g.get("way") or "").lower():
            n = -1 if way in ("before", "earlier") else 1
        unit = g["unit"].lower()
        if unit in _DAY_UNITS and not (self.ref and self._within_reach(text, start)):
            return None
        if unit == "time":
            day = self.ref_day()
            return ("DATE", D.fmt_day(day), "") if day else None
        m = self.ref or _CALENDAR.match(anchor.isoformat())
        y, mo, d, w = m.groups()
        if unit == "year":
            return "DATE", f"{int(y) + n:04d}", ""
        if unit == "quarter":
            # "that quarter", "the following quarter": the last quarter mentioned, or the
            # one holding the reference day.
            if self.last_quarter:
                k = self.last_quarter[0] * 4 + self.last_quarter[1] - 1 + n
            elif mo is not None:
                k = int(y) * 4 + (int(mo) - 1) // 3 + n
            else:
                return None
            return "DATE", f"{k // 4:04d}-Q{k % 4 + 1}", ""
        if unit == "month":
            if mo is None:
                return None if n else ("DATE", f"{y}-XX", "")
            return "DATE", D.fmt_month(*D.add_months(int(y), int(mo), n)), ""
        if d is None:
            # A coarser reference leaves the day or week unspecified.
            if n or w:
                return None
            return "DATE", f"{y}-{mo or 'XX'}-XX" if unit != "week" else f"{y}-WXX", ""
        day = dt.date(int(y), int(mo), int(d))
        if unit in WEEKDAYS:
            # The nearest such weekday strictly after (or before) the reference day.
            step = (WEEKDAYS[unit] - day.weekday()) % 7 or 7 if n > 0 else \
                -((day.weekday() - WEEKDAYS[unit]) % 7 or 7)
            return "DATE", D.fmt_day(day + dt.timedelta(days=step)), ""
        if unit == "week":
            return "DATE", D.fmt_week(day + dt.timedelta(weeks=n)), ""
        return "DATE", D.fmt_day(day + dt.timedelta(days=n)), ""

    def _within_reach(self, text: str, start: int) -> bool:
        """The reference time was named in the sentence at start or in one of the _DAY_REACH before it."""
        at = start
        for _ in range(_DAY_REACH + 1):
            at = sentence_bounds(text, at, at)[0]
            if at <= self.ref_end:
                return True
            at -= 1
            while at > 0 and text[at].isspace():
                at -= 1
            if at < 0:
                return False
        return False

    def day_in_reach(self, text: str, start: int) -> dt.date | None:
        """The last full calendar day the story mentioned, if named in the sentence at start or one close before."""
        return self.ref_day() if self.ref is not None and self._within_reach(text, start) else None

    def ref_day(self) -> dt.date | None:
        """The last full calendar day the story mentioned, if any."""
        if self.ref is None or self.ref.group(3) is None:
            return None
        return dt.date(*map(int, self.ref.groups()[:3]))

    def focus_year(self, c: Candidate, text: str, anchor: dt.date) -> str | None:
        """The year an undated candidate takes from the year written right after it ("June 12-21 in
        2026"), from an earlier year in its sentence, or from the story's reference time when "that
        year" follows it."""
        g = c.groups
        if c.kind not in _UNDATED or g.get("year") or g.get("rel") or g.get("yrel"):
            return None
        if m := _YEAR_AFTER.match(text, c.end):
            if m.group("year"):
                return m.group("year")
            return str(anchor.year + {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()])
        if self.ref is not None and (m := _THAT_YEAR_AFTER.match(text, c.end)):
            year = int(self.ref.group(1)) + _OFFSET[" ".join(m.group(1).lower().split())]
            self.year_after = (m.start(1), year)
            return str(year)
        if self.year is None:
            return None
        end, year = self.year
        if end > c.start or sentence_bounds(text, c.start, c.end)[0] > end:
            return None
        return year

    def _repeated_day(self, t: Timex, c: Candidate, text: str) -> Timex:
        """"the strike of May 9th 1926 ... the marches held on May 9th": a day named again
        without its year in the sentence that wrote it with one is the same day."""
        if c.groups.get("year"):
            self.written_days[t.value[5:]] = (t.end, t.value[:4])
            return t
        end, year = self.written_days.get(t.value[5:], (-1, ""))
        if end < 0 or sentence_bounds(text, t.start, t.end)[0] > end:
            return t
        return t._replace(value=f"{year}-{t.value[5:]}")

    def _listed_month(self, t: Timex, c: Candidate, text: str) -> Timex:
        """"July, August and September": a bare month listed after another runs on from it (its year,
        or the next after December), whatever tense the clause around the last one has."""
        m = _MONTH_VALUE.match(t.value)
        if not m or c.kind not in _MONTHS:
            return t
        y, mo = int(m.group(1)), int(m.group(2))
        prev = self.listed_month
        g = c.groups
        if (c.kind == "month" and prev and not g.get("year") and not g.get("rel") and not g.get("yrel")
                and _LIST_JOIN.fullmatch(text, prev[0], c.start)):
            y = prev[1] + (mo < prev[2])
            t = t._replace(value=D.fmt_month(y, mo))
        self.listed_month = (t.end, y, mo)
        return t

    def adjust(self, t: Timex, c: Candidate, text: str, anchor: dt.date, direction=lambda: None,
               furniture: bool = False) -> Timex:
        """t, re-anchored on the quarter under discussion when the text refers to it."""
        g = c.groups
        t = self._listed_month(t, c, text)
        if c.kind in ("md", "dm") and _DAY_VALUE.match(t.value):
            t = self._repeated_day(t, c, text)
        if (c.kind == "weekday" and not g.get("rel") and _DAY_VALUE.match(t.value[:10])
                and (w := _WEEK_AFTER.match(text, c.end))):
            monday = anchor - dt.timedelta(days=anchor.weekday() - _WEEK_SHIFT[w.group(1).lower()])
            day = monday + dt.timedelta(days=WEEKDAYS[g["wkd"].lower()])
            t = t._replace(value=D.fmt_day(day) + t.value[10:])
        # A clock time on a named day ("at 6 a.m. on Feb. 26") or a part of one ("last night") makes that
        # day the reference time too. A page's stamp dates the page, not what its story tells.
        named_day = any(g.get(k) for k in ("mon", "cmon", "wkd", "dword")) or c.kind in ("partday", "deictic")
        if not furniture and (t.type == "DATE" and (m := _CALENDAR.match(t.value)) or (
                t.type == "TIME" and named_day and (m := _CALENDAR.match(t.value[:10])))):
            self.ref, self.ref_end = m, t.end
        if t.type == "DATE" and (m := _QUARTER.match(t.value)):
            self.last_quarter = (int(m.group(1)), int(m.group(2)))
        year = g.get("year") or ""
        if c.kind == "year" and _EXPLICIT_YEAR.match(year):
            s = sentence_bounds(text, t.start, t.end)[0]
            if _OPENER.match(text[s:t.start]):
                self.year = (t.end, year)
        # "the latest quarter" is the last completed one, as good as named.
        latest = (c.kind == "rel" and (g.get("unit") or "").lower() == "quarter"
                  and (g.get("rel") or "").lower() in ("the latest", "the most recent"))
        if latest or c.kind == "quarter" and g.get("ord") and not g.get("qrel"):
            named = (int(t.value[:4]), int(t.value[-1]))
            # A results story reports the last completed quarter; another one
            # named in passing ("after a flat second quarter", an outlook for
            # "the third quarter of 1990") does not become the base of its
            # year-ago comparisons.
            reported = (anchor.year - (anchor.month <= 3), (anchor.month - 1) // 3 or 4)
            if not (self.quarter and self.quarter[1:] == reported and named != reported
                    and c.start - self.quarter[0] <= _WINDOW):
                self.quarter = (t.end, *named)
            return t
        year_back = c.kind == "yearago" or bool(g.get("qyago")) or (c.kind == "ago" and _YEAR_BACK.search(t.text))
        bare_quarter = (c.kind == "quarter" and not g.get("ord") and not g.get("year")
                        and not g.get("yrel") and not g.get("endmon")
                        and (g.get("qrel") or "").lower() in ("", "latest"))
        # "This quarter's loss includes a charge": told without a future or a perfect
        # ("has risen so far this quarter"), in a story reporting a quarter, "this
        # quarter" is that quarter, not the one under way.
        bare_quarter = bare_quarter or (
            c.kind == "rel" and (g.get("unit") or "").lower() == "quarter" and not g.get("mod")
            and (g.get("rel") or "").lower() == "this" and direction() not in (FUTURE, PLANNED, AHEAD)
            and not _UNDER_WAY.search(text, sentence_bounds(text, c.start, c.end)[0], c.end))
        if not (year_back or bare_quarter) or self.quarter is None:
            return t
        end, y, q = self.quarter
        if c.start - end > _WINDOW:
            return t
        # Each mention of the quarter under discussion keeps it under discussion.
        self.quarter = (t.end, y, q)
        self.last_quarter = (y - 1 if year_back else y, q)
        return t._replace(value=f"{y - 1 if year_back else y:04d}-Q{q}")
