"""Recogniser: a regex grammar of English temporal expressions.

Each rule is a named record (``Rule``): its pattern, the kind of reading it gets, the checks that
veto a look-alike of its match, the priority that settles a tie with another rule over the same span,
and example phrases the tests run.
A rule may capture a ``core`` group when it needs context (a preposition) to decide but the
context is not part of the expression; the candidate's span is then the core group's span.
Month names are case-sensitive so that "march"/"may" as verbs stay out.
"""

import re
from typing import NamedTuple

from .lexicon import DAY_ORDINALS, DECADE_WORDS, DEICTIC_DAYS, PARTS_OF_DAY, SEASONS, SET_ADVERBS, UNITS
from .patterns import CLOCK_ZONE, HOLIDAY_NAMES, MON, WKD
from .rules import RULES as _RULES


class Candidate(NamedTuple):
    kind: str
    start: int
    end: int
    groups: dict
    rule: str = ""
    priority: int = 0
    vetoes: tuple = ()


# Every expression starts at a word start; saying so up front lets the regex
# engine skip the other positions before it tries the optional modifiers.
RULES = [(rule, re.compile(r"(?<!\w)(?=[\w'’$])(?:" + rule.pattern + ")")) for rule in _RULES]

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
    "latest period", "soon", "while", "some time", "at the time",
}, key=len, reverse=True)
_TRIGGER = re.compile(
    r"\b(?:" + MON[8:-1] + "|" + WKD[8:-1] + r")|(?<![\d,])(?<!\d\.)(?:1[6-9]|20)\d\d(?![\d.,]\d)|"
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
    for rule, rx in RULES:
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
                    out.append(Candidate(rule.kind, start, end, groups, rule.name, rule.priority, rule.vetoes))
    return out
