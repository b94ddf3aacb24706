"""Rates, tense cues, parts of days, coordinated dates and fractional durations."""

import datetime as dt

import pytest

from timeline.extraction import find_timexes

SAT = dt.date(2025, 6, 28)  # a Saturday


def _found(sentence: str, anchor: dt.date = SAT):
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, anchor)]


@pytest.mark.parametrize("sentence,expected", [
    ("The airline will add 700 seats a week on the route.", [("a week", "SET", "P1W")]),
    ("The cuts should save $500 million a year in costs.", [("a year", "SET", "P1Y")]),
    ("Employers added jobs at a pace of 210,000 a month.", [("a month", "SET", "P1M")]),
    ("Rooms will cost $55 a night, the company said.", [("a night", "SET", "P1D")]),
    ("Aides handle hundreds of calls a day.", [("a day", "SET", "P1D")]),
])
def test_a_rate_is_a_set_not_a_duration(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The inspectors will report within a week.", [("a week", "DURATION", "P1W")]),
    ("Spending posted its smallest gain in a year.", [("a year", "DURATION", "P1Y")]),
    ("In 2019 a year of talks began.", [("2019", "DATE", "2019"), ("a year", "DURATION", "P1Y")]),
])
def test_a_length_without_an_amount_stays_a_duration(sentence, expected):
    assert _found(sentence) == expected
