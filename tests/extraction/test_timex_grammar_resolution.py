"""Which date an underspecified expression reads: tense and nearness, the quarter a date ends, a leap day, a
bare day of the month, the year a weekday tells."""

import datetime as dt

import pytest

from timeline.extraction import find_timexes


@pytest.mark.parametrize("sentence,anchor,value", [
    # tense picks the side, nearness overrides a reading a year away
    ("Sales rose in December.", dt.date(2025, 7, 18), "2024-12"),
    ("The plant will open in December.", dt.date(2025, 7, 18), "2025-12"),
    ("The dividend is payable Jan. 2 to holders of record.", dt.date(2025, 11, 20), "2026-01-02"),
    ("The offer was extended to Nov. 20.", dt.date(2025, 11, 2), "2025-11-20"),
    ("Net income rose 5% in the fourth quarter.", dt.date(2025, 2, 10), "2024-Q4"),
    # a scheduled event in the present tense lies ahead
    ("The waiver expires at the end of September.", dt.date(2025, 2, 10), "2025-09"),
    ("Voting ends at 8 p.m. on Sunday.", dt.date(2013, 4, 10), "2013-04-14T20:00"),
    # the verb "last" is no past tense
    ("Talks could last into the weekend.", dt.date(2013, 3, 14), "2013-W11-WE"),
    ("A year from today, the law takes effect.", dt.date(2013, 3, 14), "2014"),
    # a "hastily planned trip" is an adjective, not a plan for the date
    ("On Friday, when she set aside vacation plans for the hastily planned trip, the ministry lifted "
     "its warning.", dt.date(2025, 7, 21), "2025-07-18"),
])
def test_direction(sentence, anchor, value):
    assert [t.value for t in find_timexes(sentence, anchor)] == [value]


def test_a_year_ago_follows_reported_quarter():
    text = ("Third-quarter net income rose 12%. Revenue climbed to $3 billion "
            "from $2.5 billion a year earlier.")
    found = find_timexes(text, dt.date(2025, 10, 28))
    assert [(t.text, t.value) for t in found] == [("Third-quarter", "2025-Q3"),
                                                  ("a year earlier", "2024-Q3")]


@pytest.mark.parametrize("sentence,value", [
    # the three months up to the end date, placed where most of them fall
    ("In the quarter ended July 31, the retailer lost money.", "2025-Q2"),
    ("Sales rose 8% in the quarter ended Sept. 30.", "2025-Q3"),
    ("For the quarter ended Oct. 1, profit fell.", "2025-Q3"),
    ("Results for the quarter ending Dec. 31 are due in February.", "2025-Q4"),
])
def test_quarter_ended_on_a_date(sentence, value):
    found = find_timexes(sentence, dt.date(2025, 11, 3))
    assert (found[0].text, found[0].value) == ("the quarter", value)


def test_a_quarter_ended_on_a_date_is_not_the_fiscal_quarter_named_before():
    text = ("The company earned $4 million in its fiscal first quarter. Sales for the quarter "
            "ended Sept. 30 rose 5%.")
    found = find_timexes(text, dt.date(2025, 10, 28))
    assert [(t.text, t.value) for t in found] == [("fiscal first quarter", "2025-Q1"),
                                                  ("the quarter", "2025-Q3"),
                                                  ("Sept. 30", "2025-09-30")]


def test_leap_day_without_a_year_takes_the_nearest_leap_year():
    found = find_timexes("Sales peaked on Feb. 29, officials said.", dt.date(2024, 3, 10))
    assert [(t.text, t.value) for t in found] == [("Feb. 29", "2024-02-29")]


@pytest.mark.parametrize("sentence,expected", [
    # Wednesday 2025-07-16: a bare day of the month lies in the story's month or next to it
    ("The court will hear arguments on the 21st.", [("the 21st", "2025-07-21")]),
    ("The strike began on the 3rd and ended on the 9th.", [("the 3rd", "2025-07-03"), ("the 9th", "2025-07-09")]),
    ("Payment is due by the 30th, officials said.", [("the 30th", "2025-07-30")]),
    # June has no 31st; a vote already held fell on the last 31st before the story
    ("The vote was held on the 31st.", [("the 31st", "2025-05-31")]),
    # a range or a pair names its month (and year) at the end
    ("Hearings run from the 14th to the 21st of August.",
     [("the 14th", "2025-08-14"), ("the 21st of August", "2025-08-21")]),
    ("Talks ran from the 3rd to the 5th of June, 2024.",
     [("the 3rd", "2024-06-03"), ("the 5th of June, 2024", "2024-06-05")]),
    ("Talks are set for the 2nd and 3rd of September.",
     [("the 2nd", "2025-09-02"), ("3rd of September", "2025-09-03")]),
    ("From 1 to 3 July, markets were closed.", [("1", "2025-07-01"), ("3 July", "2025-07-03")]),
    ("The fair runs 12-14 September 2025.", [("12", "2025-09-12"), ("14 September 2025", "2025-09-14")]),
    # an ordinal before a noun is no day
    ("He came for the 2nd time.", []),
    ("He served in the 1st Cavalry Division.", []),
    ("It was the 21st time the court met.", []),
])
def test_a_bare_day_of_the_month(sentence, expected):
    found = find_timexes(sentence, dt.date(2025, 7, 16))
    assert [(t.text, t.value) for t in found if t.type == "DATE"] == expected


@pytest.mark.parametrize("sentence,expected", [
    # Wednesday 2025-07-16: a weekday before a day and month is one date
    ("The talks began Monday 12 May in Geneva.", [("Monday 12 May", "2025-05-12")]),
    ("The summit opens on Thursday, 17 July.", [("Thursday, 17 July", "2025-07-17")]),
    # the weekday tells the year: 12 May 2026 is a Tuesday, 12 May 2024 a Sunday
    ("The vote is set for Tuesday, May 12.", [("Tuesday, May 12", "2026-05-12")]),
    ("Results came on Sunday 12 May.", [("Sunday 12 May", "2024-05-12")]),
    # a weekday against the tense is a slip: nearness and tense decide as without it
    ("The paper said in an editorial on Tuesday, July 14.", [("Tuesday, July 14", "2025-07-14")]),
])
def test_a_weekday_with_its_date(sentence, expected):
    assert [(t.text, t.value) for t in find_timexes(sentence, dt.date(2025, 7, 16))] == expected
