"""Calendar arithmetic and TIMEX3 value formatting."""

import datetime as dt
import functools

import holidays

from .lexicon import HOLIDAY_SPECS, holiday_key
from .tense import AHEAD, DONE, FUTURE, PAST, PLANNED

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def fmt_day(d: dt.date) -> str:
    return d.isoformat()


def fmt_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def fmt_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def expand_year(text: str, anchor: dt.date) -> int:
    """4-digit year; "'98" takes the century that puts it nearest the anchor."""
    if text[0] in "'’":
        yy = int(text[1:])
        base = anchor.year - anchor.year % 100
        cands = [base - 100 + yy, base + yy, base + 100 + yy]
        return min(cands, key=lambda y: (abs(y - anchor.year - 5), y))
    return int(text)


def pick(cands: list, key, anchor_key: int, direction: str | None):
    """Choose among yearly recurrences of a date-like thing.

    key(c) gives (start, end) ordinals of candidate c; anchor_key is the
    anchor's ordinal. The nearest reading wins, but one lying against the
    sentence's tense (after the anchor in a past-tense sentence, or before it
    in a future one) counts three times as far: tense decides between close
    readings, nearness overrides a tense reading a year away. After a verb of
    a finished event ("took effect Aug. 7") a later reading, and after time
    granted or moved ("has until Jan. 19") an earlier one, counts a hundred
    times as far: against a reading a year away, only a slip of up to three
    days keeps it.
    """
    def cost(c):
        s, e = key(c)
        dist = 0 if s <= anchor_key <= e else min(abs(s - anchor_key), abs(e - anchor_key))
        against = ((direction in (PAST, DONE) and s > anchor_key)
                   or (direction in (FUTURE, PLANNED, AHEAD) and e < anchor_key))
        return ((100 if direction in (DONE, AHEAD) else 3) * dist + 1 if against else dist), -s
    return min(cands, key=cost)


def month_year(month: int, anchor: dt.date, direction: str | None) -> int:
    a = anchor.year * 12 + anchor.month
    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    return pick(years, lambda y: (y * 12 + month, y * 12 + month), a, direction)


def month_day(month: int, day: int, anchor: dt.date, direction: str | None) -> dt.date | None:
    cands = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
             if (d := safe_date(y, month, day))]
    if not cands:
        return None
    o = anchor.toordinal()
    return pick(cands, lambda d: (d.toordinal(), d.toordinal()), o, direction)


def weekday_date(wd: int, anchor: dt.date, direction: str | None, rel: str = "") -> dt.date:
    """The date of a weekday name relative to the anchor (news convention)."""
    back = (anchor.weekday() - wd) % 7
    fwd = (wd - anchor.weekday()) % 7
    if rel in ("last", "this past", "past", "previous"):
        return anchor - dt.timedelta(days=back or 7)
    if rel in ("next", "this coming", "coming"):
        return anchor + dt.timedelta(days=fwd or 7)
    # "will meet on Tuesday" in Tuesday's paper is that day: next week's would be "next Tuesday".
    # A plan told in the past tense (PLANNED) may be over: the nearer reading is taken.
    if direction in (FUTURE, AHEAD):
        return anchor + dt.timedelta(days=fwd)
    if direction in (PAST, DONE) or back == 0:
        return anchor - dt.timedelta(days=back)
    return anchor - dt.timedelta(days=back) if back <= fwd else anchor + dt.timedelta(days=fwd)


def quarter_of(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def part_year(n: int, size: int, anchor: dt.date, direction: str | None) -> int:
    """Year of the n-th part (quarter size 3, half 6, in months) nearest by tense."""
    a = anchor.year * 12 + anchor.month - 1
    years = [anchor.year - 1, anchor.year, anchor.year + 1]

    def key(y):
        s = y * 12 + (n - 1) * size
        return s, s + size - 1
    return pick(years, key, a, direction)


def season_year(season: str, anchor: dt.date, direction: str | None, rel: str = "") -> int:
    """Year label of a season (winter is labelled by the year its December falls in)."""
    a = anchor.year * 12 + anchor.month - 1
    years = [anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1]

    def key(y):
        s = y * 12 + SEASON_START[season] - 1
        return s, s + 2
    current = [y for y in years if key(y)[0] <= a <= key(y)[1]]
    if rel in ("this", "this coming", "this past") and current:
        return current[0]
    # Out of season, "this summer" is the one of the anchor's own year.
    if rel == "this":
        return anchor.year
    if rel in ("last", "past", "this past", "previous", "the past"):
        return max(y for y in years if key(y)[1] < a)
    if rel in ("next", "coming", "the coming", "this coming"):
        return min(y for y in years if key(y)[0] > a)
    return pick(years, key, a, direction)


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def nth_weekday(year: int, month: int, wd: int, n: int) -> dt.date:
    """n-th (1-based; -1 = last) weekday wd of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - wd) % 7)


@functools.cache
def _lunar_new_year(year: int) -> dt.date | None:
    # A lunisolar calendar is not ours to write: the holidays library knows China's.
    days = holidays.country_holidays("CN", years=year, language="en_US")
    return min((d for d, name in days.items() if "Spring Festival" in name), default=None)


def holiday(name: str, year: int) -> dt.date | None:
    spec = HOLIDAY_SPECS.get(holiday_key(name))
    if spec is None:
        return None
    kind, *args = spec
    if kind == "date":
        return dt.date(year, *args)
    if kind == "nth":
        month, wd, n, after = args
        return nth_weekday(year, month, wd, n) + dt.timedelta(days=after)
    if kind == "easter":
        return easter(year) + dt.timedelta(days=args[0])
    return _lunar_new_year(year)
