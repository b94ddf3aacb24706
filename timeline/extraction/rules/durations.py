"""The grammar's rules for durations and sets: lengths of time and what recurs."""

from ..filters.durations import (
    age,
    ordinal_second,
    rate_not_length,
    rate_or_figure,
    share_of_quarters,
    someday,
    title_unit,
)
from ..lexicon import RATE_AMOUNT_RE, SET_ADVERBS
from ..model import Rule
from ..patterns import (
    APPROX,
    HOLIDAYS,
    MON,
    NUM,
    PART,
    UNIT,
    WKD,
    _i,
)

DURATIONS_AND_SETS = [
    # "Monday and Tuesday nights": the plural reaches back over the coordination.
    Rule("weekday-coordinated-plural", "set",
         WKD + r"(?=,?\s+(?:and|or)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
            r"Sunday)(?:\s+" + PART + r")?s\b)",
         ("Monday and Tuesday nights", "Saturday or Sundays"), priority=1),
    Rule("duration", "duration",
         r"(?<![\w,.$-])" + APPROX + r"(?:(?P<det>" + _i(r"the past|the last|the next|the first|the previous|"
                 r"the coming|the latest|the final|the remaining|the following|the|past|last|"
                 r"next|first|another|the better part of|the entire|the whole|an extra|"
                 r"an additional|each of the past") + r")\s+)?" + NUM + r"(?:\s+" + _i("and a half")
                 + r")?(?:\s+" + _i("more|additional|extra|straight|consecutive|successive|full")
                 + r")?\s+" + UNIT + r"s?(?:\s+" + _i("and a half") + r")?"
                 + r"(?:\s+(?P<orso>" + _i("or so") + r"))?(?![\w-])",
         ("three years", "the past six months", "about two weeks"), priority=1,
         vetoes=(ordinal_second, share_of_quarters, someday, title_unit, age, rate_not_length)),
    Rule("hyphenated-duration", "duration",
         r"(?<![\w,.$-])" + APPROX + NUM + r"-" + UNIT + r"(?![\w-])",
         ("a 10-year plan", "a five-day strike"),
         vetoes=(share_of_quarters, title_unit, age)),
    # "a day-long meeting", "a decades-long battle", "a weeklong strike".
    Rule("long-duration", "longdur",
         r"\b(?:(?P<num>" + _i(r"one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}")
                + r")-)?(?P<unit>" + _i("hour|day|week|month|year|decade|centur(?:y|ie)") + r")(?P<plural>s)?"
                + r"-?" + _i("long") + r"(?![\w-])",
         ("a day-long meeting", "a decades-long battle", "a weeklong strike")),
    # "for an additional year", "another month": one more unit.
    Rule("one-more-unit", "duration",
         r"(?<![\w,.$-])" + APPROX + r"(?P<num>" + _i("another|an additional|an extra")
                 + r")\s+" + UNIT + r"(?![\w-])",
         ("another month", "an additional year"),
         vetoes=(share_of_quarters, title_unit)),
    Rule("half-a-unit", "duration",
         r"(?<![\w,.$-])" + APPROX + r"(?P<num>" + _i("half") + r")\s+" + _i("an?") + r"\s+"
                 + UNIT + r"(?![\w-])",
         ("half an hour", "half a day"),
         vetoes=(title_unit,)),
    # A length with no count at all: "for a while", "took some time".
    Rule("a-while", "while",
         r"\b" + _i(r"for|after|within|take|takes|took|taking|spent|spend|last|lasted|"
                         r"wait|waited") + r"\s+(?P<core>" + _i(r"(?:quite\s+)?a\s+while|some\s+time")
              + r")\b(?!\s+(?:ago|later|earlier|before|after|now|to)\b)",
         ("for a while", "it took some time")),
    Rule("vague-length", "duration",
         r"\b(?:" + _i(r"for|in|over|within|take|takes|took|taking|spent|spend|last|"
                               r"lasted") + r")\s+(?P<core>(?P<vague>"
                 + _i(r"years|months|weeks|decades|days|hours|minutes|centuries") + r"))\b",
         ("for years", "it took months")),
    Rule("past-or-coming-units", "duration",
         r"\b" + _i("past|coming") + r"\s+(?P<vague>"
                 + _i(r"years|months|weeks|decades|days|hours|minutes|centuries") + r")\b",
         ("in past years", "in coming months")),
    Rule("every-unit", "set",
         r"(?P<q>" + _i(r"every|each") + r")\s+(?:(?P<other>" + _i("other") + r")\s+)?(?:"
            + NUM + r"\s+)?(?P<unit>" + _i(r"second|minute|hour|day|night|week|weekend|month|"
            r"quarter|year|decade|morning|afternoon|evening|spring|summer|fall|autumn|winter"
            r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday") + r")s?\b",
         ("every week", "each Monday", "every other year")),
    Rule("every-month", "set",
         r"(?P<q>" + _i(r"every|each") + r")\s+" + MON,
         ("every January", "each May")),
    # "the annual Fourth of July fireworks show" recurs; it dates no one year.
    Rule("recurring-holiday", "hset",
         r"\b" + _i(r"annual|yearly|every|each") + r"\s+" + HOLIDAYS,
         ("the annual Fourth of July", "every Christmas")),
    # Plural weekdays recur: "on Mondays", "Tuesday nights".
    Rule("plural-weekday", "set",
         WKD + r"(?:\s+" + PART + r")?s\b",
         ("on Mondays", "Tuesday nights")),
    Rule("times-a-unit", "set",
         r"(?P<freq>" + _i(r"once|twice|three times|four times|\d+ times|several times|"
            r"many times") + r")\s+(?:a|an|per|every|each)\s+(?P<unit>" + _i(r"second|minute|"
            r"hour|day|night|week|month|quarter|year|decade") + r")\b",
         ("twice a week", "three times a year")),
    Rule("frequency-adverb", "set",
         r"\b(?P<adv>" + _i("|".join(SET_ADVERBS)) + r")\b",
         ("annually", "weekly"),
         vetoes=(rate_or_figure,)),
    # A rate ("$1 billion a year", "four flights a week") recurs every period.
    Rule("rate", "set",
         RATE_AMOUNT_RE + r"(?P<core>(?:a|an|per)\s+(?P<unit>" + _i("year|month|week|day|night|hour")
            + r"))\b",
         ("$1 billion a year", "four flights a week")),
    Rule("per-unit", "set",
         r"\b(?:" + _i("a|per") + r")\s+(?P<unit>" + _i("year|month|week|day") + r")\b"
            r"(?=\s*(?:[.,;)]|$))",
         ("sold per week.", "rent is paid per month.")),
]
