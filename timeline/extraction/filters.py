"""Context filters that keep look-alikes (modal "may", money, counts, copyright
lines) out of the candidates the grammar proposes: each rule names the checks that veto it
(the rules package), and a candidate any of its rule's checks vetoes is dropped."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from .calendar import year_pair_end
from .lexicon import MONTHS, RATE_AMOUNT_RE
from .tense import direction, sentence_bounds

if TYPE_CHECKING:  # the grammar imports the rules, which import these checks
    from .grammar import Candidate

_MAY_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|last|next|this|early|late|mid|through|to|from|between|"
    r"during|before|after|and|or|on|for|that|each|every|until|around|throughout)\s+|mid-)$",
    re.I)
# A modal never follows a determiner or a possessive: "China's May exports".
_MAY_DETERMINED = re.compile(r"(?:\b(?:the|a|its|their|his|her|our)\s+|['’]s\s+)$", re.I)
# A modal is followed by a bare verb; "May was the busiest month", "May's
# figures", "May 5" can only be the month.
_MAY_MONTH_AFTER = re.compile(r"\s*,?\s*\d|['’]s\b|\s+(?:was|is|has|had|saw|brought|marked|"
                              r"began|ended|proved)\b")
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
# "USA Today", "Communications Today": a capitalised deictic word after a
# capitalised word mid-sentence is part of a name; after "Wednesday." it
# opens a sentence.
_NAME_BEFORE = re.compile(r"(?<![.!?:;\"“'‘]\s)\b[A-Z][\w&.-]*(?<!\.)\s+$")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a)\s+$", re.I)
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
_MONTH_LEAD = re.compile(r"\b(?:in|since|until|till|through|during|from|by|early|late|mid|last|next|this)[\s-]$",
                         re.I)
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")
_OUTSIDE_BEFORE = re.compile(r"\boutside(?:\s+of)?\s+(?:the\s+)?$", re.I)
_HOLIDAY_THING_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}(?:decorations?|trees?|cards?|lights|ornaments?|gifts?|presents|crafts?|songs?|"
    r"carols?|music|movies?|films?|lanterns?|red envelopes?|envelopes?|sweaters?|wreaths?|stockings?)\b")
_STREET_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|"
                           r"Blvd\.|Drive|Lane|Place|Plaza|Parkway)\b")
_THE_FALL = re.compile(r"^\s+of\s+(?!\d|'\d)", re.I)
# "the summer holiday", "the winter games": a season word modifying a noun
# names the recurring occasion, not a dated season.
_SEASON_COMPOUND = re.compile(
    r"^\s+(?:holidays?|vacations?|break|recess|olympics|games|solstice|equinox|"
    r"collections?|fashions?|sales?|camps?|schools?|semesters?|terms?|sessions?|"
    r"festivals?|months|weather|storms?|wheat|crops?)\b", re.I)
# "today's world", "the people of tomorrow": the present or future age in
# general, not a day.
_GENERIC_DAY_AFTER = re.compile(
    r"^['’]s\s+(?:world|youth|society|generation|children|kids|teenagers|young|consumers|"
    r"culture|economy|era|age|standards|technology|family|families|women|men|"
    # "one of today's most admired tenors": a superlative ranks among the living, not the day's.
    r"most|modern|politics|climate|environment|schools|students|parents|workforce|workplace)\b", re.I)
_GENERIC_DAY_BEFORE = re.compile(r"\b(?:the|a)\s+[a-z]+\s+of\s+$", re.I)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# "quarterly dividend", "quarterly results": the frequency word classifies a
# financial figure and is not annotated as a set of times.
_FIGURE_AFTER = re.compile(r"^\s+(?!(?:and|or|in|on|at|by|to|through|since|until|for|from|"
                           r"with|as|than|basis)\b)[a-z]")
_RATE_BEFORE = re.compile(RATE_AMOUNT_RE + "$")
_PERCENT_BEFORE = re.compile(r"(?:%|\bper\s?cent)\s+$", re.I)
_MARCH_NAME_AFTER = re.compile(r"\s+(?:for|of|on|against|to)\s+(?:the\s+)?[A-Z]")
# "more than a quarter of the market", "three quarters of its sales": a share, not three months.
_SHARE_AFTER = re.compile(r"\s+of\s+(?:the|a|an|its|their|his|her|our|all|total|these|those|this|that|\d|\$)",
                          re.I)
# "he will one day follow": "one day" after a subject or a modal is "someday".
_SOMEDAY_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|should|must|he|she|they|we|I|you|it)\s+$")
_ORDINAL_AFTER = re.compile(r"\s+(?!(?:ago|later|earlier|before|after|or|and|to|of|in|for|at|"
                            r"too|more|longer)\b)[a-z]")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n\s*)$")
# Sentence-initial "Now," is a discourse marker ("Now, he says, ...").
_DISCOURSE_NOW = re.compile(r"(?:^|[.!?:;\"“'‘]\s*|\n\s*)$")


class Look(NamedTuple):
    """A candidate with the text around it, as the vetoes read it."""

    c: Candidate
    text: str
    before: str
    wide: str  # wide enough that a long name still has the word before it in view
    after: str

    @property
    def g(self) -> dict:
        return self.c.groups


def may_is_a_modal(v: Look) -> bool:
    g = v.g
    return g["mon"] == "May" and not g.get("mod") and not g.get("rel") and not (
        _MAY_BEFORE.search(v.before) or _MAY_DETERMINED.search(v.before) or _MAY_MONTH_AFTER.match(v.after))


def march_is_a_name(v: Look) -> bool:
    """"the March for Life", "the March of the Mothers": a protest's name."""
    g = v.g
    return (g["mon"] == "March" and not g.get("mod") and not g.get("rel")
            and bool(_MARCH_NAME_AFTER.match(v.after)) and not _MAY_BEFORE.search(v.before))


def lone_abbreviation_is_a_name(v: Look) -> bool:
    """An undotted abbreviation standing alone is a name ("Jan Kavan"); after a preposition and before
    no other name, "in Sept" is the month."""
    mon = v.g["mon"]
    return (len(mon) <= 4 and not mon.endswith(".") and mon not in ("May", "June", "July")
            and not (_MONTH_LEAD.search(v.before) and not _CAPITALISED_AFTER.match(v.after)))


def high_noon(v: Look) -> bool:
    """"High Noon", "high noon comes today": a film and an idiom, not twelve o'clock."""
    return (v.g.get("word") or "").lower() == "noon" and bool(re.search(r"\bhigh\s+$", v.before, re.I))


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


def ordinal_second(v: Look) -> bool:
    """"a second group", "a second betrayal": an ordinal, not a length."""
    return ((v.g.get("num") or "").lower() in ("a", "an", "one") and v.g["unit"].lower() == "second"
            and bool(_ORDINAL_AFTER.match(v.after)))


def share_of_quarters(v: Look) -> bool:
    """"more than a quarter of the market": a share, not three months."""
    return (v.g.get("unit") or "").lower() in ("quarter", "quarters") and bool(_SHARE_AFTER.match(v.after))


def someday(v: Look) -> bool:
    """"he will one day follow": "one day" after a subject or a modal is "someday"."""
    return bool(re.fullmatch(r"one\s+day", v.text[v.c.start:v.c.end], re.I) and _SOMEDAY_BEFORE.search(v.before))


def title_unit(v: Look) -> bool:
    """"CBS's 60 Minutes": a capitalised unit mid-sentence is part of a title."""
    return bool(v.g.get("unit") and v.g["unit"][0].isupper() and not _SENTENCE_START.search(v.before))


def age(v: Look) -> bool:
    """Ages ("52 years old") are not annotated as durations in news conventions."""
    return bool(re.match(r"\s*old\b", v.after))


def rate_not_length(v: Look) -> bool:
    """"a year" after an amount is a rate (a set, proposed separately), not a length."""
    g = v.g
    return ((g.get("num") or "").lower() in ("a", "an") and not g.get("det") and not g.get("approx")
            and bool(_RATE_BEFORE.search(v.before)))


# "the Radio 4 Today programme": a capitalised day before the word for a show is the show's name.
_PROGRAMME_AFTER = re.compile(r"\s+(?:programme|program|show)\b", re.I)


def deictic_in_a_name(v: Look) -> bool:
    """Names take "Today" and "Tonight" ("USA Today", "The Tonight Show", "the Today programme": no day
    takes an article); after a byline in capitals ("JANE DOE, AID AGENCY Yesterday I visited ...")
    "Yesterday" opens the report."""
    return (v.text[v.c.start].isupper() and v.g["word"].lower() in ("today", "tonight")
            and bool(_NAME_BEFORE.search(v.wide) or _ARTICLE_BEFORE.search(v.before)
                     or _PROGRAMME_AFTER.match(v.after)))


# Papers, clubs and shows named after a weekday: "The Sunday Times", "Friday Night Is Music Night";
# "Sheffield Wednesday", "the Mail on Sunday". A programme's "club" is left a day: a listing's "the
# Monday Night Club" airs that night, and the clock times after it ("From 9pm") fall on it.
_WEEKDAY_NAME_AFTER = re.compile(r"\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Tribune|Independent|Mail|"
                                 r"Star|Sport|Observer|Live|Football|Show|Is)(?![\w-])")
_WEEKDAY_NAME_BEFORE = {"sunday": re.compile(r"\b(?:Mail|Independent|Scotland|Wales)\s+on\s+$"),
                        "wednesday": re.compile(r"\bSheffield\s+$")}


_SOME_DAY_BEFORE = re.compile(r"\b(?:one|some)\s+$", re.I)
# "Christmas is a Sunday this year", "on a Monday": a weekday with "a" that ends its phrase says which day of the week
# something is; "a Sunday night memorial service" is a day's, and "It was a Wednesday" in a column may name the
# day the story tells.
_A_DAY_BEFORE = re.compile(r"(?:\bon|(?<!\bit\s)\b(?:is|was|falls|fell))\s+an?\s+$", re.I)
_A_DAY_AFTER = re.compile(r"\s*(?:[.,;:!?)\"”]|$)|\s+(?:this|that|next|last|in|on|at|when|and|or|but|with|of|so|for|"
                          r"until|after|before)\b", re.I)


# "a national Sunday paper", "her regular Sunday morning show", "BBC Radio 2's Friday evening schedule", "the
# Saturday Early Breakfast Show": a weekday set before a noun, after a determiner or a name, is the regular
# day of a paper, a show or a slot, no date.
_SLOT_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|my|your|regular|usual|weekly|new|national|"
                          r"local|live)|(?<!\bweek)(?<!\bweekend)['’]s|\b[A-Z][\w.]*|\b\d+)\s+$")
_SLOT_AFTER = re.compile(r"\s+(?:(?:morning|afternoon|evening|night|lunchtime|late|early)\s+)?(?:[a-z]+\s+)?"
                         r"(?i:paper|papers|newspaper|edition|editions|supplement|magazine|column|show|shows|programme|"
                         r"program|bulletin|slot|schedule|podcast|phone-in|feature)\b"
                         r"|\s+(?!(?:" + "|".join(MONTHS) + r")\b)(?:[A-Z][\w'’&-]*\s+){1,3}"
                         r"(?i:paper|show|programme|program|podcast|broadcast|edition|feature)s?\b")
# "It airs every Saturday, and at 02:40 on Sunday": "every" reaches over the coordination.
_EVERY_BEFORE = re.compile(r"\bevery\s+(?:other\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|day|"
                           r"weekday|night|morning|evening)\b[^.;!?]*\b(?:and|or)\s+(?:[^.;!?\s]+\s+){0,3}$")


def weekday_as_a_slot(v: Look) -> bool:
    """"her regular Sunday morning show", "a national Sunday paper", "every Saturday and on Sunday":
    the weekday a paper or a show comes out on, every week."""
    return not v.g.get("rel") and bool(_SLOT_BEFORE.search(v.before) and _SLOT_AFTER.match(v.after)
                                       or _EVERY_BEFORE.search(v.wide))


def some_weekday(v: Look) -> bool:
    """"One Sunday evening, two men came", "some Friday": a weekday told as one of many names no day."""
    return not v.g.get("rel") and bool(_SOME_DAY_BEFORE.search(v.before)
                                       or _A_DAY_BEFORE.search(v.before) and _A_DAY_AFTER.match(v.after))


# "on March 1, a Friday and a holiday": a weekday set after a written date says which
# day of the week that date was. ("It was a Wednesday" alone is left a day: in a column it can name the
# day the story is about.)
_APPOSED_TO_A_DATE = re.compile(r"(?:\d(?:st|nd|rd|th)?|\b(?:" + "|".join(MONTHS) + r")\.?),?\s+"
                                r"(?:which\s+was\s+|that\s+was\s+)?an?\s+$", re.I)


def weekday_apposed_to_a_date(v: Look) -> bool:
    """"March 1, a Friday": the weekday of the date before it, no day of its own."""
    return not v.g.get("rel") and bool(_APPOSED_TO_A_DATE.search(v.before))


def weekday_in_a_name(v: Look) -> bool:
    """A weekday in a paper's, club's or show's name is no day: a name word follows it ("The
    Sunday Times", "Saturday Night Live") or a name comes before it ("Sheffield Wednesday")."""
    g = v.g
    before = _WEEKDAY_NAME_BEFORE.get(g["wkd"].lower())
    return not g.get("rel") and bool(_WEEKDAY_NAME_AFTER.match(v.after)
                                     or (before and before.search(v.before)))


def generic_day(v: Look) -> bool:
    """"the world of tomorrow" is an age; "as a result of today's meeting" is a day."""
    g = v.g
    return (g["word"].lower() in ("today", "tomorrow") and not g.get("part")
            and bool(_GENERIC_DAY_AFTER.match(v.after)
                     or (_GENERIC_DAY_BEFORE.search(v.before) and not _POSSESSIVE_AFTER.match(v.after))))


# "Today" as the present age, which TimeML reads PRESENT_REF, not the story's day: held on to
# ("are still in business today", "even today"), compared ("as relevant today as in 1992", "than they
# are today"), or set by a present state ("the problems we face today", "children today are taller").
# "Still," opening a sentence is a discourse word, and "still" across a comma belongs to another clause.
_STILL_TODAY = re.compile(r"\bstill\b(?![,;])[^.;:!?,]{0,60}$|\beven\s+$|\bthan\b[^.;:!?,]{0,40}$", re.I)
_AS_TODAY_AS = re.compile(r"\bas\s+[a-z]+\s+$", re.I)
_AS_AFTER = re.compile(r"\s+as\b", re.I)
_STATE_VERBS = (r"are|is|am|['’]re|have|has|do|does|don['’]t|doesn['’]t|can|cannot|can['’]t|face|faces|live|lives|"
                r"need|needs|remain|remains|seem|seems|feature|features|exist|exists|know|knows|use|uses|tend|tends")
# "children today are", "the group today features": a present verb after "X today", not a progressive
# ("stocks today are trading higher" tells the day's trading).
_STATE_AFTER = re.compile(r"\s+(?:" + _STATE_VERBS + r")\b(?!\s+(?:\w+ly\s+)?\w+ing\b)", re.I)
# "we face today.", "than they are today": "today" closing a clause of a present state.
_STATE_BEFORE = re.compile(r"\b(?:" + _STATE_VERBS + r"|stand|stands)\s+$", re.I)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:!?)\"”]|$)")
# "still a window of time today, tonight and tomorrow": a day among days.
_TODAY_AMONG_DAYS = re.compile(r"\s*(?:,|and|or)\s*(?:and\s+)?(?:tonight|tomorrow|yesterday)\b", re.I)
# "Today, ...", "and today ...": "today" opening a clause frames what the clause tells, often a happening.
_CLAUSE_START_BEFORE = re.compile(r"(?:^|[.!?;:,(\"“'‘-]\s*|\n\s*|\b(?:and|but|so|or|yet|because|while|if|that)\s+)$",
                                  re.I)


def today_names_its_day(v: Look) -> bool:
    """"announced today", "will meet today", "today's vote": the story's day, not the present age
    ("the problems we face today", "still used today", "today's world")."""
    if generic_day(v):
        # "today's world", "the youth of today": no expression TimeML marks, no day; the deictic rule drops it.
        return True
    if _TODAY_AMONG_DAYS.match(v.after):
        return True
    if _STILL_TODAY.search(v.wide) or (_AS_TODAY_AS.search(v.before) and _AS_AFTER.match(v.after)):
        return False
    if direction(v.text, v.c.start, v.c.end) is not None:
        return True
    return not ((_STATE_AFTER.match(v.after) and not _CLAUSE_START_BEFORE.search(v.before))
                or (_STATE_BEFORE.search(v.before) and _CLAUSE_END_AFTER.match(v.after)))


# "the same day as the vote", "on the same day that she died": the day of another event, which the
# phrase names, not the day the story last named.
_SAME_AS_AFTER = re.compile(r"\s+(?:as|when|that(?!\s+(?:year|month|week|day|morning|afternoon|evening|night)\b))\b",
                            re.I)


def same_as_an_event(v: Look) -> bool:
    """"the same day as the vote" is the vote's day, which only the vote's own date gives."""
    return "same" in v.g["ana"].lower() and bool(_SAME_AS_AFTER.match(v.after))


# "Halloween is the scariest night of the year", "Christmas is a time for giving": a holiday said in the present to
# be a kind of time is every year's; "Christmas is a Sunday this year", "Easter is late" name one.
_HOLIDAY_GENERIC_AFTER = re.compile(r"\s+(?:is|are)\s+(?:always\s+|often\s+|usually\s+|traditionally\s+)?"
                                    r"(?:a|an|the|one)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)", re.I)


# "the Boxing Day tsunami", "the Christmas Day bomber": a holiday naming a past disaster or attack is that event's
# name, of a year the phrase does not say.
_HOLIDAY_EVENT_AFTER = re.compile(r"\s+(?:tsunami|earthquake|quake|floods?|storm|bomber|bombings?|attacks?|massacre|"
                                  r"uprising|rising|offensive|raid|plot|riots?|killings?|shooting)\b", re.I)


def holiday_as_a_kind(v: Look) -> bool:
    """"Outside of Chinese New Year", "Christmas tree", "New Year zodiac decorations": the holiday
    names a kind of time or of thing, not a day; "Halloween is the scariest night" says what the holiday is; "the
    Boxing Day tsunami" names an event."""
    g = v.g
    return (not g.get("year") and not g.get("rel")
            and bool(_OUTSIDE_BEFORE.search(v.before) or _HOLIDAY_THING_AFTER.match(v.after)
                     or _HOLIDAY_GENERIC_AFTER.match(v.after)
                     or _ARTICLE_BEFORE.search(v.before) and _HOLIDAY_EVENT_AFTER.match(v.after)))


def season_as_a_kind(v: Look) -> bool:
    """"the fall of the regime", "the summer holiday": no dated season."""
    g = v.g
    return (not g.get("year") and (g.get("rel") or "").lower() in ("", "the")
            and bool(_THE_FALL.match(v.after) or _SEASON_COMPOUND.match(v.after)))


def year_in_a_name(v: Look) -> bool:
    """"the Year of the Dragon": a capitalised "Year" mid-sentence is a name."""
    return bool(re.search(r"\bYear\b", v.text[v.c.start:v.c.end]) and not _SENTENCE_START.search(v.before))


def title_phrase(v: Look) -> bool:
    """ABC's "This Week": mid-sentence, a relative phrase with every word capitalised is a title."""
    g = v.g
    return g["rel"][0].isupper() and g["unit"][0].isupper() and not _SENTENCE_START.search(v.before)


# "the current account", "current account deficit": the balance of payments, no present time.
_NOT_TIME_AFTER = re.compile(r"\s+(?:and\s+[a-z]+\s+)?accounts?\b", re.I)
_CAPITALISED_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")


def loose_ref(v: Look) -> bool:
    """Bare "recent" modifies an event noun ("the recent sale") and is annotated less often than not;
    sentence-initial "Now," is a discourse marker; "current account" is a balance; mid-sentence, a
    capitalised reference before a capitalised word is a name ("the Future Leaders Forum")."""
    ref = v.g["ref"]
    low = ref.lower()
    return low == "recent" or (ref == "Now" and v.after.startswith(",")
                               and bool(_DISCOURSE_NOW.search(v.before))) or (
        low == "current" and bool(_NOT_TIME_AFTER.match(v.after))) or (
        ref.split()[-1][0].isupper() and (len(ref.split()) > 1 or not _SENTENCE_START.search(v.before))
        and bool(_CAPITALISED_WORD_AFTER.match(v.after)))


def rate_or_figure(v: Look) -> bool:
    """"rise 8.5% annually" is a compound growth rate; "quarterly dividend" classifies a figure;
    "China Daily", "Weekly Standard" are names."""
    adv = (v.g.get("adv") or "").lower()
    return bool(adv) and bool(
        _PERCENT_BEFORE.search(v.before) or (adv == "quarterly" and _FIGURE_AFTER.match(v.after))
        or (v.text[v.c.start].isupper() and _NAME_BEFORE.search(v.wide)))


def rejected(c: Candidate, text: str) -> bool:
    """True when a candidate is a look-alike rather than a date: one of its rule's vetoes says so."""
    if not c.vetoes:
        return False
    look = Look(c, text, text[max(0, c.start - 24):c.start], text[max(0, c.start - 60):c.start],
                text[c.end:c.end + 40])
    return any(veto(look) for veto in c.vetoes)
