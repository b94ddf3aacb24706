"""Bare weekdays and yearless days in news sentences whose tense is told from afar: an attribution
after the date, a relative clause after it, a plan told in the past tense, a day followed by "that
year", and papers and clubs named after a weekday."""

import datetime as dt

import pytest

from timeline.extraction import find_timexes

MON = dt.date(2011, 3, 7)  # a Monday
WED = dt.date(2011, 3, 9)


def _values(sentence: str, anchor: dt.date = MON):
    return [(t.text, t.value) for t in find_timexes(sentence, anchor)]


@pytest.mark.parametrize("sentence,expected", [
    # ", he said" attributes the sentence; "will" tells the tense of the clause holding the day.
    ("Older pupils will go back to class on Thursday, the minister said.", [("Thursday", "2011-03-10")]),
    ("The ferry will sail again on Friday, officials told reporters.", [("Friday", "2011-03-11")]),
    # with no other cue the attribution still reports a past day
    ("The ferry sank on Friday, officials said.", [("Friday", "2011-03-04")]),
    ("Talks on Friday, the envoy said, broke down.", [("Friday", "2011-03-04")]),
])
def test_an_attribution_after_the_date_does_not_set_its_tense(sentence, expected):
    assert _values(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("On Tuesday the three brothers, who will sing at the gala, defended the choice of date.",
     [("Tuesday", "2011-03-08")]),
    ("On Tuesday the board, which will meet again in April, approved the deal.",
     [("Tuesday", "2011-03-08"), ("April", "2011-04")]),
    # a comma in a list before the date is no relative clause's end
    ("He succeeds a man who stepped down as chairman, president and chief in March.",
     [("March", "2011-03")]),
])
def test_a_relative_clause_after_the_date_keeps_its_tense_to_itself(sentence, expected):
    assert _values(sentence, WED) == expected


@pytest.mark.parametrize("sentence,anchor,expected", [
    # A plan told in the past tense: the nearer of the two days, yesterday's or next week's.
    ("The agency said it expected to feed 9,000 families on Sunday, after 5,000 the day before.", MON,
     [("Sunday", "2011-03-06"), ("the day before", "2011-03-05")]),
    ("The boxer was scheduled to fly home on Friday.", WED, [("Friday", "2011-03-11")]),
    ("The boxer was scheduled to fly home on Sunday.", MON, [("Sunday", "2011-03-06")]),
    ("They planned to leave on Tuesday.", WED, [("Tuesday", "2011-03-08")]),
    # told in the present, the plan lies ahead
    ("The agency is expected to feed 9,000 people on Sunday.", MON, [("Sunday", "2011-03-13")]),
    ("The boxer is scheduled to fly home on Sunday.", MON, [("Sunday", "2011-03-13")]),
    # a yearless day in such a plan still lies ahead
    ("The trial was scheduled to open on 28 March.", dt.date(2011, 1, 25), [("28 March", "2011-03-28")]),
])
def test_a_plan_told_in_the_past_takes_the_nearer_weekday(sentence, anchor, expected):
    assert _values(sentence, anchor) == expected


@pytest.mark.parametrize("text,expected", [
    ("She refused him the drug in April 2009. The singer died on 25 June that year.",
     [("April 2009", "2009-04"), ("25 June", "2009-06-25"), ("that year", "2009")]),
    ("The firm was founded in 1990. It opened a shop on 3 March of the following year. That year it grew.",
     [("1990", "1990"), ("3 March", "1991-03-03"), ("the following year", "1991"), ("That year", "1991")]),
    ("The firm was founded in 1990. It opened a shop in May the following year.",
     [("1990", "1990"), ("May", "1991-05"), ("the following year", "1991")]),
    # without "that year" the day is read near the story
    ("She refused him the drug in April 2009. The appeal opened on 25 June.",
     [("April 2009", "2009-04"), ("25 June", "2011-06-25")]),
])
def test_a_day_before_that_year_takes_the_year_the_story_refers_to(text, expected):
    assert _values(text, dt.date(2011, 10, 26)) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("He told The Sunday Times he would stay.", []),
    ("She wrote a column for the Mail on Sunday.", []),
    ("Sheffield Wednesday lost at home.", []),
    ("Friday Night Is Music Night returns to the schedule.", []),
    ("He watched Saturday Night Live.", []),
    # a day it stays
    ("The paper went to press on Sunday.", [("Sunday", "2011-03-06")]),
    ("On Sunday Post-mortem results were released.", [("Sunday", "2011-03-06")]),
    ("The Times reported on Sunday night that he had left.", [("Sunday night", "2011-03-06")]),
    # a listing's programme airs on its night
    ("Join the Monday Night Club from 9pm.", [("Monday Night", "2011-03-07"), ("9pm", "2011-03-07T21:00")]),
])
def test_a_weekday_in_a_name_is_no_day(sentence, expected):
    assert _values(sentence) == expected


def test_ago_after_a_date_does_not_send_it_a_year_back():
    # "18 hours ago" dates a web item; the day it announces may lie ahead.
    got = dict(_values("The charity single is out Feb. 7 - 18 hours ago", dt.date(2010, 1, 28)))
    assert got["Feb. 7"] == "2010-02-07"


@pytest.mark.parametrize("sentence,expected", [
    ("Single out Feb. 7 - 18 hrs ago", [("Feb. 7", "2010-02-07")]),
    ("Single out Feb. 7 - 18 hours ago", [("Feb. 7", "2010-02-07"), ("18 hours ago", "2010-01-28")]),
    ("The fair runs Feb. 7 - 9 in the old town.", [("Feb. 7", "2010-02-07"), ("9", "2010-02-09")]),
])
def test_a_count_of_hours_ends_no_range_of_days(sentence, expected):
    assert _values(sentence, dt.date(2010, 1, 28)) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Critics recall the strike of May 9th 1926, and the marches held on May 9th.",
     [("May 9th 1926", "1926-05-09"), ("May 9th", "1926-05-09")]),
    # in another sentence the day is read near the story again
    ("He died on 25 June 2009. Fans will gather on 25 June.",
     [("25 June 2009", "2009-06-25"), ("25 June", "2011-06-25")]),
])
def test_a_day_named_again_in_its_sentence_keeps_its_year(sentence, expected):
    assert _values(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # Thursday 30 April 2009: last week is 20-26 April
    ("The boy was at work on Wednesday to Friday last week.",
     [("Wednesday", "2009-04-22"), ("Friday", "2009-04-24"), ("last week", "2009-W17")]),
    ("She fell ill on Monday last week.", [("Monday", "2009-04-20"), ("last week", "2009-W17")]),
    ("The talks open on Monday next week.", [("Monday", "2009-05-04"), ("next week", "2009-W19")]),
    # "last week" opening a clause of its own is no part of the weekday
    ("She fell ill on Monday, last week she was fine.", [("Monday", "2009-04-27"), ("last week", "2009-W17")]),
])
def test_a_weekday_before_last_or_next_week_falls_in_that_week(sentence, expected):
    assert _values(sentence, dt.date(2009, 4, 30)) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("One Sunday evening, under a full moon, two men knocked at our door.", []),
    ("Come round some Friday.", []),
    ("On Sunday evening two men knocked at our door.", [("Sunday evening", "2011-03-06")]),
])
def test_one_weekday_among_many_is_no_day(sentence, expected):
    assert _values(sentence) == expected


def test_a_quoted_comment_is_read_from_its_own_day():
    # A thread of readers' comments runs for months after the page's date: each quoted comment counts
    # "today", weekdays and its stamp's clock time from the day of its stamp.
    text = ("Officials said on Friday that schools would close.\n"
            "At 4:52 pm on 20 Nov 2009, reader7 wrote: Officials said Friday the virus spread.\n"
            "Rescuers left today.\n"
            "At 09:05 am on 02 Dec 2009, Jo wrote: I had the jab today.")
    assert _values(text, dt.date(2009, 5, 21)) == [
        ("Friday", "2009-05-15"),
        ("4:52 pm", "2009-11-20T16:52"), ("20 Nov 2009", "2009-11-20"), ("Friday", "2009-11-20"),
        ("today", "2009-11-20"),
        ("09:05 am", "2009-12-02T09:05"), ("02 Dec 2009", "2009-12-02"), ("today", "2009-12-02"),
    ]


@pytest.mark.parametrize("sentence,expected", [
    ("Journalists were at the square on July 8 and 9, 1991.",
     [("July 8", "1991-07-08"), ("9, 1991", "1991-07-09")]),
    # without a year both days are read near the story
    ("The fair is on April 24 and 25.", [("April 24", "2011-04-24"), ("25", "2011-04-25")]),
    # a year the grammar does not read leaves the day unread rather than in the paper's year
    ("The play opens in Greenwich on 12 April 1588.", []),
    ("On 30 May, 1,500 people will march.", [("30 May", "2011-05-30")]),
])
def test_a_day_takes_the_year_written_after_it(sentence, expected):
    assert _values(sentence) == expected


def test_a_clock_time_after_a_dated_heading_is_no_early_year():
    assert _values("19 JANUARY, 1300 GMT, LEOGANE The convoy stops for fuel.", dt.date(2010, 1, 19))[0] == (
        "19 JANUARY", "2010-01-19")


@pytest.mark.parametrize("sentence,expected", [
    # The future tense governs the date: it lies ahead, even nine months on against three back.
    ("The plant will close on Dec. 24.", [("Dec. 24", "2011-12-24")]),
    ("The store will shut its doors on Dec. 24, a spokesman said.", [("Dec. 24", "2011-12-24")]),
    ("The summit will be held in Paris on Jan. 5.", [("Jan. 5", "2012-01-05")]),
    # a past date in a clause of its own, or one the future verb does not govern, keeps the past reading
    ("The plant closed on Dec. 24 and will reopen when it is safe.", [("Dec. 24", "2010-12-24")]),
    ("Goods shipped after Dec. 24 will be banned.", [("Dec. 24", "2010-12-24")]),
])
def test_a_future_tense_sends_a_yearless_day_forward(sentence, expected):
    assert _values(sentence) == expected
