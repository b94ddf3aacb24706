"""Compound phrases built on another date, halves of units, vague lengths and refs."""

import datetime as dt

import pytest

from timeline.extraction import find_timexes

SAT = dt.date(2025, 6, 28)  # a Saturday


def _found(sentence: str, anchor: dt.date = SAT):
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, anchor)]


@pytest.mark.parametrize("sentence,expected", [
    ("The talks lasted half an hour.", ("half an hour", "DURATION", "PT30M")),
    ("The merger review could take half a year.", ("half a year", "DURATION", "P6M")),
    ("Rescuers searched for half a day before the storm hit.", ("half a day", "DURATION", "PT12H")),
    ("The party has ruled for half a century.", ("half a century", "DURATION", "P50Y")),
    ("Shares were halted for a half hour.", ("a half hour", "DURATION", "PT30M")),
])
def test_half_a_unit_is_half_its_length(sentence, expected):
    assert _found(sentence) == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("The embargo will stay in place for a while, officials said.", [("a while", "DURATION", "PXX")]),
    ("Troops could remain in the region for some time.", [("some time", "DURATION", "PXX")]),
    ("Repairs took quite a while.", [("quite a while", "DURATION", "PXX")]),
    # "some time ago" is no length; "while" as a conjunction is no time
    ("The talks began some time ago.", []),
    ("Prices rose while wages fell.", []),
])
def test_a_length_without_a_count(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The company will soon begin selling the drug in Europe.", [("soon", "DATE", "FUTURE_REF")]),
    ("Prosecutors may soon seek an indictment, his lawyer said.", [("soon", "DATE", "FUTURE_REF")]),
    ("The losses will cut tax payments in future quarters.",
     [("future quarters", "DATE", "FUTURE_REF")]),
    # two events in sequence, not a time of their own
    ("He was soon released and returned home.", []),
    ("Refunds will be paid as soon as possible.", []),
    ("The strike began soon after the talks collapsed.", []),
])
def test_soon_is_a_future_reference(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The case may be heard the week of March 6, a lawyer said.",
     [("the week of March 6", "DATE", "2025-W10")]),
    ("The index was closed for the week of Dec. 22, 2024.",
     [("the week of Dec. 22, 2024", "DATE", "2024-W51")]),
])
def test_the_week_of_a_date_is_that_week(sentence, expected):
    assert _found(sentence, dt.date(2025, 2, 24)) == expected


@pytest.mark.parametrize("sentence,expected", [
    # Saturday 2025-06-28
    ("The envoy arrived the day before Tuesday's hearing.", [("day before Tuesday", "DATE", "2025-06-23")]),
    ("Crowds gathered the day after Christmas.", [("day after Christmas", "DATE", "2024-12-26")]),
    ("The ship docked the day before yesterday.", [("day before yesterday", "DATE", "2025-06-26")]),
    ("The vote is due the day after June 30.", [("day after June 30", "DATE", "2025-07-01")]),
])
def test_the_day_before_or_after_a_date(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("For the week, the index fell 3.8%.", [("the week", "DATE", "2025-WXX")]),
    ("Volume was the week's heaviest, traders said.", [("the week", "DATE", "2025-WXX")]),
    ("Bonds rallied later in the week.", [("the week", "DATE", "2025-WXX")]),
    # the week of or before something else is not the week under discussion
    ("Sales rose during the week before the holiday.", []),
    ("He works six days of the week.", [("six days", "DURATION", "P6D")]),
])
def test_the_week_under_discussion(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("passing,value", [
    ("After a flat second quarter, sales picked up.", "1989-Q2"),
    ("The company expects a loss in the third quarter of 1990.", "1990-Q3"),
])
def test_a_quarter_named_in_passing_is_no_comparison_base(passing, value):
    text = (f"The paper maker posted a 20% gain in third-quarter net income. {passing} "
            "In the year-ago period, it earned $3 million.")
    got = [(t.text, t.value) for t in find_timexes(text, dt.date(1989, 11, 1))]
    assert got[0] == ("third-quarter", "1989-Q3")
    assert got[1][1] == value
    assert got[2] == ("the year-ago period", "1988-Q3")


@pytest.mark.parametrize("sentence,expected", [
    ("The navy may use the base for at least 20 more years.",
     [("at least 20 more years", "DURATION", "P20Y")]),
    ("The boy will stay two more weeks, the court said.", [("two more weeks", "DURATION", "P2W")]),
    ("The loan may be extended for an additional year.", [("an additional year", "DURATION", "P1Y")]),
    ("The truce held for another month.", [("another month", "DURATION", "P1M")]),
])
def test_more_of_a_unit_is_a_length(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("A second group of directors sold shares.", []),
    ("It would be a second betrayal, she said.", []),
    ("He told CBS's 60 Minutes that the ruling was wrong.", []),
    ("The screen went dark for a second.", [("a second", "DURATION", "PT1S")]),
])
def test_ordinal_second_and_titles_are_no_lengths(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Holders may buy shares at half the then current market price.",
     [("then current", "DATE", "PAST_REF")]),
    ("The then-current chairman resigned in protest.", [("then-current", "DATE", "PAST_REF")]),
])
def test_then_current_is_a_past_reference(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # Wednesday 2025-07-16
    ("A decision is due a week from Friday.", ("a week from Friday", "2025-07-25")),
    ("The vote is two weeks from tomorrow.", ("two weeks from tomorrow", "2025-07-31")),
    ("Results come a week from today.", ("a week from today", "2025-07-23")),
    ("The rules change the week after next.", ("the week after next", "2025-W31")),
    ("Prices have been flat since the week before last.", ("the week before last", "2025-W27")),
    ("It happened the month before last.", ("the month before last", "2025-05")),
])
def test_shifted_weeks_and_two_units_away(sentence, expected):
    t = find_timexes(sentence, dt.date(2025, 7, 16))[0]
    assert (t.text, t.value) == expected


def test_a_week_from_one_day_to_another_is_a_length():
    found = find_timexes("The stock rose 5% in a week from Friday to Friday.", dt.date(2025, 7, 16))
    assert "a week from Friday" not in [t.text for t in found]


@pytest.mark.parametrize("text,expected", [
    # Wednesday 1989-11-01: the year-ago twin of the quarter under discussion
    ("Net rose 5% in the third quarter. It earned $1.8 million in the corresponding period last year.",
     [("the third quarter", "1989-Q3"), ("the corresponding period last year", "1988-Q3")]),
    ("Sales were up 8% from the same quarter a year earlier.", [("the same quarter a year earlier", "1988-Q3")]),
    # "that quarter" is the last quarter named, even one named in passing
    ("Net rose in the third quarter. In the second quarter ended Oct. 31, 1988, it lost $12 million. "
     "Results for that quarter included a charge.",
     [("the third quarter", "1989-Q3"), ("the second quarter", "1988-Q2"), ("Oct. 31, 1988", "1988-10-31"),
      ("that quarter", "1988-Q2")]),
    # with no quarter named, the quarter holding the reference day
    ("The plant opened on March 3, 1998. Sales rose in the following quarter.",
     [("March 3, 1998", "1998-03-03"), ("the following quarter", "1998-Q2")]),
])
def test_quarters_told_by_reference_to_another(text, expected):
    assert [(t.text, t.value) for t in find_timexes(text, dt.date(1989, 11, 1))] == expected


@pytest.mark.parametrize("sentence,expected", [
    # Wednesday 1990-08-15: the day counted is the day the sentence names
    ("In Saudi Arabia, today is the eighth day of Desert Shield.",
     [("today", "1990-08-15"), ("the eighth day", "1990-08-15")]),
    ("It's the second day of an offensive by the security forces.", [("the second day", "1990-08-15")]),
    ("Tomorrow will be the 100th day of the strike.", [("Tomorrow", "1990-08-16"), ("the 100th day", "1990-08-16")]),
    # a day counted without naming which is no date
    ("It was the first day of trading.", []),
    ("He vowed to do so on his first day in office.", []),
])
def test_the_nth_day_of_something_named_as_today(sentence, expected):
    assert [(t.text, t.value) for t in find_timexes(sentence, dt.date(1990, 8, 15))] == expected


@pytest.mark.parametrize("second,value", [
    # Wednesday 1989-11-01, a story reporting the third quarter
    ("This quarter's loss includes pretax charges of $4.9 million.", "1989-Q3"),
    ("Sales rose this quarter, the company said.", "1989-Q3"),
    # a future or a perfect speaks of the quarter under way
    ("The company expects a profit this quarter.", "1989-Q4"),
    ("Sales have risen so far this quarter.", "1989-Q4"),
])
def test_this_quarter_in_a_results_story(second, value):
    found = find_timexes("Net fell 20% in the third quarter. " + second, dt.date(1989, 11, 1))
    assert [t.value for t in found] == ["1989-Q3", value]


def test_this_quarter_without_a_reported_quarter_is_the_one_under_way():
    assert [t.value for t in find_timexes("Sales rose this quarter.", dt.date(1989, 11, 1))] == ["1989-Q4"]
