"""Vetoes of calendar words that name no date here: a month name that is a modal or a name ("may", "the March
for Life"), a weekday that is a paper's or a show's, a holiday or a season as a kind of time, a "Year" in a name."""

import re

from ..lexicon import MONTHS
from .look import ARTICLE_BEFORE, SENTENCE_START, Look

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
_MONTH_LEAD = re.compile(r"\b(?:in|since|until|till|through|during|from|by|early|late|mid|last|next|this)[\s-]$",
                         re.I)
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")
_OUTSIDE_BEFORE = re.compile(r"\boutside(?:\s+of)?\s+(?:the\s+)?$", re.I)
_HOLIDAY_THING_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}(?:decorations?|trees?|cards?|lights|ornaments?|gifts?|presents|crafts?|songs?|"
    r"carols?|music|movies?|films?|lanterns?|red envelopes?|envelopes?|sweaters?|wreaths?|stockings?)\b")
_THE_FALL = re.compile(r"^\s+of\s+(?!\d|'\d)", re.I)
# "the summer holiday", "the winter games": a season word modifying a noun
# names the recurring occasion, not a dated season.
_SEASON_COMPOUND = re.compile(
    r"^\s+(?:holidays?|vacations?|break|recess|olympics|games|solstice|equinox|"
    r"collections?|fashions?|sales?|camps?|schools?|semesters?|terms?|sessions?|"
    r"festivals?|months|weather|storms?|wheat|crops?)\b", re.I)
_MARCH_NAME_AFTER = re.compile(r"\s+(?:for|of|on|against|to)\s+(?:the\s+)?[A-Z]")


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
                     or ARTICLE_BEFORE.search(v.before) and _HOLIDAY_EVENT_AFTER.match(v.after)))


def season_as_a_kind(v: Look) -> bool:
    """"the fall of the regime", "the summer holiday": no dated season."""
    g = v.g
    return (not g.get("year") and (g.get("rel") or "").lower() in ("", "the")
            and bool(_THE_FALL.match(v.after) or _SEASON_COMPOUND.match(v.after)))


def year_in_a_name(v: Look) -> bool:
    """"the Year of the Dragon": a capitalised "Year" mid-sentence is a name."""
    return bool(re.search(r"\bYear\b", v.text[v.c.start:v.c.end]) and not SENTENCE_START.search(v.before))
