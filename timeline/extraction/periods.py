"""Normalisers for calendar parts, holidays, durations, sets and clock times."""

import datetime as dt

from . import dates as D
from .lexicon import DEICTIC_DAYS, MONTHS, PARTS_OF_DAY, SEASONS, SET_ADVERBS, UNITS, WEEKDAYS, number_value
from .normalise import (
    _APPROX,
    _NEXT_REL,
    _PAST_REL,
    _dateparser,
    _mod,
    _rel,
    _shift_unit,
    _year,
    calendar_day,
)
from .tense import AHEAD, DONE, FUTURE, PAST

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


def norm_numeric(g, anchor, direction, text=""):
    got = _dateparser(text, anchor)
    return ("DATE", D.fmt_day(got[0]), "") if got else None


def norm_day_month(g, anchor, direction, text=""):
    d = calendar_day(g, anchor, direction)
    return ("DATE", D.fmt_day(d), _mod(g)) if d else None


def norm_month_day_only(g, anchor, direction, text=""):
    if g.get("mon"):
        return norm_day_month(g, anchor, direction, text)
    day = int(g["day"])
    cands = [d for k in (-2, -1, 0, 1, 2) if (d := D.safe_date(*D.add_months(anchor.year, anchor.month, k), day))]
    o = anchor.toordinal()
    return "DATE", D.fmt_day(D.pick(cands, lambda d: (d.toordinal(), d.toordinal()), o, direction())), ""


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
    elif qrel == "current" or (not qrel and direction() in (FUTURE, AHEAD)):
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


# A fraction of a unit is written in the next smaller one: "2 1/2 years" is
# P2Y6M, "a day and a half" P1DT12H (TIMEX3 has no fractional counts).
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60),
            "M_time": ("S", 60), "C": ("Y", 100)}


def _duration_value(n: float | None, unit: str) -> str:
    letter, is_time, size = UNITS[unit]
    if letter == "E":
        letter, size = "Y", 10
    if n is None:
        return ("PT" if is_time else "P") + "X" + letter
    total = n * size
    whole, frac = int(total), total - int(total)
    smaller = _SMALLER.get(letter + ("_time" if is_time and letter == "M" else ""))
    if not frac or smaller is None or (frac * smaller[1]) % 1:
        count = str(whole) if not frac else f"{total:g}"
        return ("PT" if is_time else "P") + count + letter
    small, per = smaller
    head = ("PT" if is_time else "P") + (f"{whole}{letter}" if whole else "")
    return head + ("T" if small == "H" else "") + f"{int(frac * per)}{small}"


def _unit(word: str) -> str:
    u = word.lower()
    if u.startswith("centur"):
        return "century"
    if u.startswith("millenni"):
        return "millennium"
    return u[:-1] if u.endswith("s") and u[:-1] in UNITS else u


def norm_duration(g, anchor, direction, text=""):
    if g.get("vague"):
        return "DURATION", _duration_value(None, _unit(g["vague"])), ""
    num = g["num"].lower()
    unit = _unit(g["unit"])
    n = number_value(num)
    if unit == "second" and num in ("a", "an", "one") and not text.endswith(("second", "seconds")):
        return None
    if n is not None and "and a half" in text.lower():
        n += 0.5
    mod = _APPROX.get((g.get("approx") or "").lower(), "") or ("APPROX" if g.get("orso") else "")
    return "DURATION", _duration_value(n, unit), mod


def norm_holiday_set(g, anchor, direction, text=""):
    days = {D.holiday(g["holiday"], y) for y in (anchor.year, anchor.year + 1)}
    if None in days:
        return None
    # A holiday on a fixed date recurs on that day; a movable one in its month.
    dates = sorted(days)
    if (dates[0].month, dates[0].day) == (dates[-1].month, dates[-1].day):
        return "SET", f"XXXX-{dates[0].month:02d}-{dates[0].day:02d}", ""
    return "SET", f"XXXX-{dates[0].month:02d}", ""


def norm_in_future(g, anchor, direction, text=""):
    unit = _unit(g["unit"])
    n = number_value(g["num"])
    approx = _APPROX.get((g.get("approx") or "").lower(), "")
    vague = n is None or (g.get("orso") or "").lower() in ("or two", "or three")
    if (direction() not in (FUTURE, AHEAD) or unit not in ("day", "week", "month", "year")
            or approx not in ("", "APPROX") or (not vague and n != int(n))):
        return norm_duration(g, anchor, direction, text)
    if vague:
        return "DATE", "FUTURE_REF", ""
    return (*_shift_unit(anchor, unit, int(n)), approx or ("APPROX" if g.get("orso") else ""))


def norm_long_duration(g, anchor, direction, text=""):
    unit = _unit(g["unit"])
    if g.get("plural") and not g.get("num"):
        return "DURATION", _duration_value(None, unit), ""
    return "DURATION", _duration_value(number_value(g.get("num") or "one"), unit), ""


def norm_set(g, anchor, direction, text=""):
    if g.get("adv"):
        return "SET", SET_ADVERBS[g["adv"].lower()], ""
    if g.get("mon"):
        return "SET", f"XXXX-{MONTHS[g['mon'].lower().rstrip('.')]:02d}", ""
    if g.get("wkd"):
        part = f"T{PARTS_OF_DAY[g['part'].lower()]}" if g.get("part") else ""
        return "SET", f"XXXX-WXX-{WEEKDAYS[g['wkd'].lower()] + 1}{part}", ""
    unit = g["unit"].lower()
    if unit.capitalize() in {w.capitalize() for w in WEEKDAYS if len(w) > 4}:
        return "SET", f"XXXX-WXX-{WEEKDAYS[unit] + 1}", ""
    if unit in PARTS_OF_DAY and g.get("q"):
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", ""
    if unit in SEASONS:
        return "SET", f"XXXX-{SEASONS[unit]}", ""
    n = number_value(g["num"]) if g.get("num") else 1
    if g.get("other"):
        n = 2
    return "SET", _duration_value(n, _unit(unit)), ""


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


def norm_yearago(g, anchor, direction, text=""):
    if g.get("unit"):
        y, q = D.quarter_of(anchor)
        k = y * 4 + q - 1 - 5
        return "DATE", f"{k // 4:04d}-Q{k % 4 + 1}", ""
    return "DATE", f"{anchor.year - 1:04d}", ""


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


def norm_month_quarter(g, anchor, direction, text=""):
    month = MONTHS[g["mon"].lower().rstrip(".")]
    y = D.month_year(month, anchor, direction())
    return "DATE", f"{y:04d}-Q{(month - 1) // 3 + 1}", ""


def norm_nth_day(g, anchor, direction, text=""):
    # "It's" and "this is" name the story's own day, as "today" does.
    return "DATE", D.fmt_day(anchor + dt.timedelta(days=DEICTIC_DAYS.get(g["dword"].lower(), 0))), ""
