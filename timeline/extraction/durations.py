"""Readings of durations and sets: lengths of time and what recurs."""



from . import dates as D
from .lexicon import (
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    SET_ADVERBS,
    UNITS,
    WEEKDAYS,
    number_value,
)
from .normalise import _APPROX

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


def norm_long_duration(g, anchor, direction, text=""):
    unit = _unit(g["unit"])
    if g.get("plural") and not g.get("num"):
        return "DURATION", _duration_value(None, unit), ""
    return "DURATION", _duration_value(number_value(g.get("num") or "one"), unit), ""


def norm_while(g, anchor, direction, text=""):
    return "DURATION", "PXX", ""


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


def norm_holiday_set(g, anchor, direction, text=""):
    days = {D.holiday(g["holiday"], y) for y in (anchor.year, anchor.year + 1)}
    if None in days:
        return None
    # A holiday on a fixed date recurs on that day; a movable one in its month.
    dates = sorted(days)
    if (dates[0].month, dates[0].day) == (dates[-1].month, dates[-1].day):
        return "SET", f"XXXX-{dates[0].month:02d}-{dates[0].day:02d}", ""
    return "SET", f"XXXX-{dates[0].month:02d}", ""
