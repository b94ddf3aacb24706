"""Vetoes of numerals that are no date: a clock time told twice or on a schedule, days that run backwards or
count hours, numbers that are a count, a name, an address or a page rather than a year."""

import re

from ..calendar import year_pair_end
from ..lexicon import MONTHS
from ..tense import sentence_bounds
from .look import Look

_NOT_YEAR_BEFORE = re.compile(
    r"(?:[$£€¥#©]|\b(?:copyright|no\.|nos\.|number|page|pages|room|flight|route|model|"
    r"rule|section|article|chapter|version|type|boeing|airbus|grade|exit|highway|level|"
    r"ranked|ranking|top|to|than|item|items|resolution|bill|case|docket|exhibit|figure|table|volume|"
    r"episode|channel|platform|gate|lot|plot|ticket|order|invoice|account|form|code|suite|apartment|"
    r"unit|units|seat|row|track)|\(c\))\s*$", re.I)
# "from 1991 to 1997", "dating back to 1994": "to" closes a span of years.
_YEAR_RANGE_TO = re.compile(r"(?:\b(?:1[6-9]|20)\d\d|\b(?:dating|dates|back))\s+to\s*$", re.I)
_NOT_YEAR_AFTER = re.compile(
    r"^\s*(?:(?!(?:the|a|an|its|their|his|her|our)\s)[a-z]+(?:-[a-z]+)?\s+)?(?:people|persons|men|women|workers|employees|soldiers|"
    r"troops|residents|jobs|shares|units|cars|vehicles|homes|houses|acres|feet|miles|"
    r"tons|barrels|points|votes|delegates|members|students|children|copies|stores|"
    r"companies|firms|customers|passengers|cases|deaths|lives|tonnes|metres|meters|"
    r"kilometers|kilometres|pounds|dollars|yen|yuan|euros|francs|marks|lire|rupees)\b")
_CLOCK_BEFORE_PAREN = re.compile(r"(?:\d|[ap]\.?m\.?|time|[A-Z]T)\s*\(\s*$", re.I)
_NUMERIC_NEIGHBOUR = re.compile(r"[\d$%]")
_YEAR_DASH_BEFORE = re.compile(r"(?<![\d.,])(?:1[6-9]|20)\d\d\s?[-–]$")
# Before a year a capitalised word names something ("Windows 2000") even where
# it opens a sentence, unless it is one of the function words below.
_NAME_BEFORE_YEAR = re.compile(r"\b[A-Z][\w&.-]*(?<!\.)\s+$")
# Capitalised words that may stand before a year without naming anything.
_NOT_A_NAME = re.compile(
    r"(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|Spring|Summer|Fall|Autumn|Winter|"
    r"Christmas|Easter|Thanksgiving|Fiscal|FY|Year|Since|In|By|Until|Till|From|Through|Before|After|"
    r"During|Of|And|To|For|Early|Late|Mid|End|Around|About|Circa|Between|Throughout|Over|Within|"
    r"Into|Across|Starting|Beginning|Ending|As|Last|Next|Because|But|Then|Yet|So|Or|If|"
    r"When|While|Unlike|Like|Even|Only|Already|At|On|Upon|Toward|Towards|Against|Under|Despite)\b",
    re.I)
_STREET_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|"
                           r"Blvd\.|Drive|Lane|Place|Plaza|Parkway)\b")


def time_in_another_zone(v: Look) -> bool:
    """"10:35 a.m. (0735 GMT)": the same time told in another zone."""
    return bool(_CLOCK_BEFORE_PAREN.search(v.before))


# "It airs every Saturday at noon", "Broadcasting daily at 0910 local time", "Doors open at 7pm on Sundays": a clock
# time in a sentence that tells a recurrence is a slot in a schedule, on no one day; a written day and month
# ("at noon on 11 November") still names one. ("The daily paper" is no recurrence of the time.)
_RECURRENCE = re.compile(
    r"\b(?:(?:every|each)\s+(?:other\s+)?(?:day|night|morning|afternoon|evening|week(?:day|night|end)?|month|year|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?:daily|nightly|weekly)|weekdays|weeknights|weekends|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:nights|mornings|"
    r"afternoons|evenings)|(?:once|twice|three\s+times)\s+a\s+(?:day|week))\b", re.I)
# "the primetime 8pm slot": a time of day that is a slot's name.
_SLOT_NAME_AFTER = re.compile(r"\s+(?:time\s+)?slot\b", re.I)


def time_in_a_schedule(v: Look) -> bool:
    """"every Saturday at noon", "daily at 9pm", "the 8pm slot": a slot that recurs, no time on a day."""
    if v.g.get("mon") or v.g.get("cmon") or v.g.get("dword"):
        return False
    if _SLOT_NAME_AFTER.match(v.after):
        return True
    s, e = sentence_bounds(v.text, v.c.start, v.c.end)
    return bool(_RECURRENCE.search(v.text, s, e))


_COUNT_OF_TIME_AFTER = re.compile(r"\s*(?:hrs?|hours?|mins?|minutes?|secs?|seconds?|days?|weeks?)\b", re.I)


# "on 12 March 1588": a year before 1600 is no year the grammar reads (after a day it may as well be a
# count: "on 30 May 1500 people marched"), so the day is left unread rather than put in the paper's year.
# A clock time after a dated heading ("19 JANUARY, 1300 GMT") is no year.
_EARLY_YEAR_AFTER = re.compile(r"\s?,?\s*1[0-5]\d\d\b(?![.,]\d|\s*(?:GMT|BST|UTC|[A-Z]{1,3}T\b|hrs\b|hours\b|h\b|"
                               r"local\b))")


def day_of_an_early_year(v: Look) -> bool:
    """A day and month before a number that may be a year before 1600 ("12 March 1588") gets no year of ours."""
    return not v.g.get("year") and bool(_EARLY_YEAR_AFTER.match(v.after))


# "June 28-July 4": the number before the dash is a day of another month, so the range runs forwards.
_DAY_OF_A_MONTH_BEFORE = re.compile(r"\b[A-Z][a-z]{2,8}\.?\s?$")


def days_run_backwards(v: Look) -> bool:
    """"June 9-10" is a range of days only when it runs forwards ("a 2-1 win in June" is a score)."""
    day = int(v.g["day"])
    if (m := re.match(r"\s?[-–]\s?(\d+)", v.after)) and int(m.group(1)) <= day:
        return True
    if not (m := re.search(r"(?<!\d)(\d+)\s?[-–]\s?$", v.before)):
        return False
    other_month = v.text[v.c.start].isalpha() and _month_before(v.before[:m.start()])
    return int(m.group(1)) >= day and not other_month or v.after.startswith("/")


def _month_before(text: str) -> bool:
    return bool((m := _DAY_OF_A_MONTH_BEFORE.search(text)) and m.group().strip().rstrip(".").lower() in MONTHS)


def range_end_counts_time(v: Look) -> bool:
    """"Single out Feb. 7 - 18 hrs ago": a number before a unit of time counts hours or days, it
    ends no range of days."""
    return bool(_COUNT_OF_TIME_AFTER.match(v.after))


def first_day_runs_backwards(v: Look) -> bool:
    """Only a bare first day ("1-3 July") looks ahead to the range's end: after a whole date
    ("19 January, 2010 - 14:10 GMT") a number is something else."""
    return (v.text[v.c.start:v.c.end].isalnum()
            and bool(m := re.match(r"\s*(?:(?:and|or|to|through)\s+|[-–]\s*)(\d+)", v.after))
            and int(m.group(1)) <= int(v.g["day"]))


_RANGE_END = re.compile(r"\s*(?:(?:and|or|to|through|until|till)\s+|[-–]\s*)(?:[A-Z][a-z]+,?\s+)?(\d+)")


def range_runs_backwards(v: Look) -> bool:
    """"Monday 20 to Friday 24 September" runs forwards; a range whose end comes first is no range."""
    return bool(m := _RANGE_END.match(v.after)) and int(m.group(1)) <= int(v.g["day"])


def not_a_pair_of_years(v: Look) -> bool:
    """A pair of years ("1998-99") runs forwards and counts nothing ("1990-2000 units")."""
    g, c = v.g, v.c
    if not g.get("yy"):
        return False
    pair_end = c.end if c.kind == "yearpair" else c.end + re.match(r"\s?[-–/]\s?\d+", v.after).end()
    return (year_pair_end({"from": g.get("year") or g["from"], "yy": g["yy"]}) is None
            or bool(_NOT_YEAR_AFTER.match(v.text[pair_end:pair_end + 40])))


# A reference's volume and issue ("Food Chemistry, 126(4), 1850–1855"): the numbers after them are pages.
_CITED_PAGES_BEFORE = re.compile(r"\b\d+\s?\(\d+(?:[-–]\d+)?\)\s?[,:]\s?(?:\d{4}\s?[-–]\s?)?$")


def cited_pages(v: Look) -> bool:
    """"126(4), 1850–1855" in a list of references names pages, not years."""
    return bool(_CITED_PAGES_BEFORE.search(v.wide))


# "1800N", "2100E Road": a rural grid's road number takes a compass letter; "1500W", "1080p" take a unit.
# A year takes only a plural "s", a citation's "a"/"b" ("Smith 2020a") or a German "er" ("2010er").
_LETTER_AFTER = re.compile(r"(?![sS]\b|[abc]\b|er\b)[A-Za-z]")


def number_not_a_year(v: Look) -> bool:
    g, before, after = v.g, v.before, v.after
    if _LETTER_AFTER.match(after):
        return True
    if g.get("fiscal") or g.get("the"):
        return False
    if (_NOT_YEAR_BEFORE.search(before) and not _YEAR_RANGE_TO.search(before)) or _NOT_YEAR_AFTER.match(after):
        return True
    if g["year"][0] in "'’" and not g.get("mod"):
        return True
    # "Vision 2030", "a venture called Orion 1980", "1600 Pennsylvania Avenue": a name or an
    # address, not a year; "Spring 2024", "Christmas 2024" are read by their own rules.
    if not g.get("mod") and ((m := _NAME_BEFORE_YEAR.search(v.wide)) and not _NOT_A_NAME.match(m.group())
                             or _STREET_AFTER.match(after)):
        return True
    # "1990-95" or "1,990" style numbers around a bare year make it a count.
    # "2019–2020" is a span of two years.
    return bool(before.endswith(("-", "–", ".", ",")) and _NUMERIC_NEIGHBOUR.search(before[-3:])
                and not _YEAR_DASH_BEFORE.search(before))
