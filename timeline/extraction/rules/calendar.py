"""The grammar's rules for calendar dates and times: written days, months, years, decades, weekdays,
deictic days, holidays and clock times."""

from ..filters.calendar_words import (
    high_noon,
    holiday_as_a_kind,
    lone_abbreviation_is_a_name,
    march_is_a_name,
    may_is_a_modal,
    some_weekday,
    weekday_apposed_to_a_date,
    weekday_as_a_slot,
    weekday_in_a_name,
)
from ..filters.numbers import (
    cited_pages,
    day_of_an_early_year,
    days_run_backwards,
    first_day_runs_backwards,
    not_a_pair_of_years,
    number_not_a_year,
    range_end_counts_time,
    range_runs_backwards,
    time_in_a_schedule,
    time_in_another_zone,
)
from ..filters.references import deictic_in_a_name, generic_day
from ..lexicon import DECADE_WORDS
from ..model import Rule
from ..patterns import (
    CIRCA,
    CLOCK_DAY,
    CLOCK_ZONE,
    CONVERTED,
    DAY,
    FISCAL_YEAR,
    HOLIDAYS,
    MOD,
    MON,
    PART,
    REL,
    SPOKEN_DAY,
    SPOKEN_YEAR,
    WKD,
    YEAR,
    YEAR_PAIR_END,
    YEAR_REL,
    _i,
)

CALENDAR = [
    Rule("iso-date", "iso",
         r"(?<![\w/.-])(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?"
            r"(?:T(?P<hh>\d\d):(?P<mi>\d\d))?(?![\w/-]|\.\d)",
         ("2025-04-25", "2025-04-25T09:30")),
    Rule("numeric-date", "numeric",
         r"(?<![\w/.])\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)(?![\w/])",
         ("4/25/2025", "12/31/98")),
    Rule("weekday-month-day", "md",
         WKD + r",?\s+" + MON + r"\s*" + DAY + r"(?:\s?,?\s*" + YEAR + r"|" + YEAR_REL + r")?",
         ("Friday, April 25, 2025", "Tuesday July 15"),
         vetoes=(days_run_backwards,)),
    Rule("month-day", "md",
         MOD + MON + r"\s*" + DAY + r"(?:\s?,?\s*" + YEAR + r"|" + YEAR_REL + r")?",
         ("April 25", "Sept. 30, 1998", "Feb . 3 , 2009"),
         vetoes=(days_run_backwards, day_of_an_early_year)),
    # "July 8 and 9, 1991": the first day of a pair takes the year written after the second.
    Rule("month-day-first-of-pair", "md",
         MON + r"\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?=\s+" + _i("and|or") + r"\s+[0-3]?\d(?:st|nd|rd|th)?\s?,?\s*"
           + YEAR + r")",
         ("July 8 and 9, 1991", "May 3 or 4, 2024"), priority=1,
         vetoes=(days_run_backwards,)),
    # "April 24 and 25": the second day is a date of its own in the same month.
    Rule("month-day-second-of-pair", "md",
         MON + r"\s*[0-3]?\d(?:st|nd|rd|th)?\s+" + _i("and|or|to|through") + r"\s+(?P<core>"
           + DAY + r"(?:\s?,?\s*" + YEAR + r")?)(?!\s*(?:[$%]|[Pp]er))",
         ("April 24 and 25", "May 3 or 4, 2024"),
         vetoes=(days_run_backwards,)),
    # "June 9-10": each end of a range of days is a date.
    Rule("month-day-range-start", "md",
         MON + r"\s*(?P<day>[0-3]?\d)(?=\s?[-–]\s?[0-3]?\d\b(?![-–/.]\d)(?:,?\s*" + YEAR + r")?)",
         ("June 9-10", "March 3 - 5"),
         vetoes=(days_run_backwards,)),
    Rule("month-day-range-end", "md",
         MON + r"\s*[0-3]?\d\s?[-–]\s?(?P<core>" + DAY + r"(?:\s?,?\s*" + YEAR + r")?)",
         ("June 9-10", "March 3 - 5"),
         vetoes=(days_run_backwards, range_end_counts_time)),
    Rule("day-month", "dm",
         MOD + r"(?:" + _i("the") + r"\s+)?" + DAY
           + r"(?:\s+" + _i("of") + r")?\s+" + MON
           # "on 2nd June,1851.": a year typed without its space, where the phrase ends ("9 May,3000
           # people" is a count).
           + r"(?:(?:\s?,?\s+|\s?,(?=\d{4}(?:[.,;:)!?]|\s*$)))" + YEAR + r"|" + YEAR_REL + r")?",
         ("25 April", "the 3rd of March 2024", "3 June 2009"),
         vetoes=(day_of_an_early_year,)),
    # "from 1 to 3 July", "1-3 July": the first day of the range takes the month at its end.
    Rule("day-month-range-start", "dm",
         r"(?<![\d,.$-])(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?=\s*(?:(?:and|or|to|through)\s+|[-–]\s*)"
           r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:" + _i("of") + r"\s+)?" + MON
           + r"(?:\s?,?\s+" + YEAR + r")?)",
         ("1-3 July", "from 1 to 3 July 2025"),
         vetoes=(first_day_runs_backwards,)),
    # "Monday 20 to Friday 24 September", a listing's week: the first weekday and day take the month
    # (and year) at the range's end.
    Rule("weekday-day-month-range-start", "dm",
         WKD + r",?\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?=\s*(?:(?:and|or|to|through|until|till)\s+|[-–]\s*)"
           r"(?:(?:" + WKD[8:-1] + r"),?\s+)?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:" + _i("of") + r"\s+)?"
           + MON + r"(?:\s?,?\s+" + YEAR + r")?)",
         ("Monday 20 to Friday 24 September", "from Friday 3 to Sunday 5 June 2011"),
         vetoes=(range_runs_backwards,)),
    Rule("weekday-day-month", "dm",
         WKD + r",?\s+(?:" + _i("the") + r"\s+)?" + DAY + r"(?:\s+" + _i("of") + r")?\s+" + MON
           + r"(?:\s?,?\s+" + YEAR + r"|" + YEAR_REL + r")?",
         ("Monday 12 May", "Saturday, 23 January 2010")),
    # "March eighth", "the twenty-first of June": spoken news spells the day out. Only where the
    # phrase ends or a year follows, so "May first-quarter sales" stays out.
    Rule("month-spoken-day", "md",
         MOD + MON + r"\s+(?:" + _i("the") + r"\s+)?" + SPOKEN_DAY + r"(?:\s?,?\s+" + YEAR
           + r"|(?=\s*(?:[.,;:!?)\"'”]|$)))",
         ("March eighth", "June twenty-first, 1998", "January the twelfth")),
    # "January the 12th", "It's Wednesday, January the 12th": the day said after the month with "the".
    Rule("month-the-day", "md",
         MOD + r"(?:" + WKD + r",?\s+)?" + MON + r"\s+" + _i("the") + r"\s+(?P<day>[0-3]?\d)"
           + _i("st|nd|rd|th") + r"\b(?:\s?,?\s+" + YEAR + r"|" + YEAR_REL + r")?",
         ("January the 12th", "Wednesday, January the 12th, 2011")),
    Rule("spoken-day-of-month", "dm",
         MOD + _i("the") + r"\s+" + SPOKEN_DAY + r"\s+" + _i("of") + r"\s+" + MON + r"(?:\s?,?\s+" + YEAR + r")?",
         ("the twenty-first of June", "the eighth of March, 2024")),
    Rule("month-year", "my",
         MOD + MON + r"(?:,?\s+|\s+" + _i("of") + r"\s+)(?:" + YEAR + "|" + SPOKEN_YEAR + r"\b)",
         ("April 2025", "March of 1998")),
    # "hearings resume on the 21st": a day of the month the story is in, or next to it.
    # Only where the phrase ends, so "the 21st century" and "the 1st Cavalry" stay out.
    Rule("day-of-this-month", "mday",
         r"\b" + _i(r"on|by|until|till|before|after|from|since|through|to|for") + r"\s+(?P<core>"
             + _i("the") + r"\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th))"
             r"(?=\s*(?:[.,;:)!?]|$)|\s+(?:and|or|to|through|when|at)\b)"
             # "from the 14th to the 21st of August": the month (and year) come at the end.
             r"(?=\s*(?:and|or|to|through|-|–)\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?"
             + MON + r"(?:\s?,?\s+" + YEAR + r")?)?",
         ("hearings resume on the 21st.", "until the 3rd")),
    # "from April to June 2021", "February-September 2022": the first month takes the year written at the
    # range's end, or the year before when the range runs over New Year ("November to February 2020").
    Rule("month-range-start", "monthstart",
         r"(?<![\w-])" + MOD + MON + r"(?=\s*(?:(?:to|through|until|till|and)\s+|[-–]\s*)(?:" + _i("early|late|mid")
           + r"[\s-]+)?(?P<endmon>" + MON[8:-1] + r")\s*,?\s+" + YEAR + r")",
         ("from April to June 2021", "February-September 2022"), priority=1,
         vetoes=(may_is_a_modal, march_is_a_name)),
    # "The rainy season runs June through September": with no year at the end, the first month is read with the
    # last, so the range runs forwards (the last one is read in the sentence's tense).
    Rule("month-range-start-undated", "monthstart",
         r"(?<![\w-])" + MOD + MON + r"(?=\s*(?:(?:to|through|until|till)\s+|[-–]\s*)(?:" + _i("early|late|mid")
           + r"[\s-]+)?(?P<endmon>" + MON[8:-1] + r")(?!\.?\s*,?\s*\d))",
         ("runs June through September", "from November to March"), priority=1,
         vetoes=(may_is_a_modal, march_is_a_name)),
    Rule("month", "month",
         MOD + REL + r"?" + MON + r"(?!\.?\s*\d)(?:\s+(?P<yrel>" + _i("this|last|next")
              + r")\s+" + _i("year") + r"\b)?",
         ("December", "last March", "June this year"),
         vetoes=(may_is_a_modal, march_is_a_name, lone_abbreviation_is_a_name)),
    Rule("year", "year",
         r"(?:(?<![\w.])" + CIRCA + r")?" + MOD + r"(?:(?P<the>" + _i("the year") + r")\s+)?" + FISCAL_YEAR
             + r"(?!\s*(?:million|billion|trillion|[Mm]\b))",
         ("1998", "fiscal 2025", "c. 1850"),
         vetoes=(number_not_a_year, cited_pages)),
    # "2014-2016", "the 1998-99 season", "2009/10": both years of a pair are dates.
    Rule("year-pair-start", "year",
         r"(?P<year>(?:1[6-9]|20)\d\d)(?=\s?[-–/]\s?(?P<yy>" + YEAR_PAIR_END + r"))",
         ("2014-2016", "the 1998-99 season"),
         vetoes=(not_a_pair_of_years, number_not_a_year, cited_pages)),
    Rule("year-pair-end", "yearpair",
         r"(?P<from>(?:1[6-9]|20)\d\d)\s?[-–/]\s?(?P<core>(?P<yy>" + YEAR_PAIR_END + r"))",
         ("2014-2016", "the 1998-99 season"),
         vetoes=(not_a_pair_of_years, cited_pages)),
    Rule("decade", "decade",
         # "die 1980er und 1990er Jahre": German writes the decade with "er".
         r"(?:(?<![\w.])" + CIRCA + r")?(?:" + _i("the") + r"\s+)?" + MOD + r"(?:(?P<dec>(?:1[6-9]|20)\d0)"
               r"(?:'?s|er(?=\s+Jahr|\s+(?:und|bis|oder)\s))|['’](?P<yy0>\d0)s|"
               r"(?P<decw>" + _i("|".join(DECADE_WORDS)) + r"))\b",
         ("the 1990s", "the late eighties", "around the 1990s")),
    Rule("century", "century",
         r"(?:" + _i("the") + r"\s+)?" + MOD + r"(?P<cent>\d{1,2}(?:st|nd|rd|th)|"
                + _i(r"eighteenth|nineteenth|twentieth|twenty-first|21st") + r")[\s-]"
                + _i("century"),
         ("the 21st century", "the nineteenth century")),
    # "obvious that Tuesday's quake": "that" before a possessive weekday is a conjunction. "Monday's
    # paper" and "Monday's show" are marked (paper, show): an edition and a broadcast are read apart.
    Rule("weekday", "weekday",
         MOD + r"(?!" + _i("that") + r"\s+(?:" + WKD[8:-1] + r")['’]s\b)" + REL + r"?" + WKD
                + r"(?:\s+" + PART + r")?(?:(?=['’]s\s+(?:(?P<paper>"
                + _i(r"paper|newspaper|edition|issue|front\s+page") + r")|(?P<show>"
                + _i(r"show|programme|program|episode|broadcast|bulletin") + r"))s?\b)|)",
         ("Friday", "last Tuesday", "next Monday morning"),
         vetoes=(weekday_in_a_name, some_weekday, weekday_apposed_to_a_date, weekday_as_a_slot)),
    # "Today is the eighth day of Desert Shield", "It's the second day of an offensive":
    # the day counted is the day the story names.
    Rule("counted-day", "nthday",
         r"\b(?P<dword>" + _i(r"today|tomorrow|yesterday|it['’]s|it\s+is|this\s+is") + r")\s+"
               r"(?:" + _i(r"is|was|will\s+be") + r"\s+)?(?P<core>(?:" + _i("the") + r"\s+)?"
               + _i(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                    r"(?:\s+(?:straight|consecutive|full))?\s+day") + r")\b(?=\s+(?:of|in|since)\b)",
         ("Today is the eighth day of the strike", "it's the second day of talks")),
    Rule("deictic-day", "deictic",
         MOD + r"(?P<word>" + _i(r"today|tonight|yesterday|tomorrow") + r")(?:\s+"
                + PART + r")?\b",
         ("today", "yesterday morning", "late tomorrow"),
         vetoes=(deictic_in_a_name, generic_day)),
    Rule("part-of-day", "partday",
         r"(?P<word>" + _i(r"this|last|tomorrow|yesterday") + r")\s+" + PART + r"\b",
         ("this morning", "last night")),
    Rule("spoken-year", "spoken_year",
         r"\b(?:" + _i("the year") + r"\s+)?" + SPOKEN_YEAR + r"\b",
         ("nineteen ninety-four", "the year two thousand one")),
    # "Easter week", "Thanksgiving week": the week the holiday falls in.
    Rule("holiday", "holiday",
         REL + r"?" + HOLIDAYS + r"(?P<hweek>\s+" + _i("week|weekend") + r"\b(?![-'’]))?(?:,?\s+(?:"
                + _i("of") + r"\s+)?" + YEAR + r")?",
         ("Christmas", "Easter week", "Thanksgiving 2024"),
         vetoes=(holiday_as_a_kind,)),
    Rule("clock", "clock",
         r"(?<![\d:.$])(?P<hh>[0-2]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>"
              + _i(r"a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b|o'clock") + r")(?:\s+(?P<tz>"
              r"[ECMP][SD]T|GMT|UTC|ET|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:[Tt]ime|[Ss]tandard\s+[Tt]ime|"
              r"[Dd]aylight\s+[Tt]ime))?|[Ll]ocal\s+time|(?!(?:The|This|That|An?|Its|Their|Our|His|Her)\s)"
              r"[A-Z][a-z]+\s+time\b))?" + CLOCK_DAY.replace(CONVERTED, ""),
         ("9 a.m. today", "4:30 p.m. EDT Thursday", "10 o'clock tomorrow"),
         vetoes=(time_in_another_zone, time_in_a_schedule)),
    # "4 in the morning", "eight o'clock at night": the part of the day says a.m. or p.m.
    Rule("clock-part-of-day", "clock",
         r"\b" + _i(r"at|by|until|till|before|after|around|about|from|since|to") + r"\s+(?P<core>(?P<hh>"
              + _i(r"[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")
              + r")(?::(?P<mi>[0-5]\d))?(?:\s+" + _i("o'clock") + r")?\s+(?P<inpart>"
              + _i(r"in\s+the\s+(?:morning|afternoon|evening)|at\s+night") + r")\b(?:,?\s+(?:" + _i("on")
              + r"\s+)?" + WKD + r")?)",
         ("at 4 in the morning on Friday", "by eight o'clock at night on Monday"),
         vetoes=(time_in_a_schedule,)),
    # A 24-hour time is a time only with its zone ("10:00 GMT", wire style "1653 local time",
    # "0930 BST Sunday"); bare "10:00" may be a score, bare "1653" a year.
    Rule("clock-with-zone", "clock",
         r"(?<![\d:.,$])(?P<hh>[01]?\d|2[0-3]):?(?P<mi>[0-5]\d)\s*(?P<tz>" + CLOCK_ZONE
              + r"|" + _i("local time") + r")\b" + CLOCK_DAY,
         ("10:00 GMT Friday", "1653 local time on Monday", "09:30 BST Sunday"),
         vetoes=(time_in_another_zone, time_in_a_schedule)),
    Rule("noon-midnight", "clock",
         r"\b(?P<word>" + _i(r"noon|midnight|midday") + r")\b" + CLOCK_DAY,
         ("noon today", "midnight on Sept. 30"),
         vetoes=(high_noon, time_in_another_zone, time_in_a_schedule)),
]
