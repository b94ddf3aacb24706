"""The grammar's rules, one named record each, grouped by what they read. Their order does not
matter: over one span the higher priority wins (then the name), and the longest match anyway."""

from . import filters as V
from .lexicon import DECADE_WORDS, RATE_AMOUNT_RE, SET_ADVERBS
from .model import Rule
from .patterns import (
    _QUARTER_ENDED,
    APPROX,
    CLOCK_DAY,
    CLOCK_ZONE,
    CONVERTED,
    DAY,
    FISCAL_YEAR,
    HOLIDAYS,
    LEAD,
    MOD,
    MON,
    NUM,
    ORD,
    PART,
    REL,
    SEASON,
    SPOKEN_DAY,
    SPOKEN_YEAR,
    UNIT,
    WKD,
    YEAR,
    YEAR_PAIR_END,
    YEAR_REL,
    _i,
)

# Calendar dates and times: written days, months, years, decades, weekdays, deictic days, holidays, clock times.
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
         vetoes=(V.days_run_backwards,)),
    Rule("month-day", "md",
         MOD + MON + r"\s*" + DAY + r"(?:\s?,?\s*" + YEAR + r"|" + YEAR_REL + r")?",
         ("April 25", "Sept. 30, 1998", "Feb . 3 , 2009"),
         vetoes=(V.days_run_backwards, V.day_of_an_early_year)),
    # "July 8 and 9, 1991": the first day of a pair takes the year written after the second.
    Rule("month-day-first-of-pair", "md",
         MON + r"\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?=\s+" + _i("and|or") + r"\s+[0-3]?\d(?:st|nd|rd|th)?\s?,?\s*"
           + YEAR + r")",
         ("July 8 and 9, 1991", "May 3 or 4, 2024"), priority=1,
         vetoes=(V.days_run_backwards,)),
    # "April 24 and 25": the second day is a date of its own in the same month.
    Rule("month-day-second-of-pair", "md",
         MON + r"\s*[0-3]?\d(?:st|nd|rd|th)?\s+" + _i("and|or|to|through") + r"\s+(?P<core>"
           + DAY + r"(?:\s?,?\s*" + YEAR + r")?)(?!\s*(?:[$%]|[Pp]er))",
         ("April 24 and 25", "May 3 or 4, 2024"),
         vetoes=(V.days_run_backwards,)),
    # "June 9-10": each end of a range of days is a date.
    Rule("month-day-range-start", "md",
         MON + r"\s*(?P<day>[0-3]?\d)(?=\s?[-–]\s?[0-3]?\d\b(?![-–/.]\d)(?:,?\s*" + YEAR + r")?)",
         ("June 9-10", "March 3 - 5"),
         vetoes=(V.days_run_backwards,)),
    Rule("month-day-range-end", "md",
         MON + r"\s*[0-3]?\d\s?[-–]\s?(?P<core>" + DAY + r"(?:\s?,?\s*" + YEAR + r")?)",
         ("June 9-10", "March 3 - 5"),
         vetoes=(V.days_run_backwards, V.range_end_counts_time)),
    Rule("day-month", "dm",
         MOD + r"(?:" + _i("the") + r"\s+)?" + DAY
           + r"(?:\s+" + _i("of") + r")?\s+" + MON
           # "on 2nd June,1851.": a year typed without its space, where the phrase ends ("9 May,3000
           # people" is a count).
           + r"(?:(?:\s?,?\s+|\s?,(?=\d{4}(?:[.,;:)!?]|\s*$)))" + YEAR + r"|" + YEAR_REL + r")?",
         ("25 April", "the 3rd of March 2024", "3 June 2009"),
         vetoes=(V.day_of_an_early_year,)),
    # "from 1 to 3 July", "1-3 July": the first day of the range takes the month at its end.
    Rule("day-month-range-start", "dm",
         r"(?<![\d,.$-])(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?=\s*(?:(?:and|or|to|through)\s+|[-–]\s*)"
           r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:" + _i("of") + r"\s+)?" + MON
           + r"(?:\s?,?\s+" + YEAR + r")?)",
         ("1-3 July", "from 1 to 3 July 2025"),
         vetoes=(V.first_day_runs_backwards,)),
    # "Monday 20 to Friday 24 September", a listing's week: the first weekday and day take the month
    # (and year) at the range's end.
    Rule("weekday-day-month-range-start", "dm",
         WKD + r",?\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?=\s*(?:(?:and|or|to|through|until|till)\s+|[-–]\s*)"
           r"(?:(?:" + WKD[8:-1] + r"),?\s+)?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:" + _i("of") + r"\s+)?"
           + MON + r"(?:\s?,?\s+" + YEAR + r")?)",
         ("Monday 20 to Friday 24 September", "from Friday 3 to Sunday 5 June 2011"),
         vetoes=(V.range_runs_backwards,)),
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
         vetoes=(V.may_is_a_modal, V.march_is_a_name)),
    # "The rainy season runs June through September": with no year at the end, the first month is read with the
    # last, so the range runs forwards (the last one is read in the sentence's tense).
    Rule("month-range-start-undated", "monthstart",
         r"(?<![\w-])" + MOD + MON + r"(?=\s*(?:(?:to|through|until|till)\s+|[-–]\s*)(?:" + _i("early|late|mid")
           + r"[\s-]+)?(?P<endmon>" + MON[8:-1] + r")(?!\.?\s*,?\s*\d))",
         ("runs June through September", "from November to March"), priority=1,
         vetoes=(V.may_is_a_modal, V.march_is_a_name)),
    Rule("month", "month",
         MOD + REL + r"?" + MON + r"(?!\.?\s*\d)(?:\s+(?P<yrel>" + _i("this|last|next")
              + r")\s+" + _i("year") + r"\b)?",
         ("December", "last March", "June this year"),
         vetoes=(V.may_is_a_modal, V.march_is_a_name, V.lone_abbreviation_is_a_name)),
    Rule("year", "year",
         MOD + r"(?:(?P<the>" + _i("the year") + r")\s+)?" + FISCAL_YEAR
             + r"(?!\s*(?:million|billion|trillion|[Mm]\b))",
         ("1998", "fiscal 2025", "the year 2000"),
         vetoes=(V.number_not_a_year,)),
    # "2014-2016", "the 1998-99 season", "2009/10": both years of a pair are dates.
    Rule("year-pair-start", "year",
         r"(?P<year>(?:1[6-9]|20)\d\d)(?=\s?[-–/]\s?(?P<yy>" + YEAR_PAIR_END + r"))",
         ("2014-2016", "the 1998-99 season"),
         vetoes=(V.not_a_pair_of_years, V.number_not_a_year)),
    Rule("year-pair-end", "yearpair",
         r"(?P<from>(?:1[6-9]|20)\d\d)\s?[-–/]\s?(?P<core>(?P<yy>" + YEAR_PAIR_END + r"))",
         ("2014-2016", "the 1998-99 season"),
         vetoes=(V.not_a_pair_of_years,)),
    Rule("decade", "decade",
         # "die 1980er und 1990er Jahre": German writes the decade with "er".
         r"(?:" + _i("the") + r"\s+)?" + MOD + r"(?:(?P<dec>(?:1[6-9]|20)\d0)"
               r"(?:'?s|er(?=\s+Jahr|\s+(?:und|bis|oder)\s))|['’](?P<yy0>\d0)s|"
               r"(?P<decw>" + _i("|".join(DECADE_WORDS)) + r"))\b",
         ("the 1990s", "the late eighties", "the '90s")),
    Rule("century", "century",
         r"(?:" + _i("the") + r"\s+)?" + MOD + r"(?P<cent>\d{1,2}(?:st|nd|rd|th)|"
                + _i(r"eighteenth|nineteenth|twentieth|twenty-first|21st") + r")[\s-]"
                + _i("century"),
         ("the 21st century", "the nineteenth century")),
    # "obvious that Tuesday's quake": "that" before a possessive weekday is a conjunction.
    Rule("weekday", "weekday",
         MOD + r"(?!" + _i("that") + r"\s+(?:" + WKD[8:-1] + r")['’]s\b)" + REL + r"?" + WKD
                + r"(?:\s+" + PART + r")?",
         ("Friday", "last Tuesday", "next Monday morning"),
         vetoes=(V.weekday_in_a_name, V.some_weekday, V.weekday_apposed_to_a_date)),
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
         vetoes=(V.deictic_in_a_name, V.generic_day)),
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
         vetoes=(V.holiday_as_a_kind,)),
    Rule("clock", "clock",
         r"(?<![\d:.$])(?P<hh>[0-2]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>"
              + _i(r"a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b|o'clock") + r")(?:\s+(?P<tz>"
              r"[ECMP][SD]T|GMT|UTC|ET|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:[Tt]ime|[Ss]tandard\s+[Tt]ime|"
              r"[Dd]aylight\s+[Tt]ime))?|[Ll]ocal\s+time|(?!(?:The|This|That|An?|Its|Their|Our|His|Her)\s)"
              r"[A-Z][a-z]+\s+time\b))?" + CLOCK_DAY.replace(CONVERTED, ""),
         ("9 a.m.", "4:30 p.m. EDT Thursday", "10 o'clock"),
         vetoes=(V.time_in_another_zone,)),
    # "4 in the morning", "eight o'clock at night": the part of the day says a.m. or p.m.
    Rule("clock-part-of-day", "clock",
         r"\b" + _i(r"at|by|until|till|before|after|around|about|from|since|to") + r"\s+(?P<core>(?P<hh>"
              + _i(r"[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")
              + r")(?::(?P<mi>[0-5]\d))?(?:\s+" + _i("o'clock") + r")?\s+(?P<inpart>"
              + _i(r"in\s+the\s+(?:morning|afternoon|evening)|at\s+night") + r")\b(?:,?\s+(?:" + _i("on")
              + r"\s+)?" + WKD + r")?)",
         ("at 4 in the morning", "by eight o'clock at night")),
    # A 24-hour time is a time only with its zone ("10:00 GMT", wire style "1653 local time",
    # "0930 BST Sunday"); bare "10:00" may be a score, bare "1653" a year.
    Rule("clock-with-zone", "clock",
         r"(?<![\d:.,$])(?P<hh>[01]?\d|2[0-3]):?(?P<mi>[0-5]\d)\s*(?P<tz>" + CLOCK_ZONE
              + r"|" + _i("local time") + r")\b" + CLOCK_DAY,
         ("10:00 GMT", "1653 local time", "09:30 BST Sunday"),
         vetoes=(V.time_in_another_zone,)),
    Rule("noon-midnight", "clock",
         r"\b(?P<word>" + _i(r"noon|midnight|midday") + r")\b" + CLOCK_DAY,
         ("noon", "midnight on Sept. 30"),
         vetoes=(V.high_noon, V.time_in_another_zone)),
]

# Parts of a year: quarters, halves, seasons, reported years, weekends, weeks of a month.
PERIODS = [
    Rule("the-weekend", "weekend",
         MOD + _i("the") + r"\s+" + _i("weekend") + r"\b",
         ("the weekend", "the end of the weekend")),
    # "the first week of November": the week around that stretch of the month.
    Rule("week-of-month", "monthweek",
         r"(?:" + _i("the") + r"\s+)?(?P<nth>" + _i("first|second|third|fourth|last|final")
                  + r")\s+" + _i("week") + r"\s+" + _i("of") + r"\s+" + MON + r"(?:\s?,?\s+" + YEAR + r")?",
         ("the first week of November", "the last week of June 2024")),
    # The year a report is about: "for the full year", "by year-end".
    Rule("year-end", "fyear",
         r"\b(?P<end>" + _i(r"(?:the\s+)?end\s+of\s+the\s+year|year[- ]end|year['’]s\s+end")
              + r")(?![\w-])",
         ("by year-end", "the end of the year"),
         vetoes=(V.year_in_a_name,)),
    Rule("reported-year", "fyear",
         r"\b" + _i(r"the\s+(?:(?P<which>full|fiscal|current|calendar|current\s+fiscal)\s+)?year"
                         r"(?=\s+(?P<ended>ended|ending|(?:to|through)(?=\s+" + MON + r")))?")
              + r"(?![\w'’-]|\s+(?:\d|'\d|"
              + _i(r"ago|earlier|before|after|later|or|two thousand") + r"))",
         ("the full year", "the current fiscal year"),
         vetoes=(V.year_in_a_name,)),
    Rule("ordinal-quarter", "quarter",
         MOD + r"(?:(?P<the>" + _i("the") + r")\s+)?(?:(?P<qrel>" + _i(r"latest|current|same|"
                r"previous|past|last|next|coming|most recent|recent|year-earlier|year-ago")
                + r")\s+)?(?:" + _i("fiscal") + r"\s+)?" + ORD + r"[\s-]+(?:" + _i("fiscal")
                + r"\s+)?" + _i("quarter") + r"(?:\s+" + _i("of") + r"\s+(?:(?P<yrel>"
                + _i("this|last|next|the") + r")\s+" + _i("year") + r"|(?:" + _i("fiscal")
                + r"\s+)?" + YEAR + r"))?(?!\s+(?:of\s+)?(?:a|an|one)\s)" + _QUARTER_ENDED,
         ("the third quarter", "the first quarter of 2024")),
    Rule("year-ordinal-quarter", "quarter",
         YEAR + r"(?:'s)?\s+" + ORD + r"[\s-]+" + _i("quarter"),
         ("1990's third quarter", "2024 first quarter")),
    Rule("the-year-quarter", "quarter",
         r"(?:" + _i("the") + r"\s+)" + YEAR + r"\s+(?:" + ORD + r"[\s-]+)?"
                + _i("quarter|period") + r"\b",
         ("the 1990 quarter", "the 2024 second quarter")),
    Rule("relative-year-quarter", "quarter",
         r"(?P<yrel>" + _i("this|last|next") + r")\s+" + _i("year['’]s") + r"\s+(?:"
                + ORD + r"[\s-]+)?" + _i("quarter|period") + r"\b",
         ("this year's second quarter", "last year's quarter")),
    Rule("the-quarter", "quarter",
         MOD + r"(?:(?P<the>" + _i("the") + r")\s+)(?:(?P<qrel>" + _i(r"latest|current|same|"
                r"previous|past|last|next|coming|most recent|recent|fiscal") + r")\s+)?"
                + _i("quarter") + r"(?!\s+(?:of\s+)?(?:a|an|one)\b|-)"
                # "the quarter ended July 31" says which three months it means.
                + _QUARTER_ENDED,
         ("the quarter", "the latest quarter")),
    # "the same period last year", "the corresponding quarter a year earlier": the
    # year-ago twin of the quarter under discussion.
    Rule("same-period-a-year-ago", "quarter",
         r"(?P<the>" + _i("the") + r")\s+" + _i("same|corresponding|comparable") + r"\s+"
                + _i(r"quarter|period|three\s+months") + r"\s+(?:" + _i("of") + r"\s+)?(?P<qyago>"
                + _i(r"last\s+year|the\s+previous\s+year|the\s+prior\s+year|a\s+year\s+(?:ago|earlier|before)|"
                     r"the\s+year\s+before") + r")\b",
         ("the same period last year", "the corresponding quarter a year earlier")),
    # Results stories call the quarter they report "the latest period".
    Rule("latest-period", "quarter",
         r"(?P<the>" + _i("the") + r")\s+(?P<qrel>" + _i("latest") + r")\s+"
                + _i("period") + r"\b",
         ("the latest period", "profit fell in the latest period")),
    # "the September quarter": the quarter that ends (or runs) in that month.
    Rule("month-quarter", "mquarter",
         _i("the") + r"\s+" + MON + r"[\s-]+" + _i("quarter") + r"\b",
         ("the September quarter", "the March quarter")),
    Rule("quarter-code", "qcode",
         r"\b(?:(?P<q1>Q[1-4])(?:\s+" + YEAR + r")?|(?P<y2>(?:19|20)\d\d)\s*(?P<q2>Q[1-4])"
              r"|(?P<q3>[1-4])Q(?:\s*(?P<y3>(?:19|20)\d\d))?)\b",
         ("Q3 2024", "2024 Q1")),
    # Results shorthand: "2Q25", "1H25", "H1 2025", "FY25"; without its year, "H2"
    # or "2H" is as likely a name or a pencil grade.
    Rule("results-code", "fincode",
         r"\b(?:(?P<q>[1-4])Q(?P<qyy>\d\d)|(?P<h>[12])H(?P<hyy>\d\d)|H(?P<h2>[12])(?:\s+" + YEAR
                + r"|(?P<h2yy>\d\d))|FY\s?(?P<fyy>\d\d))(?![\w-])",
         ("2Q25", "H1 2025", "FY25")),
    Rule("half", "half",
         MOD + r"(?:" + _i("the") + r"\s+)?(?P<ord>" + _i(r"first|second|1st|2nd|latter|last|"
             r"back|front") + r")[\s-]" + _i("half") + r"(?:\s+" + _i("of") + r"\s+(?:(?P<yrel>"
             + _i("this|last|next|the") + r")\s+" + _i("year") + r"|(?:" + _i("fiscal") + r"\s+)?"
             + YEAR + r"))?(?!\s+of\s+(?!\d|this|last|next|the year|fiscal))",
         ("the first half", "the second half of 2024")),
    # "the first two quarters of 1990" is a half, "the last three months of 2024" a quarter.
    Rule("months-of-year", "yearpart",
         APPROX + r"(?:" + _i("the") + r"\s+)?(?P<edge>" + _i("first|last|final") + r")\s+(?P<num>"
                 + _i("two|three|six|2|3|6") + r")\s+(?P<unit>" + _i("months|quarters") + r")\s+"
                 + _i("of") + r"\s+(?:(?P<yrel>" + _i("this|last|next|the") + r")\s+" + _i("year")
                 + r"|(?:" + _i("fiscal") + r"\s+)?" + YEAR + r")",
         ("the first six months of 2024", "the last three months of the year")),
    Rule("relative-season", "season",
         r"\b" + MOD + REL + SEASON + r"(?:\s+(?:" + _i("of") + r"\s+)?" + YEAR + r")?\b",
         ("last summer", "this winter")),
    Rule("season-year", "season",
         r"\b" + MOD + SEASON + r"\s+(?:" + _i("of") + r"\s+)?" + YEAR,
         ("summer 2024", "spring of 1998")),
    Rule("the-season", "season",
         _i("the") + r"\s+" + MOD + SEASON + r"(?:\s+" + _i("of") + r"\s+(?:" + YEAR + "|"
               + SPOKEN_YEAR + r"))?\b",
         ("the summer", "the fall of 2024"),
         vetoes=(V.season_as_a_kind,)),
    Rule("season-after-preposition", "season",
         r"\b(?:" + LEAD + r")\s+(?P<core>" + MOD + SEASON + r")\b",
         ("in spring", "by early autumn"),
         vetoes=(V.season_as_a_kind,)),
]

# Relative phrases: relative units, times ago, shifts from a named day, anaphors, refs.
RELATIVE = [
    # "the past three summers" counts periods the grammar has no unit for; it is no PAST_REF.
    Rule("present-past-future-ref", "ref",
         r"\b(?P<ref>" + _i(r"currently|recently|nowadays|at present|the present|"
                              r"the past(?!\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                              r"twenty|few|several|many|couple)\b)|"
                              r"the future|these days|recent (?:decades|years|months|weeks|days|times)|"
                              r"the near future|the near term|the short term|the time being|"
                              r"lately|future (?:years|months|weeks|quarters|decades)|then[- ]current")
              + r"|[Rr]ight now|[Nn]ow|current|recent)\b(?!-)",
         ("currently", "recently", "the near future"),
         vetoes=(V.loose_ref,)),
    # "will soon", "may soon seek": some nearby future time; "as soon as",
    # "soon after" relate two events instead.
    Rule("soon", "ref",
         r"(?:(?P<modal>" + _i(r"will|would|could|may|might|can|should|must|shall")
            + r")\s+)?(?<!\bas\s)(?<!\bhow\s)(?<!\btoo\s)(?<!\bso\s)\b(?P<core>(?P<ref>"
            + _i("soon") + r"))\b(?!-|\s+(?:as|after|afterwards?|thereafter|before|enough)\b)",
         ("They will soon vote", "it may soon seek")),
    # "will one day be": some future time, not a day's length.
    Rule("some-day", "ref",
         r"\b" + _i(r"will|would|could|may|might|can|should|must") + r"\s+(?P<core>(?P<ref>"
            + _i("one day") + r"))\b",
         ("she will one day lead", "they could one day return")),
    # "this season", "the latest season", "last season": a season of play or of a series, whose
    # months the text does not say; it points to the present, past or future, never to a day.
    Rule("season-of-play", "seasonref",
         r"\b(?P<rel>" + _i(r"this(?:\s+past|\s+coming)?|last|next|coming|current|previous|past|"
                          r"the\s+(?:latest|current|most\s+recent|previous|past|last|coming|next|upcoming)")
            + r")\s+" + _i("season") + r"\b(?!-)",
         ("the latest season", "last season", "this season's opener")),
    # A market report's "for the week", "the week's session": the week under
    # discussion; "the week of/before ..." is left to other rules.
    Rule("the-week-under-discussion", "theweek",
         r"\b(?:(?P<core>" + _i("the week") + r")(?=['’]s\b)|" + _i(r"for|during|earlier in|"
                r"later in|early in|late in") + r"\s+(?P<core2>" + _i("the week") + r")\b(?!['’-]|\s+(?:"
                + _i(r"of|before|after|following|ahead|ending|ended|that|when|in|to|long|earlier|later")
                + r")\b))",
         ("for the week", "the week's session")),
    Rule("week-of-date", "weekof",
         _i("the week") + r"\s+" + _i("of|ended|ending|to") + r"\s+" + MON + r"\s*" + DAY
               + r"(?:\s?,?\s*" + YEAR + r")?",
         ("the week of July 14", "the week ended June 30, 2025")),
    # "the day before Tuesday's hearing": a day counted from the date it names.
    Rule("day-before-date", "dayshift",
         r"(?:" + _i("the") + r"\s+)?(?P<core>(?P<way>" + _i("day before|day after")
                 + r")\s+(?:(?P<deic>" + _i("yesterday|tomorrow") + r")|" + REL + r"?" + WKD + r"|"
                 + MON + r"\s*" + DAY + r"(?:\s?,?\s*" + YEAR + r")?|" + HOLIDAYS + r"))",
         ("the day before Tuesday's hearing", "the day after Christmas")),
    # "a week from Friday", "two weeks from tomorrow": that many weeks after the day named
    # (over "a week ... from today" read as a time ago or ahead).
    Rule("weeks-from-day", "weekshift",
         r"\b(?P<num>" + _i(r"a|one|two|three|four|\d") + r")\s+" + _i("weeks?") + r"\s+"
                  + _i("from") + r"\s+(?:(?P<deic>" + _i("today|tomorrow") + r")|" + WKD + r"|" + MON
                  + r"\s*" + DAY + r"(?:\s?,?\s*" + YEAR + r")?)\b(?!\s+(?:to|until|through)\b)",
         ("a week from Friday", "two weeks from tomorrow", "a week from today"), priority=1),
    # "the week after next", "the month before last": two units away.
    Rule("two-units-away", "twoaway",
         r"\b" + _i("the") + r"\s+(?P<unit>" + _i("week|month|year") + r")\s+(?P<way>"
                + _i(r"after\s+next|before\s+last") + r")\b",
         ("the week after next", "the month before last")),
    Rule("that-unit", "anaphor",
         r"\b(?:" + _i("earlier|later") + r"\s+)?(?P<ana>" + _i(
        r"that(?:\s+same)?|the\s+same|the\s+following|the\s+preceding") + r")\s+(?P<unit>"
        + _i("day|morning|afternoon|evening|night|week|month|quarter|year") + r")\b(?!-)",
         ("that day", "the following week", "later that year")),
    Rule("next-previous-day", "anaphor",
         r"\b(?P<ana>" + _i(r"the\s+next|the\s+previous") + r")\s+(?P<unit>"
        + _i("day|morning|afternoon|evening|night") + r")\b(?!-)",
         ("the next day", "the previous evening")),
    # "He was arrested on 3 June. At the time, he lived in London.": the day the story last named;
    # without one it is no date, and "at the time he was arrested" names an event, not that day.
    Rule("at-the-time", "anaphor",
         r"\b" + _i("at") + r"\s+(?P<core>(?P<ana>" + _i("the") + r")\s+(?P<unit>" + _i("time") + r"))\b"
         r"(?=\s*[,;.!?])",
         ("He was arrested on 3 June. At the time, he lived abroad.", "It fell on 2 May; at the time, few noticed.")),
    # "He died on June 25. The day before, he rehearsed.": a unit counted from the story's
    # reference time, where nothing follows to count from ("the day before the vote" is no date).
    Rule("day-before-reference", "anaphor",
         r"\b(?P<ana>" + _i("the") + r")\s+(?P<unit>" + _i("day|night") + r")\s+(?P<way>"
        + _i("before|after|earlier|later") + r")\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|when|as|he|she|they|it|we|"
        r"I|you|there)\b)",
         ("The day before, he left.", "They met the night after.")),
    # "the previous Friday", "the following Monday": counted from the story's reference day.
    Rule("reference-weekday", "anaphor",
         r"\b(?P<ana>" + _i(r"the\s+following|the\s+preceding|the\s+previous") + r")\s+"
        + WKD.replace("wkd", "unit") + r"\b",
         ("the following Monday", "the previous Friday")),
    # "last fiscal year", "the latest fiscal quarter": a fiscal period keeps its label.
    Rule("relative-unit", "rel",
         MOD + REL + r"(?:" + _i("fiscal") + r"[\s-]+(?=" + _i("year|quarter") + r"))?"
            r"(?P<unit>" + _i(r"week|weekend|month|year|quarter|decade|century|"
                                          r"spring|summer|fall|autumn|winter") + r")\b"
            r"(?:\s+(?P<orso>" + _i("or so") + r")\b)?",
         ("last year", "this week", "the past month"),
         vetoes=(V.title_phrase,)),
    # "later in the month", "earlier in the year": a part of the current one.
    Rule("part-of-current-unit", "rel",
         r"(?P<mod>" + _i("earlier in|later in") + r")\s+(?P<rel>" + _i("the") + r")\s+(?P<unit>"
            + _i("month|year") + r")\b(?![-'’]|\s+(?:of|before|after|when|in)\b)",
         ("later in the month", "earlier in the year"),
         vetoes=(V.title_phrase,)),
    # Bare "the month" is as often a length or an anaphor as the current
    # month, but a part of it ("by the end of the month") is the current one.
    Rule("edge-of-current-unit", "rel",
         r"(?P<mod>" + _i(r"the end of|the beginning of|the start of|the middle of|"
                             r"the close of|the turn of|end of|beginning of|start of|middle of")
            + r")\s+(?P<rel>" + _i("the") + r")\s+(?P<unit>" + _i("week|month|year|decade|century")
            + r")\b(?![-'’]|\s+(?:of|before|after|when|in)\b)",
         ("by the end of the month", "the start of the week"),
         vetoes=(V.title_phrase,)),
    Rule("ago", "ago",
         APPROX + NUM + r"(?:\s+" + _i("and a half") + r")?(?:(?<=[Hh]alf)\s+" + _i("an?") + r"(?=\s))?[\s-]+" + UNIT
            + r"s?(?:\s+" + _i("and a half") + r")?\s+(?:(?P<orso>" + _i("or so") + r")\s+)?"
            r"(?P<dir>" + _i(r"ago|back|earlier|before|later|from now|from today|hence") + r")\b",
         ("three years ago", "a year earlier", "two weeks from now")),
    Rule("year-ago-period", "yearago",
         r"(?:" + _i("the") + r"\s+)?(?:" + _i("comparable|corresponding") + r"\s+)?"
                r"(?P<ya>" + _i(r"year-earlier|year-ago|year earlier") + r")\s+(?P<unit>"
                + _i("quarter|period") + r")\b",
         ("the year-earlier period", "the year-ago quarter")),
    Rule("year-ago", "yearago",
         r"\b(?P<ya>" + _i(r"year-earlier|year-ago") + r")\b",
         ("year-ago levels", "year-earlier sales")),
    # "will be redeemed in five years": in a plan, a time that far ahead.
    Rule("in-future", "infuture",
         r"\b" + _i("in") + r"\s+(?P<core>" + APPROX + NUM + r"\s+" + UNIT
                 + r"s?(?:\s+(?P<orso>" + _i("or so|or two|or three") + r"))?)(?![\w-])",
         ("redeemed in five years", "in two weeks"), priority=2),
]

# Durations and sets: lengths of time and what recurs.
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
         vetoes=(V.ordinal_second, V.share_of_quarters, V.someday, V.title_unit, V.age, V.rate_not_length)),
    Rule("hyphenated-duration", "duration",
         r"(?<![\w,.$-])" + APPROX + NUM + r"-" + UNIT + r"(?![\w-])",
         ("a 10-year plan", "a five-day strike"),
         vetoes=(V.share_of_quarters, V.title_unit, V.age)),
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
         vetoes=(V.share_of_quarters, V.title_unit)),
    Rule("half-a-unit", "duration",
         r"(?<![\w,.$-])" + APPROX + r"(?P<num>" + _i("half") + r")\s+" + _i("an?") + r"\s+"
                 + UNIT + r"(?![\w-])",
         ("half an hour", "half a day"),
         vetoes=(V.title_unit,)),
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
         vetoes=(V.rate_or_figure,)),
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

RULES = CALENDAR + PERIODS + RELATIVE + DURATIONS_AND_SETS
