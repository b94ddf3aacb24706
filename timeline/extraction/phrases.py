"""Normalisers for phrases built around another expression or with no count.

"the week of March 6", "the day before Tuesday" and "a week from Friday" take
their value from the date inside them; "the week after next" is two weeks on;
"for the week" in a market report is the week under discussion, which TimeML
leaves unnumbered; "for a while" is a length with no count at all.
"""

import datetime as dt

from . import dates as D
from . import normalise as N
from . import periods as P
from .lexicon import DEICTIC_DAYS


def _inner_day(g, anchor, direction) -> dt.date | None:
    """The calendar day of the date a compound phrase is built on."""
    if g.get("deic"):
        return anchor + dt.timedelta(days=DEICTIC_DAYS[g["deic"].lower()])
    if g.get("wkd"):
        got = N.norm_weekday(g, anchor, direction)
    elif g.get("holiday"):
        got = P.norm_holiday(g, anchor, direction)
    else:
        got = N.norm_month_day(g, anchor, direction)
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
    weeks = int(N.number_value(g["num"]))
    return "DATE", D.fmt_day(d + dt.timedelta(weeks=weeks)), ""


def norm_two_away(g, anchor, direction, text=""):
    step = 2 if g["way"].lower().startswith("after") else -2
    return N._shift_unit(anchor, g["unit"].lower(), step) + ("",)


def norm_the_week(g, anchor, direction, text=""):
    return "DATE", f"{anchor.year:04d}-WXX", ""


def norm_while(g, anchor, direction, text=""):
    return "DURATION", "PXX", ""
