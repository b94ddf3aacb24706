"""Turn a recognised candidate into a TIMEX3 (type, value, mod).

Absolute layouts that need no context are parsed here or by dateparser;
everything relative is resolved against the anchor with the tense of the
sentence (see tense.py) choosing between earlier and later readings.
"""

import datetime as dt
import functools

from dateparser.date import DateDataParser

from . import dates as D
from .lexicon import (
    DECADE_WORDS,
    DEICTIC_DAYS,
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAYS,
    number_value,
    spoken_year_value,
)
from .tense import AHEAD, DONE, FUTURE, PAST

_MODS = {
    "early": "START", "early on": "START", "late on": "END", "the beginning of": "START", "the start of": "START",
    "beginning of": "START", "start of": "START", "the first part of": "START",
    "earlier this": "START", "mid": "MID", "the middle of": "MID", "middle of": "MID",
    "late": "END", "the end of": "END", "end of": "END", "the close of": "END",
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
_REFS = {"one day": "FUTURE_REF", "then current": "PAST_REF", "then-current": "PAST_REF",
         "recently": "PAST_REF", "the past": "PAST_REF", "lately": "PAST_REF",
         "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
         "the near term": "FUTURE_REF", "the short term": "FUTURE_REF"}

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


def norm_iso(g, anchor, direction, text=""):
    y, m = int(g["year"]), int(g["month"])
    if not 1 <= m <= 12:
        return None
    if g["day"] is None:
        # "2009-10" in prose is a season or fiscal year running into the next year, not October.
        return None if m == (y + 1) % 100 else ("DATE", D.fmt_month(y, m), "")
    d = D.safe_date(y, m, int(g["day"]))
    if d is None:
        return None
    if g["hh"] is not None:
        if int(g["hh"]) > 24 or int(g["mi"]) > 59:
            return None
        return "TIME", f"{d.isoformat()}T{g['hh']}:{g['mi']}", ""
    return "DATE", D.fmt_day(d), ""


# Written dates read the same whatever the anchor; one base lets the cache
# serve every document. A leap year admits "Feb. 29" before the year is known.
_ABSOLUTE_BASE = dt.date(2000, 1, 1)


def calendar_day(g, anchor, direction) -> dt.date | None:
    """The day a written month and day name: dateparser reads the date, and
    when no year is written the sentence's tense and nearness choose one."""
    y = _year(g, anchor)
    got = _dateparser(f"{g['mon']} {g['day']}, {y or 2000}", _ABSOLUTE_BASE)
    if got is None or got[1] != "day":
        return None
    d = got[0]
    if y is not None:
        return d
    way = direction()
    if g.get("wkd"):
        # "Monday 12 May": the year in reach whose 12 May is a Monday, unless
        # that year lies against the tense (then the weekday is a slip).
        wd = WEEKDAYS[g["wkd"].lower()]
        fits = [c for yy in (anchor.year - 1, anchor.year, anchor.year + 1)
                if (c := D.safe_date(yy, d.month, d.day)) and c.weekday() == wd
                and not (way in (PAST, DONE) and c > anchor or way in (FUTURE, AHEAD) and c < anchor)]
        if len(fits) == 1:
            return fits[0]
    return D.month_day(d.month, d.day, anchor, way)


def norm_month_day(g, anchor, direction, text=""):
    d = calendar_day(g, anchor, direction)
    return ("DATE", D.fmt_day(d), _mod(g)) if d else None


def norm_month_year(g, anchor, direction, text=""):
    got = _dateparser(f"{g['mon']} {_year(g, anchor)}", _ABSOLUTE_BASE)
    if got is None or got[1] != "month":
        return None
    return "DATE", D.fmt_month(got[0].year, got[0].month), _mod(g)


def norm_month(g, anchor, direction, text=""):
    month = MONTHS[g["mon"].lower().rstrip(".")]
    rel = _rel(g)
    yrel = (g.get("yrel") or "").lower()
    if yrel:
        y = anchor.year + {"this": 0, "last": -1, "next": 1}[yrel]
    elif rel in _PAST_REL:
        y = anchor.year if month < anchor.month else anchor.year - 1
    elif rel in _NEXT_REL:
        y = anchor.year if month > anchor.month else anchor.year + 1
    elif rel == "this":
        y = anchor.year
    elif rel == "that":
        return None
    elif g.get("year"):
        y = _year(g, anchor)
    else:
        y = D.month_year(month, anchor, direction())
    return "DATE", D.fmt_month(y, month), _mod(g)


def norm_year(g, anchor, direction, text=""):
    y = _year(g, anchor)
    return "DATE", f"{y:04d}", _mod(g)


def year_pair_end(g) -> int | None:
    """The second year of "1998-99", "2009/10", "2014-2016": a year after the first, or None."""
    first, second = int(g["from"]), g["yy"]
    y = int(second) if len(second) == 4 else first - first % 100 + int(second)
    if y <= first and len(second) == 2:
        y += 100
    return y if first < y <= first + 50 else None


def norm_year_pair_end(g, anchor, direction, text=""):
    y = year_pair_end(g)
    return ("DATE", f"{y:04d}", "") if y else None


def norm_decade(g, anchor, direction, text=""):
    if g["dec"]:
        return "DATE", g["dec"][:3], _mod(g)
    yy = int(g["yy0"]) if g["yy0"] else DECADE_WORDS[g["decw"].lower()]
    century = anchor.year // 100 if yy <= anchor.year % 100 else anchor.year // 100 - 1
    return "DATE", f"{century:02d}{yy // 10}", _mod(g)


def norm_century(g, anchor, direction, text=""):
    words = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
    c = g["cent"].lower()
    n = words.get(c) or int(c[:-2])
    return "DATE", f"{n - 1:02d}", _mod(g)


def norm_weekday(g, anchor, direction, text=""):
    rel = _rel(g)
    if rel in ("that", "the same", "the following", "the previous", "the prior"):
        return None
    d = D.weekday_date(WEEKDAYS[g["wkd"].lower()], anchor, direction(), rel)
    return "DATE", D.fmt_day(d), _mod(g)


def norm_deictic(g, anchor, direction, text=""):
    word = g["word"].lower()
    d = anchor + dt.timedelta(days=DEICTIC_DAYS[word])
    part = g.get("part") or ("night" if word == "tonight" else None)
    if part:
        return "TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part.lower()]}", _mod(g)
    return "DATE", D.fmt_day(d), _mod(g)


def norm_partday(g, anchor, direction, text=""):
    word = g["word"].lower()
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[word]
    if word == "last" and g["part"].lower() != "night":
        return None
    d = anchor + dt.timedelta(days=offset)
    return "TIME", f"{d.isoformat()}T{PARTS_OF_DAY[g['part'].lower()]}", ""


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
    if rel in ("the same", "that", "the following", "early", "late", "current") or unit == "season":
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
    out = _shift_unit(anchor, unit, n)
    return (out[0], out[1], mod) if out else None


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
