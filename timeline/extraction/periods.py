"""Readings of the parts of a year: quarters, halves, seasons, reported years, weekends, weeks of a month."""

import datetime as dt

from . import dates as D
from .lexicon import (
    MONTHS,
    SEASONS,
    number_value,
)
from .normalise import _mod, _rel, _year
from .tense import AHEAD, DONE, FUTURE, PAST, PLANNED

_HALF = {"first": 1, "1st": 1, "front": 1, "second": 2, "2nd": 2, "latter": 2, "last": 2,
         "back": 2}


def _ord(g) -> int:
    return {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
            "fourth": 4, "4th": 4, "final": 4}[g["ord"].lower()]


def _yrel(g, anchor) -> int | None:
    y = _year(g, anchor)
    if y is not None:
        return y
    yrel = (g.get("yrel") or "").lower()
    return {"this": anchor.year, "the": anchor.year, "last": anchor.year - 1,
            "next": anchor.year + 1}.get(yrel)


def _reported_quarter(anchor: dt.date) -> int:
    """The quarter a results story is about: the last one completed."""
    return (anchor.month - 1) // 3 or 4


def norm_quarter(g, anchor, direction, text=""):
    qrel = "year-ago" if g.get("qyago") else (g.get("qrel") or "").lower()
    if not g.get("ord") and (g.get("year") or g.get("yrel")):
        y = _yrel(g, anchor)
        return "DATE", f"{y:04d}-Q{_reported_quarter(anchor)}", ""
    if g.get("ord"):
        n = _ord(g)
        y = _yrel(g, anchor)
        if y is None and g.get("endmon"):
            # A fiscal quarter keeps its label and takes the year its reported end falls in.
            y = _end_year(g, anchor, direction)
        if y is None:
            if qrel in ("last", "previous", "past", "year-earlier", "year-ago"):
                y = D.part_year(n, 3, anchor, "past") - (qrel.startswith("year") or 0)
            elif qrel in ("next", "coming"):
                y = D.part_year(n, 3, anchor, "future")
            else:
                y = D.part_year(n, 3, anchor, direction())
        return "DATE", f"{y:04d}-Q{n}", _mod(g)
    if qrel in ("same",):
        return None
    if g.get("endmon"):
        return "DATE", _quarter_ended(g, anchor, direction), _mod(g)
    y, q = D.quarter_of(anchor)
    k = y * 4 + q - 1
    if qrel in ("next", "coming"):
        k += 1
    elif qrel == "current" or (not qrel and direction() in (FUTURE, PLANNED, AHEAD)):
        pass
    elif qrel in ("year-earlier", "year-ago"):
        k -= 5
    else:
        k -= 1
    return "DATE", f"{k // 4:04d}-Q{k % 4 + 1}", _mod(g)


def _end_year(g, anchor, direction) -> int:
    if g.get("endyear"):
        return int(g["endyear"])
    month = MONTHS[g["endmon"].lower().rstrip(".")]
    if g["ended"].lower() == "ended":
        # A quarter reported as ended closed on or before the story's day.
        return anchor.year - ((month, int(g["endday"])) > (anchor.month, anchor.day))
    return D.month_year(month, anchor, direction())


def _quarter_ended(g, anchor, direction) -> str:
    """The calendar quarter holding most of the three months up to the end date."""
    month = MONTHS[g["endmon"].lower().rstrip(".")]
    y = _end_year(g, anchor, direction)
    # Three months ending late in a month centre on the month before it;
    # ending early in one, on the month two before.
    y, middle = D.add_months(y, month, -1 if int(g["endday"]) >= 15 else -2)
    return f"{y:04d}-Q{(middle - 1) // 3 + 1}"


def norm_month_quarter(g, anchor, direction, text=""):
    month = MONTHS[g["mon"].lower().rstrip(".")]
    y = D.month_year(month, anchor, direction())
    return "DATE", f"{y:04d}-Q{(month - 1) // 3 + 1}", ""


def norm_month_week(g, anchor, direction, text=""):
    month = MONTHS[g["mon"].lower().rstrip(".")]
    y = _year(g, anchor) or D.month_year(month, anchor, direction())
    nth = g["nth"].lower()
    if nth in ("last", "final"):
        day = dt.date(*D.add_months(y, month, 1), 1) - dt.timedelta(days=4)
    else:
        # The ISO week holding the middle of the n-th seven days of the month.
        day = dt.date(y, month, 4 + 7 * ("first", "second", "third", "fourth").index(nth))
    return "DATE", D.fmt_week(day), ""


def norm_year_part(g, anchor, direction, text=""):
    months = number_value(g["num"]) * (3 if g["unit"].lower().startswith("quarter") else 1)
    code = {3: "Q", 6: "H"}.get(months)
    if code is None:
        return None
    y = _yrel(g, anchor)
    last = g["edge"].lower() != "first"
    return "DATE", f"{y:04d}-{code}{(12 // months) if last else 1}", ""


def norm_qcode(g, anchor, direction, text=""):
    q = g.get("q1") or g.get("q2") or g.get("q3")
    n = int(q[-1])
    y = int(g.get("y2") or g.get("y3") or 0) or _year(g, anchor)
    if y is None:
        y = D.part_year(n, 3, anchor, direction())
    return "DATE", f"{y:04d}-Q{n}", ""


def norm_fincode(g, anchor, direction, text=""):
    two_digits = g.get("qyy") or g.get("hyy") or g.get("h2yy") or g.get("fyy")
    y = D.expand_year("'" + two_digits, anchor) if two_digits else _year(g, anchor)
    if g.get("fyy"):
        return "DATE", f"{y:04d}", ""
    if g.get("q"):
        return "DATE", f"{y:04d}-Q{g['q']}", ""
    return "DATE", f"{y:04d}-H{g.get('h') or g['h2']}", ""


def norm_half(g, anchor, direction, text=""):
    n = _HALF[g["ord"].lower()]
    y = _yrel(g, anchor)
    if y is None:
        y = D.part_year(n, 6, anchor, direction())
    return "DATE", f"{y:04d}-H{n}", _mod(g)


def norm_season(g, anchor, direction, text=""):
    season = SEASONS[g["season"].lower()]
    y = _year(g, anchor)
    rel = _rel(g)
    if rel in ("that", "the same", "the following"):
        return None
    if y is None:
        y = D.season_year(season, anchor, direction(), rel)
    return "DATE", f"{y:04d}-{season}", _mod(g)


def norm_weekend(g, anchor, direction, text=""):
    saturday = D.weekday_date(5, anchor, direction())
    return "DATE", D.fmt_week(saturday) + "-WE", _mod(g)


def norm_fyear(g, anchor, direction, text=""):
    # "the year ended Sept. 30" is a reporting period, a year long.
    if g.get("ended"):
        return "DURATION", "P1Y", ""
    end = (g.get("end") or "").lower()
    # The compound "year-end" is the closing day: "by year-end" the last day of this year, "since
    # year-end" (told in the past) the last day of the one before. "The end of the year", "by year
    # end", "by year's end" stay the last part of the year (as news annotation reads them).
    if end == "year-end":
        year = anchor.year - 1 if direction() in (PAST, DONE) else anchor.year
        return "DATE", f"{year:04d}-12-31", ""
    return "DATE", f"{anchor.year:04d}", "END" if end else ""


def norm_yearago(g, anchor, direction, text=""):
    if g.get("unit"):
        y, q = D.quarter_of(anchor)
        k = y * 4 + q - 1 - 5
        return "DATE", f"{k // 4:04d}-Q{k % 4 + 1}", ""
    return "DATE", f"{anchor.year - 1:04d}", ""
