"""Recogniser: a regex grammar of English temporal expressions.

Each rule is (kind, compiled regex). A rule may capture a ``core`` group when
it needs left context (a preposition) to decide but the context is not part
of the expression; the candidate's span is then the core group's span.
Month names are case-sensitive so that "march"/"may" as verbs stay out.
"""

import re
from typing import NamedTuple

from .lexicon import (
    DAY_ORDINALS,
    DECADE_WORDS,
    DEICTIC_DAYS,
    MONTHS,
    NUM_WORD_RE,
    PARTS_OF_DAY,
    RATE_AMOUNT_RE,
    SEASONS,
    SET_ADVERBS,
    UNITS,
    WEEKDAYS,
)
from .lexicon import HOLIDAYS as HOLIDAY_TABLE


class Candidate(NamedTuple):
    kind: str
    start: int
    end: int
    groups: dict


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
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%]|[.,:]\d|-\d|\s?per)"
MOD = (
    r"(?:(?P<mod>" + _i(r"early on|late on|early|late|mid|the end of|the beginning of|the start of|"
                        r"the middle of|the turn of|end of|beginning of|start of|"
                        r"middle of|the close of|the first part of|the latter part of") + r")(?:\s+|-))?"
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
CLOCK_DAY = (r"(?:" + CONVERTED + r",?\s+(?:" + _i("on") + r"\s+)?(?:" + WKD + r"(?:,?\s+" + _CLOCK_DM + r")?|"
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
FISCAL_YEAR = r"(?:(?P<fiscal>" + _i(r"fiscal(?:\s+year)?|FY") + r")\s*)?" + YEAR

def _holiday_pattern(name: str) -> str:
    """A holiday's name as written: either apostrophe, "St." with or without its dot."""
    return re.escape(name).replace("'", "['’]").replace(r"St\.", r"St\.?").replace(r"\ ", " ")


# Longest first, so "Christmas Eve" is not read as "Christmas".
HOLIDAY_NAMES = "|".join(_holiday_pattern(name) for name in sorted(HOLIDAY_TABLE, key=len, reverse=True))
HOLIDAYS = r"(?P<holiday>" + HOLIDAY_NAMES + r")\b"

_RULES = [
    ("iso", r"(?<![\w/.-])(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?"
            r"(?:T(?P<hh>\d\d):(?P<mi>\d\d))?(?![\w/-]|\.\d)"),
    ("numeric", r"(?<![\w/.])\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)(?![\w/])"),
    ("md", WKD + r",?\s+" + MON + r"\s*" + DAY + r"(?:\s?,?\s*" + YEAR + r")?"),
    ("md", MOD + MON + r"\s*" + DAY + r"(?:\s?,?\s*" + YEAR + r")?"),
    # "April 24 and 25": the second day is a date of its own in the same month.
    ("md", MON + r"\s*[0-3]?\d(?:st|nd|rd|th)?\s+" + _i("and|or|to|through") + r"\s+(?P<core>"
           + DAY + r"(?:\s?,?\s*" + YEAR + r")?)(?!\s*(?:[$%]|[Pp]er))"),
    # "June 9-10": each end of a range of days is a date.
    ("md", MON + r"\s*(?P<day>[0-3]?\d)(?=\s?[-–]\s?[0-3]?\d\b(?![-–/.]\d)(?:,?\s*" + YEAR + r")?)"),
    ("md", MON + r"\s*[0-3]?\d\s?[-–]\s?(?P<core>" + DAY + r"(?:\s?,?\s*" + YEAR + r")?)"),
    ("dm", MOD + r"(?:" + _i("the") + r"\s+)?" + DAY
           + r"(?:\s+" + _i("of") + r")?\s+" + MON + r"(?:\s?,?\s+" + YEAR + r")?"),
    # "from 1 to 3 July", "1-3 July": the first day of the range takes the month at its end.
    ("dm", r"(?<![\d,.$-])(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?=\s*(?:(?:and|or|to|through)\s+|[-–]\s*)"
           r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:" + _i("of") + r"\s+)?" + MON
           + r"(?:\s?,?\s+" + YEAR + r")?)"),
    ("dm", WKD + r",?\s+(?:" + _i("the") + r"\s+)?" + DAY + r"(?:\s+" + _i("of") + r")?\s+" + MON
           + r"(?:\s?,?\s+" + YEAR + r")?"),
    # "March eighth", "the twenty-first of June": spoken news spells the day out. Only where the
    # phrase ends or a year follows, so "May first-quarter sales" stays out.
    ("md", MOD + MON + r"\s+" + SPOKEN_DAY + r"(?:\s?,?\s+" + YEAR + r"|(?=\s*(?:[.,;:!?)\"'”]|$)))"),
    ("dm", MOD + _i("the") + r"\s+" + SPOKEN_DAY + r"\s+" + _i("of") + r"\s+" + MON + r"(?:\s?,?\s+" + YEAR + r")?"),
    ("my", MOD + MON + r"(?:,?\s+|\s+" + _i("of") + r"\s+)(?:" + YEAR + "|" + SPOKEN_YEAR + r"\b)"),
    # "hearings resume on the 21st": a day of the month the story is in, or next to it.
    # Only where the phrase ends, so "the 21st century" and "the 1st Cavalry" stay out.
    ("mday", r"\b" + _i(r"on|by|until|till|before|after|from|since|through|to|for") + r"\s+(?P<core>"
             + _i("the") + r"\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th))"
             r"(?=\s*(?:[.,;:)!?]|$)|\s+(?:and|or|to|through|when|at)\b)"
             # "from the 14th to the 21st of August": the month (and year) come at the end.
             r"(?=\s*(?:and|or|to|through|-|–)\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?"
             + MON + r"(?:\s?,?\s+" + YEAR + r")?)?"),
    ("month", MOD + REL + r"?" + MON + r"(?!\.?\s*\d)(?:\s+(?P<yrel>" + _i("this|last|next")
              + r")\s+" + _i("year") + r"\b)?"),
    ("year", MOD + r"(?:(?P<the>" + _i("the year") + r")\s+)?" + FISCAL_YEAR
             + r"(?!\s*(?:million|billion|trillion|[Mm]\b))"),
    # "2014-2016", "the 1998-99 season", "2009/10": both years of a pair are dates.
    ("year", r"(?P<year>(?:1[6-9]|20)\d\d)(?=\s?[-–/]\s?(?P<yy>" + YEAR_PAIR_END + r"))"),
    ("yearpair", r"(?P<from>(?:1[6-9]|20)\d\d)\s?[-–/]\s?(?P<core>(?P<yy>" + YEAR_PAIR_END + r"))"),
    ("decade", r"(?:" + _i("the") + r"\s+)?" + MOD + r"(?:(?P<dec>(?:1[6-9]|20)\d0)'?s|['’](?P<yy0>\d0)s|"
               r"(?P<decw>" + _i("|".join(DECADE_WORDS)) + r"))\b"),
    ("century", r"(?:" + _i("the") + r"\s+)?" + MOD + r"(?P<cent>\d{1,2}(?:st|nd|rd|th)|"
                + _i(r"eighteenth|nineteenth|twentieth|twenty-first|21st") + r")[\s-]"
                + _i("century")),
    # "Monday and Tuesday nights": the plural reaches back over the coordination.
    ("set", WKD + r"(?=,?\s+(?:and|or)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
            r"Sunday)(?:\s+" + PART + r")?s\b)"),
    # "obvious that Tuesday's quake": "that" before a possessive weekday is a conjunction.
    ("weekday", MOD + r"(?!" + _i("that") + r"\s+(?:" + WKD[8:-1] + r")['’]s\b)" + REL + r"?" + WKD
                + r"(?:\s+" + PART + r")?"),
    # "Today is the eighth day of Desert Shield", "It's the second day of an offensive":
    # the day counted is the day the story names.
    ("nthday", r"\b(?P<dword>" + _i(r"today|tomorrow|yesterday|it['’]s|it\s+is|this\s+is") + r")\s+"
               r"(?:" + _i(r"is|was|will\s+be") + r"\s+)?(?P<core>(?:" + _i("the") + r"\s+)?"
               + _i(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                    r"(?:\s+(?:straight|consecutive|full))?\s+day") + r")\b(?=\s+(?:of|in|since)\b)"),
    ("deictic", MOD + r"(?P<word>" + _i(r"today|tonight|yesterday|tomorrow") + r")(?:\s+"
                + PART + r")?\b"),
    ("partday", r"(?P<word>" + _i(r"this|last|tomorrow|yesterday") + r")\s+" + PART + r"\b"),
    # "the past three summers" counts periods the grammar has no unit for; it is no PAST_REF.
    ("ref", r"\b(?P<ref>" + _i(r"currently|recently|nowadays|at present|the present|"
                              r"the past(?!\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                              r"twenty|few|several|many|couple)\b)|"
                              r"the future|these days|recent (?:decades|years|months|weeks|days|times)|"
                              r"the near future|the near term|the short term|the time being|"
                              r"lately|future (?:years|months|weeks|quarters|decades)|then[- ]current")
              + r"|[Rr]ight now|[Nn]ow|current|recent)\b(?!-)"),
    # "will soon", "may soon seek": some nearby future time; "as soon as",
    # "soon after" relate two events instead.
    ("ref", r"(?:(?P<modal>" + _i(r"will|would|could|may|might|can|should|must|shall")
            + r")\s+)?(?<!\bas\s)(?<!\bhow\s)(?<!\btoo\s)(?<!\bso\s)\b(?P<core>(?P<ref>"
            + _i("soon") + r"))\b(?!-|\s+(?:as|after|afterwards?|thereafter|before|enough)\b)"),
    # "will one day be": some future time, not a day's length.
    ("ref", r"\b" + _i(r"will|would|could|may|might|can|should|must") + r"\s+(?P<core>(?P<ref>"
            + _i("one day") + r"))\b"),
    ("weekend", MOD + _i("the") + r"\s+" + _i("weekend") + r"\b"),
    # A market report's "for the week", "the week's session": the week under
    # discussion; "the week of/before ..." is left to other rules.
    ("theweek", r"\b(?:(?P<core>" + _i("the week") + r")(?=['’]s\b)|" + _i(r"for|during|earlier in|"
                r"later in|early in|late in") + r"\s+(?P<core2>" + _i("the week") + r")\b(?!['’-]|\s+(?:"
                + _i(r"of|before|after|following|ahead|ending|ended|that|when|in|to|long|earlier|later")
                + r")\b))"),
    ("weekof", _i("the week") + r"\s+" + _i("of|ended|ending|to") + r"\s+" + MON + r"\s*" + DAY
               + r"(?:\s?,?\s*" + YEAR + r")?"),
    # "the first week of November": the week around that stretch of the month.
    ("monthweek", r"(?:" + _i("the") + r"\s+)?(?P<nth>" + _i("first|second|third|fourth|last|final")
                  + r")\s+" + _i("week") + r"\s+" + _i("of") + r"\s+" + MON + r"(?:\s?,?\s+" + YEAR + r")?"),
    # "the day before Tuesday's hearing": a day counted from the date it names.
    ("dayshift", r"(?:" + _i("the") + r"\s+)?(?P<core>(?P<way>" + _i("day before|day after")
                 + r")\s+(?:(?P<deic>" + _i("yesterday|tomorrow") + r")|" + REL + r"?" + WKD + r"|"
                 + MON + r"\s*" + DAY + r"(?:\s?,?\s*" + YEAR + r")?|" + HOLIDAYS + r"))"),
    # "a week from Friday", "two weeks from tomorrow": that many weeks after the day named.
    ("weekshift", r"\b(?P<num>" + _i(r"a|one|two|three|four|\d") + r")\s+" + _i("weeks?") + r"\s+"
                  + _i("from") + r"\s+(?:(?P<deic>" + _i("today|tomorrow") + r")|" + WKD + r"|" + MON
                  + r"\s*" + DAY + r"(?:\s?,?\s*" + YEAR + r")?)\b(?!\s+(?:to|until|through)\b)"),
    # "the week after next", "the month before last": two units away.
    ("twoaway", r"\b" + _i("the") + r"\s+(?P<unit>" + _i("week|month|year") + r")\s+(?P<way>"
                + _i(r"after\s+next|before\s+last") + r")\b"),
    ("spoken_year", r"\b(?:" + _i("the year") + r"\s+)?" + SPOKEN_YEAR + r"\b"),
    ("anaphor", r"\b(?:" + _i("earlier|later") + r"\s+)?(?P<ana>" + _i(
        r"that(?:\s+same)?|the\s+same|the\s+following|the\s+preceding") + r")\s+(?P<unit>"
        + _i("day|morning|afternoon|evening|night|week|month|quarter|year") + r")\b(?!-)"),
    ("anaphor", r"\b(?P<ana>" + _i(r"the\s+next|the\s+previous") + r")\s+(?P<unit>"
        + _i("day|morning|afternoon|evening|night") + r")\b(?!-)"),
    # "He died on June 25. The day before, he rehearsed.": a unit counted from the story's
    # reference time, where nothing follows to count from ("the day before the vote" is no date).
    ("anaphor", r"\b(?P<ana>" + _i("the") + r")\s+(?P<unit>" + _i("day|night") + r")\s+(?P<way>"
        + _i("before|after|earlier|later") + r")\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|when|as|he|she|they|it|we|"
        r"I|you|there)\b)"),
    # "the previous Friday", "the following Monday": counted from the story's reference day.
    ("anaphor", r"\b(?P<ana>" + _i(r"the\s+following|the\s+preceding|the\s+previous") + r")\s+"
        + WKD.replace("wkd", "unit") + r"\b"),
    # "last fiscal year", "the latest fiscal quarter": a fiscal period keeps its label.
    ("rel", MOD + REL + r"(?:" + _i("fiscal") + r"[\s-]+(?=" + _i("year|quarter") + r"))?"
            r"(?P<unit>" + _i(r"week|weekend|month|year|quarter|decade|century|"
                                          r"spring|summer|fall|autumn|winter|season") + r")\b"
            r"(?:\s+(?P<orso>" + _i("or so") + r")\b)?"),
    # "later in the month", "earlier in the year": a part of the current one.
    ("rel", r"(?P<mod>" + _i("earlier in|later in") + r")\s+(?P<rel>" + _i("the") + r")\s+(?P<unit>"
            + _i("month|year") + r")\b(?![-'’]|\s+(?:of|before|after|when|in)\b)"),
    # Bare "the month" is as often a length or an anaphor as the current
    # month, but a part of it ("by the end of the month") is the current one.
    ("rel", r"(?P<mod>" + _i(r"the end of|the beginning of|the start of|the middle of|"
                             r"the close of|the turn of|end of|beginning of|start of|middle of")
            + r")\s+(?P<rel>" + _i("the") + r")\s+(?P<unit>" + _i("week|month|year|decade|century")
            + r")\b(?![-'’]|\s+(?:of|before|after|when|in)\b)"),
    ("ago", APPROX + NUM + r"(?:\s+" + _i("and a half") + r")?(?:(?<=[Hh]alf)\s+" + _i("an?") + r"(?=\s))?[\s-]+" + UNIT
            + r"s?(?:\s+" + _i("and a half") + r")?\s+(?:(?P<orso>" + _i("or so") + r")\s+)?"
            r"(?P<dir>" + _i(r"ago|back|earlier|before|later|from now|from today|hence") + r")\b"),
    ("yearago", r"(?:" + _i("the") + r"\s+)?(?:" + _i("comparable|corresponding") + r"\s+)?"
                r"(?P<ya>" + _i(r"year-earlier|year-ago|year earlier") + r")\s+(?P<unit>"
                + _i("quarter|period") + r")\b"),
    ("yearago", r"\b(?P<ya>" + _i(r"year-earlier|year-ago") + r")\b"),
    # The year a report is about: "for the full year", "by year-end".
    ("fyear", r"\b(?P<end>" + _i(r"(?:the\s+)?end\s+of\s+the\s+year|year[- ]end|year['’]s\s+end")
              + r")(?![\w-])"),
    ("fyear", r"\b" + _i(r"the\s+(?:(?P<which>full|fiscal|current|calendar|current\s+fiscal)\s+)?year"
                         r"(?=\s+(?P<ended>ended|ending|(?:to|through)(?=\s+" + MON + r")))?")
              + r"(?![\w'’-]|\s+(?:\d|'\d|"
              + _i(r"ago|earlier|before|after|later|or|two thousand") + r"))"),
    ("quarter", MOD + r"(?:(?P<the>" + _i("the") + r")\s+)?(?:(?P<qrel>" + _i(r"latest|current|same|"
                r"previous|past|last|next|coming|most recent|recent|year-earlier|year-ago")
                + r")\s+)?(?:" + _i("fiscal") + r"\s+)?" + ORD + r"[\s-]+(?:" + _i("fiscal")
                + r"\s+)?" + _i("quarter") + r"(?:\s+" + _i("of") + r"\s+(?:(?P<yrel>"
                + _i("this|last|next|the") + r")\s+" + _i("year") + r"|(?:" + _i("fiscal")
                + r"\s+)?" + YEAR + r"))?(?!\s+(?:of\s+)?(?:a|an|one)\s)" + _QUARTER_ENDED),
    ("quarter", YEAR + r"(?:'s)?\s+" + ORD + r"[\s-]+" + _i("quarter")),
    ("quarter", r"(?:" + _i("the") + r"\s+)" + YEAR + r"\s+(?:" + ORD + r"[\s-]+)?"
                + _i("quarter|period") + r"\b"),
    ("quarter", r"(?P<yrel>" + _i("this|last|next") + r")\s+" + _i("year['’]s") + r"\s+(?:"
                + ORD + r"[\s-]+)?" + _i("quarter|period") + r"\b"),
    ("quarter", MOD + r"(?:(?P<the>" + _i("the") + r")\s+)(?:(?P<qrel>" + _i(r"latest|current|same|"
                r"previous|past|last|next|coming|most recent|recent|fiscal") + r")\s+)?"
                + _i("quarter") + r"(?!\s+(?:of\s+)?(?:a|an|one)\b|-)"
                # "the quarter ended July 31" says which three months it means.
                + _QUARTER_ENDED),
    # "the same period last year", "the corresponding quarter a year earlier": the
    # year-ago twin of the quarter under discussion.
    ("quarter", r"(?P<the>" + _i("the") + r")\s+" + _i("same|corresponding|comparable") + r"\s+"
                + _i(r"quarter|period|three\s+months") + r"\s+(?:" + _i("of") + r"\s+)?(?P<qyago>"
                + _i(r"last\s+year|the\s+previous\s+year|the\s+prior\s+year|a\s+year\s+(?:ago|earlier|before)|"
                     r"the\s+year\s+before") + r")\b"),
    # Results stories call the quarter they report "the latest period".
    ("quarter", r"(?P<the>" + _i("the") + r")\s+(?P<qrel>" + _i("latest") + r")\s+"
                + _i("period") + r"\b"),
    # "the September quarter": the quarter that ends (or runs) in that month.
    ("mquarter", _i("the") + r"\s+" + MON + r"[\s-]+" + _i("quarter") + r"\b"),
    ("qcode", r"\b(?:(?P<q1>Q[1-4])(?:\s+" + YEAR + r")?|(?P<y2>(?:19|20)\d\d)\s*(?P<q2>Q[1-4])"
              r"|(?P<q3>[1-4])Q(?:\s*(?P<y3>(?:19|20)\d\d))?)\b"),
    # Results shorthand: "2Q25", "1H25", "H1 2025", "FY25"; without its year, "H2"
    # or "2H" is as likely a name or a pencil grade.
    ("fincode", r"\b(?:(?P<q>[1-4])Q(?P<qyy>\d\d)|(?P<h>[12])H(?P<hyy>\d\d)|H(?P<h2>[12])(?:\s+" + YEAR
                + r"|(?P<h2yy>\d\d))|FY\s?(?P<fyy>\d\d))(?![\w-])"),
    ("half", MOD + r"(?:" + _i("the") + r"\s+)?(?P<ord>" + _i(r"first|second|1st|2nd|latter|last|"
             r"back|front") + r")[\s-]" + _i("half") + r"(?:\s+" + _i("of") + r"\s+(?:(?P<yrel>"
             + _i("this|last|next|the") + r")\s+" + _i("year") + r"|(?:" + _i("fiscal") + r"\s+)?"
             + YEAR + r"))?(?!\s+of\s+(?!\d|this|last|next|the year|fiscal))"),
    # "the first two quarters of 1990" is a half, "the last three months of 2024" a quarter.
    ("yearpart", APPROX + r"(?:" + _i("the") + r"\s+)?(?P<edge>" + _i("first|last|final") + r")\s+(?P<num>"
                 + _i("two|three|six|2|3|6") + r")\s+(?P<unit>" + _i("months|quarters") + r")\s+"
                 + _i("of") + r"\s+(?:(?P<yrel>" + _i("this|last|next|the") + r")\s+" + _i("year")
                 + r"|(?:" + _i("fiscal") + r"\s+)?" + YEAR + r")"),
    ("season", r"\b" + MOD + REL + SEASON + r"(?:\s+(?:" + _i("of") + r"\s+)?" + YEAR + r")?\b"),
    ("season", r"\b" + MOD + SEASON + r"\s+(?:" + _i("of") + r"\s+)?" + YEAR),
    ("season", _i("the") + r"\s+" + MOD + SEASON + r"(?:\s+" + _i("of") + r"\s+(?:" + YEAR + "|"
               + SPOKEN_YEAR + r"))?\b"),
    ("season", r"\b(?:" + LEAD + r")\s+(?P<core>" + MOD + SEASON + r")\b"),
    # "Easter week", "Thanksgiving week": the week the holiday falls in.
    ("holiday", REL + r"?" + HOLIDAYS + r"(?P<hweek>\s+" + _i("week|weekend") + r"\b(?![-'’]))?(?:,?\s+(?:"
                + _i("of") + r"\s+)?" + YEAR + r")?"),
    # "will be redeemed in five years": in a plan, a time that far ahead.
    ("infuture", r"\b" + _i("in") + r"\s+(?P<core>" + APPROX + NUM + r"\s+" + UNIT
                 + r"s?(?:\s+(?P<orso>" + _i("or so|or two|or three") + r"))?)(?![\w-])"),
    ("duration", r"(?<![\w,.$-])" + APPROX + r"(?:(?P<det>" + _i(r"the past|the last|the next|the first|the previous|"
                 r"the coming|the latest|the final|the remaining|the following|the|past|last|"
                 r"next|first|another|the better part of|the entire|the whole|an extra|"
                 r"an additional|each of the past") + r")\s+)?" + NUM + r"(?:\s+" + _i("and a half")
                 + r")?(?:\s+" + _i("more|additional|extra|straight|consecutive|successive|full")
                 + r")?\s+" + UNIT + r"s?(?:\s+" + _i("and a half") + r")?"
                 + r"(?:\s+(?P<orso>" + _i("or so") + r"))?(?![\w-])"),
    ("duration", r"(?<![\w,.$-])" + APPROX + NUM + r"-" + UNIT + r"(?![\w-])"),
    # "a day-long meeting", "a decades-long battle", "a weeklong strike".
    ("longdur", r"\b(?:(?P<num>" + _i(r"one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}")
                + r")-)?(?P<unit>" + _i("hour|day|week|month|year|decade|centur(?:y|ie)") + r")(?P<plural>s)?"
                + r"-?" + _i("long") + r"(?![\w-])"),
    # "for an additional year", "another month": one more unit.
    ("duration", r"(?<![\w,.$-])" + APPROX + r"(?P<num>" + _i("another|an additional|an extra")
                 + r")\s+" + UNIT + r"(?![\w-])"),
    ("duration", r"(?<![\w,.$-])" + APPROX + r"(?P<num>" + _i("half") + r")\s+" + _i("an?") + r"\s+"
                 + UNIT + r"(?![\w-])"),
    # A length with no count at all: "for a while", "took some time".
    ("while", r"\b" + _i(r"for|after|within|take|takes|took|taking|spent|spend|last|lasted|"
                         r"wait|waited") + r"\s+(?P<core>" + _i(r"(?:quite\s+)?a\s+while|some\s+time")
              + r")\b(?!\s+(?:ago|later|earlier|before|after|now|to)\b)"),
    ("duration", r"\b(?:" + _i(r"for|in|over|within|take|takes|took|taking|spent|spend|last|"
                               r"lasted") + r")\s+(?P<core>(?P<vague>"
                 + _i(r"years|months|weeks|decades|days|hours|minutes|centuries") + r"))\b"),
    ("duration", r"\b" + _i("past|coming") + r"\s+(?P<vague>"
                 + _i(r"years|months|weeks|decades|days|hours|minutes|centuries") + r")\b"),
    ("set", r"(?P<q>" + _i(r"every|each") + r")\s+(?:(?P<other>" + _i("other") + r")\s+)?(?:"
            + NUM + r"\s+)?(?P<unit>" + _i(r"second|minute|hour|day|night|week|weekend|month|"
            r"quarter|year|decade|morning|afternoon|evening|spring|summer|fall|autumn|winter"
            r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday") + r")s?\b"),
    ("set", r"(?P<q>" + _i(r"every|each") + r")\s+" + MON),
    # "the annual Fourth of July fireworks show" recurs; it dates no one year.
    ("hset", r"\b" + _i(r"annual|yearly|every|each") + r"\s+" + HOLIDAYS),
    # Plural weekdays recur: "on Mondays", "Tuesday nights".
    ("set", WKD + r"(?:\s+" + PART + r")?s\b"),
    ("set", r"(?P<freq>" + _i(r"once|twice|three times|four times|\d+ times|several times|"
            r"many times") + r")\s+(?:a|an|per|every|each)\s+(?P<unit>" + _i(r"second|minute|"
            r"hour|day|night|week|month|quarter|year|decade") + r")\b"),
    ("set", r"\b(?P<adv>" + _i("|".join(SET_ADVERBS)) + r")\b"),
    # A rate ("$1 billion a year", "four flights a week") recurs every period.
    ("set", RATE_AMOUNT_RE + r"(?P<core>(?:a|an|per)\s+(?P<unit>" + _i("year|month|week|day|night|hour")
            + r"))\b"),
    ("set", r"\b(?:" + _i("a|per") + r")\s+(?P<unit>" + _i("year|month|week|day") + r")\b"
            r"(?=\s*(?:[.,;)]|$))"),
    ("clock", r"(?<![\d:.$])(?P<hh>[0-2]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>"
              + _i(r"a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b|o'clock") + r")(?:\s+(?P<tz>"
              r"[ECMP][SD]T|GMT|UTC|ET|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:[Tt]ime|[Ss]tandard\s+[Tt]ime|"
              r"[Dd]aylight\s+[Tt]ime))?|[Ll]ocal\s+time|(?!(?:The|This|That|An?|Its|Their|Our|His|Her)\s)"
              r"[A-Z][a-z]+\s+time\b))?" + CLOCK_DAY.replace(CONVERTED, "")),
    # "4 in the morning", "eight o'clock at night": the part of the day says a.m. or p.m.
    ("clock", r"\b" + _i(r"at|by|until|till|before|after|around|about|from|since|to") + r"\s+(?P<core>(?P<hh>"
              + _i(r"[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")
              + r")(?::(?P<mi>[0-5]\d))?(?:\s+" + _i("o'clock") + r")?\s+(?P<inpart>"
              + _i(r"in\s+the\s+(?:morning|afternoon|evening)|at\s+night") + r")\b(?:,?\s+(?:" + _i("on")
              + r"\s+)?" + WKD + r")?)"),
    # A 24-hour time is a time only with its zone ("10:00 GMT", wire style "1653 local time",
    # "0930 BST Sunday"); bare "10:00" may be a score, bare "1653" a year.
    ("clock", r"(?<![\d:.,$])(?P<hh>[01]?\d|2[0-3]):?(?P<mi>[0-5]\d)\s*(?P<tz>" + CLOCK_ZONE
              + r"|" + _i("local time") + r")\b" + CLOCK_DAY),
    ("clock", r"\b(?P<word>" + _i(r"noon|midnight|midday") + r")\b" + CLOCK_DAY),
]

# Every expression starts at a word start; saying so up front lets the regex
# engine skip the other positions before it tries the optional modifiers.
RULES = [(kind, re.compile(r"(?<!\w)(?=[\w'’$])(?:" + rx + ")")) for kind, rx in _RULES]

# Every rule needs one of these somewhere in its match, starting a word ("now",
# not "know"). Running the rules only on windows around them skips most of a
# text, which is what makes the engine fast: the rules' optional modifier
# prefixes make a full scan costly.
# The words the rules are built on, from the lexicon's tables (a plural such as "centuries" is
# reached through its stem), and the heads of the rules that have no table.
_TRIGGER_WORDS = sorted({
    *DEICTIC_DAYS, *PARTS_OF_DAY, *SEASONS, *SET_ADVERBS, *DECADE_WORDS,
    *(w[:-1] if w.endswith("y") and len(w) > 4 else w[:-2] if w.endswith("um") else w for w in UNITS),
    "now\\b", "current", "recent", "past", "future", "present", "lately", "these days", "term\\b", "time being",
    "noon", "midnight", "midday", "season", "half", "nineteen", "eighteen", "two thousand", "year-earlier",
    "latest period", "soon", "while", "some time",
}, key=len, reverse=True)
_TRIGGER = re.compile(
    r"\b(?:" + MON[8:-1] + "|" + WKD[8:-1] + r")|(?<![\d.,])(?:1[6-9]|20)\d\d(?![\d.,]\d)|"
    r"\d/\d|\d\s*(?:[ap]\.?m\b|o'clock)|\b(?i:the)\s+[0-3]?\d(?:st|nd|rd|th)\b|\b(?:[1-4]Q\d\d|[12]H\d\d|H[12]|FY\s?\d\d)|"
    r"\d:?\d\d\s*(?:" + CLOCK_ZONE + r"|local time)\b|\b(?:Q[1-4]|[1-4]Q)\b|['’]\d0s|"
    + HOLIDAY_NAMES + r"|"
    r"\b(?i:" + "|".join(_TRIGGER_WORDS) + r")")
# Modifiers ("the beginning of the most recent") reach further left than
# anything reaches right of a trigger (", 1998", " 2024").
_LEFT, _RIGHT = 50, 25


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged stretches of text around trigger words, widened to whitespace."""
    out: list[list[int]] = []
    n = len(text)
    for m in _TRIGGER.finditer(text):
        lo, hi = max(0, m.start() - _LEFT), min(n, m.end() + _RIGHT)
        if out and lo <= out[-1][1]:
            out[-1][1] = hi
        else:
            out.append([lo, hi])
    for w in out:
        while w[0] > 0 and not text[w[0] - 1].isspace():
            w[0] -= 1
        while w[1] < n and not text[w[1]].isspace():
            w[1] += 1
    return [(lo, hi) for lo, hi in out]


def candidates(text: str) -> list[Candidate]:
    """All rule matches, overlapping ones included."""
    out = []
    windows = _windows(text)
    for kind, rx in RULES:
        has_core = "core" in rx.groupindex
        for lo, hi in windows:
            for m in rx.finditer(text, lo, hi):
                if has_core and m.group("core") is not None:
                    start, end = m.span("core")
                elif "core2" in rx.groupindex and m.group("core2") is not None:
                    start, end = m.span("core2")
                else:
                    start, end = m.span()
                while end > start and text[end - 1] in " \t\n,":
                    end -= 1
                if end > start:
                    groups = m.groupdict()
                    if (mon := groups.get("mon")) and " " in mon:  # tokenised "Feb ."
                        groups["mon"] = mon.replace(" ", "")
                    if (day := groups.get("day")) and not day[0].isdigit():
                        groups["day"] = str(DAY_ORDINALS[" ".join(day.lower().split())])
                    out.append(Candidate(kind, start, end, groups))
    return out
