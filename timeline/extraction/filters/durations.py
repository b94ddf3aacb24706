"""Vetoes of lengths and frequencies that are something else: an ordinal ("a second group"), a share ("a quarter
of the market"), "someday", an age, a rate, a figure or a title ("60 Minutes", "China Daily")."""

import re

from ..lexicon import RATE_AMOUNT_RE
from .look import NAME_BEFORE, SENTENCE_START, Look

# "quarterly dividend", "quarterly results": the frequency word classifies a
# financial figure and is not annotated as a set of times.
_FIGURE_AFTER = re.compile(r"^\s+(?!(?:and|or|in|on|at|by|to|through|since|until|for|from|"
                           r"with|as|than|basis)\b)[a-z]")
_RATE_BEFORE = re.compile(RATE_AMOUNT_RE + "$")
_PERCENT_BEFORE = re.compile(r"(?:%|\bper\s?cent)\s+$", re.I)
# "more than a quarter of the market", "three quarters of its sales": a share, not three months.
_SHARE_AFTER = re.compile(r"\s+of\s+(?:the|a|an|its|their|his|her|our|all|total|these|those|this|that|\d|\$)",
                          re.I)
# "he will one day follow": "one day" after a subject or a modal is "someday".
_SOMEDAY_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|should|must|he|she|they|we|I|you|it)\s+$")
_ORDINAL_AFTER = re.compile(r"\s+(?!(?:ago|later|earlier|before|after|or|and|to|of|in|for|at|"
                            r"too|more|longer)\b)[a-z]")


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
    return bool(v.g.get("unit") and v.g["unit"][0].isupper() and not SENTENCE_START.search(v.before))


def age(v: Look) -> bool:
    """Ages ("52 years old") are not annotated as durations in news conventions."""
    return bool(re.match(r"\s*old\b", v.after))


def rate_not_length(v: Look) -> bool:
    """"a year" after an amount is a rate (a set, proposed separately), not a length."""
    g = v.g
    return ((g.get("num") or "").lower() in ("a", "an") and not g.get("det") and not g.get("approx")
            and bool(_RATE_BEFORE.search(v.before)))


def rate_or_figure(v: Look) -> bool:
    """"rise 8.5% annually" is a compound growth rate; "quarterly dividend" classifies a figure;
    "China Daily", "Weekly Standard" are names."""
    adv = (v.g.get("adv") or "").lower()
    return bool(adv) and bool(
        _PERCENT_BEFORE.search(v.before) or (adv == "quarterly" and _FIGURE_AFTER.match(v.after))
        or (v.text[v.c.start].isupper() and NAME_BEFORE.search(v.wide)))
