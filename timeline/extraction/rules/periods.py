"""The grammar's rules for parts of a year: quarters, halves, seasons, reported years, weekends and weeks of a month."""

from ..filters.calendar_words import season_as_a_kind, year_in_a_name
from ..model import Rule
from ..patterns import (
    _QUARTER_ENDED,
    APPROX,
    LEAD,
    MOD,
    MON,
    ORD,
    REL,
    SEASON,
    SPOKEN_YEAR,
    YEAR,
    _i,
)

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
         vetoes=(year_in_a_name,)),
    Rule("reported-year", "fyear",
         r"\b" + _i(r"the\s+(?:(?P<which>full|fiscal|current|calendar|current\s+fiscal)\s+)?year"
                         r"(?=\s+(?P<ended>ended|ending|(?:to|through)(?=\s+" + MON + r")))?")
              + r"(?![\w'’-]|\s+(?:\d|'\d|"
              + _i(r"ago|earlier|before|after|later|or|two thousand") + r"))",
         ("the full year", "the current fiscal year"),
         vetoes=(year_in_a_name,)),
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
         vetoes=(season_as_a_kind,)),
    Rule("season-after-preposition", "season",
         r"\b(?:" + LEAD + r")\s+(?P<core>" + MOD + SEASON + r")\b",
         ("in spring", "by early autumn"),
         vetoes=(season_as_a_kind,)),
]
