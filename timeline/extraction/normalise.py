"""Helpers the readers share: dateparser for written dates, modifiers, years, shifts by a unit."""

import datetime as dt
import functools

from dateparser.date import DateDataParser

from . import dates as D
from .lexicon import (
    spoken_year_value,
)

_MODS = {
    "early": "START", "early on": "START", "late on": "END", "the beginning of": "START", "the start of": "START",
    "beginning of": "START", "start of": "START", "the first part of": "START",
    "earlier this": "START", "mid": "MID", "the middle of": "MID", "middle of": "MID",
    "late": "END", "the end of": "END", "end of": "END", "end": "END", "the close of": "END",
    "the latter part of": "END", "later this": "END", "the turn of": "APPROX",
    "earlier in": "START", "later in": "END",
}


_APPROX = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "just under": "LESS_THAN", "barely": "LESS_THAN",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
    "well over": "MORE_THAN", "a little over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE",
}


_PAST_REL = {"last", "past", "the past", "previous", "the previous", "prior", "the prior", "the last",
             "this past"}


_NEXT_REL = {"next", "the next", "coming", "the coming", "this coming", "the following"}


_parser = DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})


@functools.lru_cache(maxsize=4096)
def _dateparser(text: str, anchor: dt.date) -> tuple[dt.date, str] | None:
    """dateparser's reading of a written date, relative to anchor: (date, period) or None."""
    base = dt.datetime(anchor.year, anchor.month, anchor.day)
    _parser._settings.RELATIVE_BASE = base
    data = _parser.get_date_data(text)
    if data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


def _mod(g: dict) -> str:
    m = (g.get("mod") or "").lower()
    rel = (g.get("rel") or "").lower()
    return _MODS.get(m) or _MODS.get(rel, "")


def _year(g: dict, anchor: dt.date) -> int | None:
    if g.get("spoken"):
        return spoken_year_value(g["spoken"])
    y = g.get("year")
    return D.expand_year(y, anchor) if y else None


def _rel(g: dict) -> str:
    return (g.get("rel") or "").lower().strip()


def _shift_unit(anchor: dt.date, unit: str, n: int) -> tuple[str, str] | None:
    """Value (and type) of the anchor's unit moved by n units."""
    if unit == "day":
        return "DATE", D.fmt_day(anchor + dt.timedelta(days=n))
    if unit in ("week", "weekend"):
        d = anchor + dt.timedelta(weeks=n)
        return "DATE", D.fmt_week(d) + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        return "DATE", D.fmt_month(*D.add_months(anchor.year, anchor.month, n))
    if unit == "quarter":
        y, q = D.quarter_of(anchor)
        k = y * 4 + q - 1 + n
        return "DATE", f"{k // 4:04d}-Q{k % 4 + 1}"
    if unit == "year":
        return "DATE", f"{anchor.year + n:04d}"
    if unit == "decade":
        return "DATE", f"{anchor.year // 10 + n:03d}"
    if unit == "century":
        return "DATE", f"{anchor.year // 100 + n:02d}"
    return None


# Written dates read the same whatever the anchor; one base lets the cache
# serve every document. A leap year admits "Feb. 29" before the year is known.
_ABSOLUTE_BASE = dt.date(2000, 1, 1)
