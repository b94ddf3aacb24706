"""Readings of calendar dates and times: days, months, years, decades, weekdays, holidays, clock times."""

import datetime as dt

from . import dates as D
from .lexicon import (
    DECADE_WORDS,
    DEICTIC_DAYS,
    MONTHS,
    PARTS_OF_DAY,
    WEEKDAYS,
    number_value,
)
from .normalise import _ABSOLUTE_BASE, _NEXT_REL, _PAST_REL, _dateparser, _mod, _rel, _year
from .tense import AHEAD, DONE, FUTURE, PAST, PLANNED


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


def calendar_day(g, anchor, direction) -> dt.date | None:
    """The day a written month and day name: dateparser reads the date, and
    when no year is written the sentence's tense and nearness choose one."""
    y = _year(g, anchor)
    if g.get("yrel"):
        y = anchor.year + {"this": 0, "last": -1, "next": 1}[g["yrel"].lower()]
    got = _dateparser(f"{g['mon']} {g['day']}, {y or 2000}", _ABSOLUTE_BASE)
    if got is None or got[1] != "day":
        return None
    d = got[0]
    if y is not None:
        return d
    way = direction()
    nearest = D.month_day(d.month, d.day, anchor, way)
    # "Monday 12 May": the year in reach whose 12 May is a Monday, unless that year lies against the
    # tense, or the date without it falls within a week of the story (then the weekday is a slip:
    # "on Monday, January 11" in the paper of January 12 is not a year back).
    # When no year in reach agrees with both, the written weekday outweighs the tense ("is repeated on Thursday
    # 19 August", read past from its participle, is this year's Thursday, not last year's Wednesday).
    if g.get("wkd") and (nearest is None or abs((nearest - anchor).days) > 7):
        wd = WEEKDAYS[g["wkd"].lower()]
        fits = [c for yy in (anchor.year - 1, anchor.year, anchor.year + 1)
                if (c := D.safe_date(yy, d.month, d.day)) and c.weekday() == wd]
        tensed = [c for c in fits
                  if not (way in (PAST, DONE) and c > anchor or way in (FUTURE, PLANNED, AHEAD) and c < anchor)]
        if len(tensed) == 1 or not tensed and len(fits) == 1:
            return (tensed or fits)[0]
    return nearest


def norm_month_day(g, anchor, direction, text=""):
    d = calendar_day(g, anchor, direction)
    return ("DATE", D.fmt_day(d), _mod(g)) if d else None


def norm_day_month(g, anchor, direction, text=""):
    d = calendar_day(g, anchor, direction)
    return ("DATE", D.fmt_day(d), _mod(g)) if d else None


def norm_numeric(g, anchor, direction, text=""):
    got = _dateparser(text, anchor)
    return ("DATE", D.fmt_day(got[0]), "") if got else None


def norm_month_day_only(g, anchor, direction, text=""):
    if g.get("mon"):
        return norm_day_month(g, anchor, direction, text)
    day = int(g["day"])
    cands = [d for k in (-2, -1, 0, 1, 2) if (d := D.safe_date(*D.add_months(anchor.year, anchor.month, k), day))]
    o = anchor.toordinal()
    return "DATE", D.fmt_day(D.pick(cands, lambda d: (d.toordinal(), d.toordinal()), o, direction())), ""


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


def norm_month_range_start(g, anchor, direction, text=""):
    """The first month of a range takes the year written at its end (the year before when the range runs
    over New Year). With no year, a range told as coming starts where its first month is read; any other
    ends where its last month is read ("runs June through September" in March: this year's)."""
    month, end = MONTHS[g["mon"].lower().rstrip(".")], MONTHS[g["endmon"].lower().rstrip(".")]
    if g.get("year"):
        y = _year(g, anchor) - (month > end)
    elif direction() in (FUTURE, PLANNED, AHEAD):
        y = D.month_year(month, anchor, direction())
    else:
        y = D.month_year(end, anchor, direction()) - (month > end)
    return "DATE", D.fmt_month(y, month), _mod(g)


def _circa(g) -> str:
    return "APPROX" if g.get("circa") or g.get("circa2") else ""


def norm_year(g, anchor, direction, text=""):
    y = _year(g, anchor)
    return "DATE", f"{y:04d}", _mod(g) or _circa(g)


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
        return "DATE", g["dec"][:3], _mod(g) or _circa(g)
    yy = int(g["yy0"]) if g["yy0"] else DECADE_WORDS[g["decw"].lower()]
    century = anchor.year // 100 if yy <= anchor.year % 100 else anchor.year // 100 - 1
    return "DATE", f"{century:02d}{yy // 10}", _mod(g) or _circa(g)


def norm_century(g, anchor, direction, text=""):
    words = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
    c = g["cent"].lower()
    n = words.get(c) or int(c[:-2])
    return "DATE", f"{n - 1:02d}", _mod(g)


def norm_weekday(g, anchor, direction, text=""):
    rel = _rel(g)
    if rel in ("that", "the same", "the following", "the previous", "the prior"):
        return None
    wd = WEEKDAYS[g["wkd"].lower()]
    if g.get("show") and not rel and direction() not in (PAST, DONE) and (wd - anchor.weekday()) % 7 > 1:
        # "Tuesday's programme explores ...": a listing's coming broadcast or a show's regular day,
        # which the tense does not place; a preview's "Saturday's show" on Friday is tomorrow's.
        return None
    if g.get("paper") and not rel and direction() not in (FUTURE, AHEAD):
        # A paper quoted is out already, or out tomorrow (its early edition is on sale the evening before):
        # "Monday's paper" in a Sunday piece is tomorrow's.
        tomorrow = anchor + dt.timedelta(days=1)
        d = tomorrow if tomorrow.weekday() == wd else D.weekday_date(wd, anchor, PAST)
        return "DATE", D.fmt_day(d), _mod(g)
    d = D.weekday_date(wd, anchor, direction(), rel)
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


def norm_nth_day(g, anchor, direction, text=""):
    # "It's" and "this is" name the story's own day, as "today" does.
    return "DATE", D.fmt_day(anchor + dt.timedelta(days=DEICTIC_DAYS.get(g["dword"].lower(), 0))), ""


def norm_holiday(g, anchor, direction, text=""):
    name = g["holiday"]
    y = _year(g, anchor)
    rel = _rel(g)
    if y is None:
        cands = [(d, d) for yy in (anchor.year - 1, anchor.year, anchor.year + 1)
                 if (d := D.holiday(name, yy))]
        if not cands:
            return None
        o = anchor.toordinal()
        if rel in _PAST_REL:
            way = "past"
        elif rel in _NEXT_REL:
            way = "future"
        else:
            way = direction()
            # "will light up this Fourth of July": "this" names the nearest one, even just gone.
            way = FUTURE if rel == "this" and way == AHEAD else way
        if g.get("hweek"):
            # "as Easter week began": the reading is the whole week, not its holiday.
            cands = [(d, d - dt.timedelta(days=d.weekday()), d + dt.timedelta(days=6 - d.weekday()))
                     for d, _ in cands]
        d = D.pick(cands, lambda c: (c[-2].toordinal(), c[-1].toordinal()), o, way)[0]
    else:
        d = D.holiday(name, y)
    if d is None:
        return None
    if (g.get("hweek") or "").strip().lower() == "weekend":
        # "Labor Day weekend", "Thanksgiving weekend": the Saturday and Sunday nearest the holiday.
        back, ahead = (d.weekday() - 5) % 7, (5 - d.weekday()) % 7
        saturday = d - dt.timedelta(days=back) if back < ahead else d + dt.timedelta(days=ahead)
        return "DATE", D.fmt_week(saturday) + "-WE", ""
    return "DATE", D.fmt_week(d) if g.get("hweek") else D.fmt_day(d), ""


def norm_clock(g, anchor, direction, text=""):
    d = anchor
    if g.get("cday"):
        g = {**g, "day": g["cday"], "mon": g["cmon"], "year": g["cyear"]}
    if g.get("mon") and g.get("wkd"):
        d = calendar_day(g, anchor, direction)
        if d is None:
            return None
    elif g.get("mon"):
        y = _year(g, anchor)
        month = MONTHS[g["mon"].lower().rstrip(".")]
        d = D.safe_date(y, month, int(g["day"])) if y else D.month_day(month, int(g["day"]), anchor,
                                                                        direction())
        if d is None:
            return None
    elif g.get("wkd"):
        d = D.weekday_date(WEEKDAYS[g["wkd"].lower()], anchor, direction())
    if g.get("dword"):
        d = anchor + dt.timedelta(days=DEICTIC_DAYS[g["dword"].lower()])
    if g.get("word"):
        hhmm = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[g["word"].lower()]
        return "TIME", f"{d.isoformat()}T{hhmm}", ""
    h = int(number_value(g["hh"]))
    mi = int(g["mi"] or 0)
    if g.get("inpart"):
        evening = "morning" not in g["inpart"].lower()
        h = h % 12 + (12 if evening else 0)
        return "TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}", ""
    if g.get("ap") is None:
        return "TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}", ""
    ap = g["ap"].lower()
    if h > 12 or (h == 0 and "o'clock" not in ap):
        return None
    if ap.startswith("p") and h < 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    return "TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}", ""
