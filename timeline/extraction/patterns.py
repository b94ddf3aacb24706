"""Building blocks of the grammar's patterns: month, weekday, year and day names, modifiers,
counts and units, clock times and holidays, most built from the lexicon's tables."""

import re

from .lexicon import (
    DAY_ORDINALS,
    MONTHS,
    NUM_WORD_RE,
    WEEKDAYS,
)
from .lexicon import HOLIDAYS as HOLIDAY_TABLE


def _i(words: str) -> str:
    return f"(?i:{words})"


def _names(table: dict) -> tuple[list[str], list[str]]:
    """The full names (the longest word for each value) and the abbreviations of a lexicon table,
    capitalised, longest first."""
    full = {max((w for w, v in table.items() if v == value), key=len) for value in table.values()}
    abbreviations = set(table) - full
    return ([w.capitalize() for w in sorted(full, key=lambda w: table[w])],
            [w.capitalize() for w in sorted(abbreviations, key=len, reverse=True)])


# Month names are case-sensitive so that "march"/"may" as verbs stay out; in capitals "MAY" is a modal.
_MONTH_NAMES, _MONTH_ABBREVIATIONS = _names(MONTHS)
MON = (
    r"(?P<mon>(?:" + "|".join(_MONTH_NAMES) + r")\b|(?:" + "|".join(_MONTH_ABBREVIATIONS)
    + r")(?:\.|\s\.(?=\s?\d)|\b)|(?:" + "|".join(m.upper() for m in _MONTH_NAMES if m != "May") + r")\b)"
)
_WEEKDAY_NAMES, _WEEKDAY_ABBREVIATIONS = _names(WEEKDAYS)
WKD = r"(?P<wkd>" + "|".join(_WEEKDAY_NAMES) + r")"
YEAR = r"(?P<year>(?:1[6-9]|20)\d\d|['’]\d\d)(?![\d%]|[.,]\d|-\d|/\d|\s?per\s?cent|\s?percent)"
# "on 25 June last year": the year counted from the story's, after a day and month.
YEAR_REL = r"\s+(?P<yrel>" + _i("this|last|next") + r")\s+" + _i("year") + r"\b(?![-'’])"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%]|[.,:]\d|-\d|\s?per)"
# "end-2024", "by end-March": the markets' shorthand for the end of a period, hyphenated only.
MOD = (
    r"(?:(?P<mod>" + _i(r"early on|late on|early|late|mid|the end of|the beginning of|the start of|"
                        r"the middle of|the turn of|end of|beginning of|start of|"
                        r"middle of|the close of|the first part of|the latter part of|end(?=-)") + r")(?:\s+|-))?"
)
REL = (
    r"(?:(?P<rel>" + _i(r"this past|this coming|the coming|the past|the previous|the prior|the same|"
                        r"the following|the next|the last|the current|the latest|"
                        r"the most recent|earlier this|later this|this|last|next|past|"
                        r"previous|prior|that|coming|current|early|late") + r")\s+)"
)
NUM = r"(?P<num>" + _i(NUM_WORD_RE) + r")"
UNIT = r"(?P<unit>" + _i(r"second|minute|hour|day|night|week|weekend|fortnight|month|"
                         r"quarter|year|decade|centur(?:y|ie)|millenni(?:um|a)") + r")"
SEASON = r"(?P<season>" + _i(r"spring|summer|fall|autumn|winter") + r")"
# "the second quarter ended Oct. 31, 1988": the end date says which year (and,
# for an unnamed quarter, which three months) a reported quarter is.
_QUARTER_ENDED = (r"(?=\s+(?P<ended>ended|ending)\s+(?P<endmon>" + MON[8:-1] + r")\s*(?P<endday>[0-3]?\d)\b"
                  r"(?:,?\s+(?P<endyear>(?:1[6-9]|20)\d\d)\b)?)?")
ORD = r"(?P<ord>" + _i(r"first|second|third|fourth|final|1st|2nd|3rd|4th") + r")"
APPROX = (
    r"(?:(?P<approx>" + _i(r"about|around|nearly|almost|roughly|approximately|some|"
                           r"more than|less than|at least|at most|up to|"
                           r"no more than|no less than|just over|just under|"
                           r"barely|a little over|well over") + r")\s+)?"
)
LEAD = _i(r"in|during|by|since|until|till|through|throughout|for|over|within|from|"
          r"after|before|of|last|this|next|early|late")
CLOCK_ZONE = r"GMT|UTC|BST|CET|CEST|[ECMP][SD]T|ET|JST|HKT|SGT"
# "Tue July 15": a page header's weekday before its date.
WKD_ABBR = r"(?:(?:" + "|".join(_WEEKDAY_ABBREVIATIONS) + r")\.?,?\s+)?"
DWORD = r"(?P<dword>" + _i(r"today|tonight|tomorrow|yesterday") + r")\b"
# The day a clock time names after it, perhaps past the time in another zone: "Sunday",
# "(2153 GMT) on Tuesday", "on Tue July 15, 2025", "tomorrow". News annotation keeps
# "10:35 a.m. (0735 GMT) Friday" as two expressions, so a.m./p.m. times skip no zone.
# A weekday before a day-first date ("on Saturday, 23 January") leaves the date to say the day.
CONVERTED = r"(?:\s*\([^()\n]{1,30}\))?"
_CLOCK_DM = (r"(?P<cday>[0-3]?\d)(?:st|nd|rd|th)?\s+" + MON.replace("<mon>", "<cmon>")
             + r"(?:\s?,?\s+" + YEAR.replace("<year>", "<cyear>") + r")?")
CLOCK_DAY = (r"(?:" + CONVERTED + r",?\s+(?:" + _i("on") + r"\s+)?(?:" + WKD + r"\b(?:,?\s+" + _CLOCK_DM + r")?|"
             + WKD_ABBR + MON + r"\s*" + DAY + r"(?:,\s*" + YEAR + r")?)|\s+" + DWORD + r")?")
PART = r"(?P<part>" + _i(r"morning|afternoon|evening|night") + r")"
# Spoken news spells days out: "March eighth", "June twenty-first".
SPOKEN_DAY = r"(?P<day>" + _i("|".join(DAY_ORDINALS)) + r")\b(?!-)"
# Transcripts spell years out: "nineteen ninety-four", "two thousand one".
SPOKEN_YEAR = r"(?P<spoken>" + _i(
    r"(?:nineteen|eighteen|twenty)[- ](?:ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|"
    r"two thousand(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?"
) + r")"
# The end of a pair of years, unless the pair is a number ("1990-95%", "2009-10-31", "2009/10/31").
YEAR_PAIR_END = r"(?:(?:1[6-9]|20)\d\d|\d\d)\b(?![-–/.,:]\d|\s?%|\s?per)"
# "c. 1850", "circa 1900", "around 1990", "born about 1832": a year (or decade) given as an approximation;
# "about" only after a verb of dating or a preposition of time ("what I feel about 1989" is its topic).
_ABOUT_AFTER = ("born", "died", "built", "founded", "made", "written", "dated", "dating", "from", "until", "since",
                "in")
CIRCA = (r"(?:(?P<circa>" + _i(r"c\.|ca\.|circa") + r")\s?|(?P<circa2>" + _i(r"around|approximately|roughly")
         + r"|(?:" + "|".join(r"(?<=\b" + _i(w) + r"\s)" for w in _ABOUT_AFTER) + r")" + _i("about") + r")\s+)")
FISCAL_YEAR = r"(?:(?P<fiscal>" + _i(r"fiscal(?:\s+year)?|FY") + r")\s*)?" + YEAR

def _holiday_pattern(name: str) -> str:
    """A holiday's name as written: either apostrophe, "St." with or without its dot."""
    return re.escape(name).replace("'", "['’]").replace(r"St\.", r"St\.?").replace(r"\ ", " ")


# Longest first, so "Christmas Eve" is not read as "Christmas".
HOLIDAY_NAMES = "|".join(_holiday_pattern(name) for name in sorted(HOLIDAY_TABLE, key=len, reverse=True))
HOLIDAYS = r"(?P<holiday>" + HOLIDAY_NAMES + r")\b"

