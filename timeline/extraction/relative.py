"""Readings of relative phrases: "last year", "three days ago", "the week of", "the day before", refs."""

import datetime as dt
import re

from . import dates as D
from .calendar import norm_holiday, norm_month_day, norm_weekday
from .durations import _unit, norm_duration
from .lexicon import (
    DEICTIC_DAYS,
    NUM_WORD_RE,
    SEASONS,
    number_value,
)
from .normalise import _APPROX, _NEXT_REL, _PAST_REL, _mod, _rel, _shift_unit
from .tense import AHEAD, DONE, FUTURE, PAST, PLANNED

_REFS = {"one day": "FUTURE_REF", "then current": "PAST_REF", "then-current": "PAST_REF",
         "recently": "PAST_REF", "the past": "PAST_REF", "lately": "PAST_REF",
         "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
         "the near term": "FUTURE_REF", "the short term": "FUTURE_REF"}


def norm_ref(g, anchor, direction, text=""):
    ref = g["ref"].lower()
    if ref == "soon":
        # "was soon released": a past sequence of events, not a time; a modal
        # ("may soon seek") keeps it ahead whatever the reporting verb.
        return None if not g.get("modal") and direction() in (PAST, DONE) else ("DATE", "FUTURE_REF", "")
    if ref.startswith("future"):
        return "DATE", "FUTURE_REF", ""
    if ref in _REFS:
        return "DATE", _REFS[ref], ""
    if ref.startswith("recent"):
        return "DATE", "PAST_REF", ""
    return "DATE", "PRESENT_REF", ""


def norm_rel(g, anchor, direction, text=""):
    rel, unit = _rel(g), g["unit"].lower()
    mod = _mod(g) or ("APPROX" if g.get("orso") else "")
    if unit in SEASONS:
        y = D.season_year(SEASONS[unit], anchor, direction(), rel)
        return "DATE", f"{y:04d}-{SEASONS[unit]}", mod
    if rel in ("the same", "that", "the following", "early", "late", "current"):
        return None
    # "the last/next decade" is the ten years up to or from now, not a calendar decade;
    # "the past century" the hundred years up to now ("last century", "the next century"
    # are calendar centuries).
    if unit == "decade" and (rel in _PAST_REL or rel in ("the next", "the coming")):
        return "DURATION", "P10Y", ""
    if unit == "century" and rel in ("the past", "past", "the last"):
        return "DURATION", "P100Y", ""
    if unit in ("quarter", "year") and rel in ("the latest", "the most recent"):
        rel = "last"
    n = -1 if rel in _PAST_REL else 1 if rel in _NEXT_REL else 0
    # "marched through the capital this weekend" in Monday's paper: the weekend just gone.
    if unit == "weekend" and rel == "this" and anchor.weekday() < 5 and direction() in (PAST, DONE):
        n = -1
    out = _shift_unit(anchor, unit, n)
    return (out[0], out[1], mod) if out else None


def norm_season_of_play(g, anchor, direction, text=""):
    rel = " ".join(_rel(g).split())
    if rel in _PAST_REL:
        return "DATE", "PAST_REF", ""
    if rel in _NEXT_REL or rel in ("the upcoming", "the coming"):
        return "DATE", "FUTURE_REF", ""
    return "DATE", "PRESENT_REF", ""


_SMALLER_UNIT = {"century": ("year", 100), "decade": ("year", 10), "year": ("month", 12),
                 "quarter": ("month", 3), "month": ("week", 4), "fortnight": ("day", 14), "week": ("day", 7)}


def norm_ago(g, anchor, direction, text=""):
    n = number_value(g["num"])
    unit = g["unit"].lower().rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    way = g["dir"].lower()
    # "three days later", "30 days before the vote" count from a time the
    # story set, not from the anchor: TimeML marks the amount as a DURATION
    # and the direction word as a signal. "A year earlier" in a comparison of
    # results is the same period a year back, a date.
    if way in ("later", "before") or (way == "earlier" and unit != "year"):
        return None
    sign = -1 if way in ("ago", "back", "earlier") else 1
    if n is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", ""
    approx = _APPROX.get((g.get("approx") or "").lower(), "") or ("APPROX" if g.get("orso") else "")
    # "more than a year ago" lies before the point a year back, "nearly" after it.
    if approx in ("MORE_THAN", "EQUAL_OR_MORE"):
        mod = "BEFORE" if sign < 0 else "AFTER"
    elif approx in ("LESS_THAN", "EQUAL_OR_LESS"):
        mod = "AFTER" if sign < 0 else "BEFORE"
    else:
        mod = approx
    if "and a half" in text.lower():
        n += 0.5
    # "half a year ago", "a quarter century ago": a fraction counts in the next smaller unit.
    while n != int(n) and unit in _SMALLER_UNIT:
        unit, per = _SMALLER_UNIT[unit]
        n *= per
    n = round(n)
    if unit == "fortnight":
        unit, n = "week", 2 * n
    if unit in ("second", "minute", "hour"):
        return "DATE", D.fmt_day(anchor), mod
    if unit == "day":
        return "DATE", D.fmt_day(anchor + dt.timedelta(days=sign * n)), mod
    out = _shift_unit(anchor, unit, sign * n)
    return (out[0], out[1], mod) if out else None


def norm_in_future(g, anchor, direction, text=""):
    unit = _unit(g["unit"])
    n = number_value(g["num"])
    approx = _APPROX.get((g.get("approx") or "").lower(), "")
    vague = n is None or (g.get("orso") or "").lower() in ("or two", "or three")
    if (direction() not in (FUTURE, PLANNED, AHEAD) or unit not in ("day", "week", "month", "year")
            or approx not in ("", "APPROX") or (not vague and n != int(n))):
        return norm_duration(g, anchor, direction, text)
    if vague:
        return "DATE", "FUTURE_REF", ""
    return (*_shift_unit(anchor, unit, int(n)), approx or ("APPROX" if g.get("orso") else ""))


def _inner_day(g, anchor, direction) -> dt.date | None:
    """The calendar day of the date a compound phrase is built on."""
    if g.get("deic"):
        return anchor + dt.timedelta(days=DEICTIC_DAYS[g["deic"].lower()])
    if g.get("wkd"):
        got = norm_weekday(g, anchor, direction)
    elif g.get("holiday"):
        got = norm_holiday(g, anchor, direction)
    else:
        got = norm_month_day(g, anchor, direction)
    return dt.date.fromisoformat(got[1]) if got else None


def norm_week_of(g, anchor, direction, text=""):
    d = _inner_day(g, anchor, direction)
    return ("DATE", D.fmt_week(d), "") if d else None


def norm_day_shift(g, anchor, direction, text=""):
    d = _inner_day(g, anchor, direction)
    if d is None:
        return None
    step = 1 if g["way"].lower().endswith("after") else -1
    return "DATE", D.fmt_day(d + dt.timedelta(days=step)), ""


def norm_week_shift(g, anchor, direction, text=""):
    d = _inner_day(g, anchor, direction)
    if d is None:
        return None
    weeks = int(number_value(g["num"]))
    return "DATE", D.fmt_day(d + dt.timedelta(weeks=weeks)), ""


def norm_two_away(g, anchor, direction, text=""):
    step = 2 if g["way"].lower().startswith("after") else -2
    return _shift_unit(anchor, g["unit"].lower(), step) + ("",)


def norm_the_week(g, anchor, direction, text=""):
    return "DATE", f"{anchor.year:04d}-WXX", ""


# "Two years ago on the 23rd of April", "in May a year ago", "a year ago today", "ten years ago this week",
# "a week ago Tuesday": a day, month or week joined to a time ago is the one that far back, not the one near
# the story's day. "Up 3% from a year ago in May" compares this May with the year before: no such join.
_TIME_AGO = r"(?P<num>" + NUM_WORD_RE + r")[\s-]+(?P<unit>year|month|week)s?\s+ago"
_AGO_BEFORE = re.compile(r"(?<!\bfrom\s)(?<!\bthan\s)(?<!\bwith\s)(?<!\bover\s)(?<!\bversus\s)(?<!\bsince\s)\b"
                         + _TIME_AGO + r"\s*,?\s*(?:(?:on|in|at)\s+)?$", re.I)
_AGO_AFTER = re.compile(r",?\s+" + _TIME_AGO + r"\b", re.I)
# The kinds whose reading a time ago joined to them moves back; a kind with no year of its own is moved by years.
AGO_JOINED = {"md", "dm", "month", "holiday", "season", "mday", "weekday", "deictic", "rel"}
_YEARLESS = {"md", "dm", "month", "holiday", "season"}


def back_in_time(kind: str, g: dict, text: str, start: int, end: int, base: dt.date):
    """(groups, base) a candidate is read with when a time ago is joined to it ("a year ago today": the base a
    year back); None when the join leaves it no date ("two years ago on Friday": which Friday?); (g, base)
    unchanged without a join."""
    m = _AGO_BEFORE.search(text, max(0, start - 40), start) or _AGO_AFTER.match(text, end)
    n = number_value(m.group("num")) if m else None
    if n is None or n != int(n) or g.get("year") or (kind == "rel" and _rel(g) not in ("this", "last", "next")):
        return g, base
    n, unit = int(n), m.group("unit").lower()
    if unit == "year" and kind in _YEARLESS:
        return {**g, "year": str(base.year - n)}, base
    if kind == "weekday" and unit != "week":
        return None
    if unit == "week":
        return g, base - dt.timedelta(weeks=n)
    y, mo = D.add_months(base.year, base.month, -n * (12 if unit == "year" else 1))
    return g, D.safe_date(y, mo, base.day) or D.safe_date(y, mo, 28)
