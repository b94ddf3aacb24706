"""The grammar's rules for relative phrases: relative units, times ago, shifts from a named day, anaphors
and references."""

from ..filters.references import deictic_in_a_name, loose_ref, same_as_an_event, title_phrase, today_names_its_day
from ..model import Rule
from ..patterns import (
    APPROX,
    DAY,
    HOLIDAYS,
    MOD,
    MON,
    NUM,
    REL,
    UNIT,
    WKD,
    YEAR,
    _i,
)

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
         vetoes=(loose_ref,)),
    # "the problems we face today", "still used today", "today's world": the present age, PRESENT_REF;
    # over the deictic day where the veto finds no day named ("announced today" is left to that rule).
    Rule("today-as-the-present", "ref",
         r"\b(?P<ref>(?P<word>" + _i("today") + r"))\b",
         ("children today are taller", "it is still used today", "as relevant today as in 1992"),
         priority=1, vetoes=(deictic_in_a_name, today_names_its_day)),
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
         ("It began on 3 May. That day, rain fell.", "the following week", "later that year"),
         vetoes=(same_as_an_event,)),
    Rule("next-previous-day", "anaphor",
         r"\b(?P<ana>" + _i(r"the\s+next|the\s+previous") + r")\s+(?P<unit>"
        + _i("day|morning|afternoon|evening|night") + r")\b(?!-)",
         ("They met on 3 May and left the next day.", "On Friday they met; the previous evening, they dined.")),
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
         ("He died on June 25. The day before, he left.", "They met on Friday and again the night after.")),
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
         vetoes=(title_phrase,)),
    # "later in the month", "earlier in the year": a part of the current one.
    Rule("part-of-current-unit", "rel",
         r"(?P<mod>" + _i("earlier in|later in") + r")\s+(?P<rel>" + _i("the") + r")\s+(?P<unit>"
            + _i("month|year") + r")\b(?![-'’]|\s+(?:of|before|after|when|in)\b)",
         ("later in the month", "earlier in the year"),
         vetoes=(title_phrase,)),
    # Bare "the month" is as often a length or an anaphor as the current
    # month, but a part of it ("by the end of the month") is the current one.
    Rule("edge-of-current-unit", "rel",
         r"(?P<mod>" + _i(r"the end of|the beginning of|the start of|the middle of|"
                             r"the close of|the turn of|end of|beginning of|start of|middle of")
            + r")\s+(?P<rel>" + _i("the") + r")\s+(?P<unit>" + _i("week|month|year|decade|century")
            + r")\b(?![-'’]|\s+(?:of|before|after|when|in)\b)",
         ("by the end of the month", "the start of the week"),
         vetoes=(title_phrase,)),
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
