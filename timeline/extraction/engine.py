"""find_timexes: recognise, filter, normalise, resolve overlaps."""

import datetime as dt
import re

from . import calendar as C
from . import durations as U
from . import periods as P
from . import relative as R
from .context import Context
from .filters import rejected
from .furniture import CommentDays, stamps
from .grammar import candidates
from .model import Timex
from .tense import direction as tense_direction
from .tense import sentence_bounds

NORMALISERS = {
    "iso": C.norm_iso, "numeric": C.norm_numeric, "md": C.norm_month_day,
    "dm": C.norm_day_month, "my": C.norm_month_year, "month": C.norm_month,
    "year": C.norm_year, "decade": C.norm_decade, "century": C.norm_century,
    "weekday": C.norm_weekday, "deictic": C.norm_deictic, "partday": C.norm_partday,
    "ref": R.norm_ref, "rel": R.norm_rel, "ago": R.norm_ago, "yearago": P.norm_yearago,
    "quarter": P.norm_quarter, "qcode": P.norm_qcode, "half": P.norm_half,
    "season": P.norm_season, "holiday": C.norm_holiday, "duration": U.norm_duration,
    "set": U.norm_set, "clock": C.norm_clock, "weekend": P.norm_weekend,
    "spoken_year": C.norm_year, "fyear": P.norm_fyear,
    "mquarter": P.norm_month_quarter, "weekof": R.norm_week_of, "dayshift": R.norm_day_shift,
    "theweek": R.norm_the_week, "while": U.norm_while, "infuture": R.norm_in_future,
    "yearpart": P.norm_year_part, "fincode": P.norm_fincode,
    "longdur": U.norm_long_duration, "hset": U.norm_holiday_set, "monthweek": P.norm_month_week,
    "mday": C.norm_month_day_only, "weekshift": R.norm_week_shift, "twoaway": R.norm_two_away,
    "monthstart": C.norm_month_range_start,
    "nthday": C.norm_nth_day, "yearpair": C.norm_year_pair_end, "seasonref": R.norm_season_of_play,
}

# A wire dateline ("WASHINGTON, Aug. 11 (Xinhua) --") dates the story body:
# its "today" and weekdays count from that day, which can precede the
# publication date of the copy.
_DATELINE_HEAD = re.compile(r"\s*[A-Z][A-Z.'-]*(?:\s+[A-Z][A-Z.'-]*)*(?:,\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)?,\s+")
_DATELINE_TAIL = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:--?|—|_)\s")
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")
_DAY_NAMED_AFTER = re.compile(r"\b(?:today|tonight|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", re.I)


def _day(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if re.match(r"\d{4}-\d\d-\d\d(?:T|$)", value) else None


def _dateline_day(text: str, t: Timex) -> dt.date | None:
    if (_DAY.match(t.value) and _DATELINE_HEAD.fullmatch(text, 0, t.start)
            and _DATELINE_TAIL.match(text, t.end)):
        return dt.date.fromisoformat(t.value)
    return None


def _tensed_span(text: str, c) -> tuple[int, int]:
    """Where the tense of a candidate is read: a range's first month is read with its last ("runs
    June through September"), which the clause's verbs and cues sit next to."""
    if c.kind == "monthstart" and (end := c.groups.get("endmon")) and (at := text.find(end, c.end)) >= 0:
        return at, at + len(end)
    return c.start, c.end


def find_timexes(text: str, anchor: dt.date) -> list[Timex]:
    """Temporal expressions in text, sorted by start, resolved against anchor."""
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    # Leftmost-longest: at each position the longest reading that survives the
    # filters and normalises wins; later candidates may not overlap it. Over the same span
    # the rule with the higher priority is tried first (then the rule's name, so the choice
    # never rests on the order the rules are listed in).
    cands = sorted(candidates(text), key=lambda c: (c.start, c.start - c.end, -c.priority, c.rule))
    out: list[Timex] = []
    ctx = Context()
    last_end = 0
    furniture = stamps(text)
    comments = CommentDays(text)
    for c in cands:
        if c.start < last_end or rejected(c, text):
            continue
        memo: list = []

        def direction(c=c, memo=memo):
            if not memo:
                memo.append(tense_direction(text, *_tensed_span(text, c)))
            return memo[0]

        span = text[c.start:c.end]
        base = comments.at(c.start) or anchor
        if c.kind in R.AGO_JOINED:
            back = R.back_in_time(c.kind, c.groups, text, c.start, c.end, base)
            if back is None:
                continue
            c, base = c._replace(groups=back[0]), back[1]
        focus = ctx.focus_year(c, text, base)
        if focus:
            c = c._replace(groups={**c.groups, "year": focus})
        if c.kind == "anaphor":
            got = ctx.anaphor(c.groups, base, c.start, text)
        elif c.kind == "clock" and not (c.groups.get("wkd") or c.groups.get("mon") or c.groups.get("dword")):
            # A bare time of day falls on the day the story is telling about, or its comment stamp's: a day named
            # close before it. Without one, the time may be of any day the story tells ("found him at 11am", "the
            # tremor struck at 0603 local time" in a later piece, a listing's "From 10pm"): no date beats a wrong one.
            day = comments.stamp_at(c.start) or ctx.day_in_reach(text, c.start)
            named = [m.group().lower() for m in _DAY_NAMED_AFTER.finditer(
                text, c.end, sentence_bounds(text, c.start, c.end)[1])]
            if day is None and (named or any(lo <= c.start and c.end <= hi for lo, hi in furniture)):
                # "at about 10:35 a.m. (0735 GMT) Friday", "at midday, according to a statement today": the
                # sentence names its day after the time; a page's stamp ("Updated 14:10 GMT") is of the page's day.
                # "today" there is the story's own day, whatever day the story named last.
                day = base if {"today", "tonight"} & set(named) else ctx.ref_day() or base
            got = C.norm_clock(c.groups, day, direction, span) if day else None
        else:
            got = NORMALISERS[c.kind](c.groups, base, direction, span)
        if got is None:
            continue
        in_furniture = any(lo <= c.start and c.end <= hi for lo, hi in furniture)
        t = ctx.adjust(Timex(c.start, c.end, span, *got), c, text, base, direction, in_furniture)
        if in_furniture:
            # A stamp before anything is reported dates the page, so what follows counts from it.
            if not any(not o.furniture for o in out) and (day := _day(t.value)):
                anchor = day
            t = t._replace(furniture=True)
        elif not out:
            anchor = _dateline_day(text, t) or anchor
        out.append(t)
        last_end = c.end
    return out
