"""Clock times in recent web news: wire times told in two zones, times in a schedule or far from their day,
and the furniture (datelines, update stamps, bylines) that dates a page."""

import datetime as dt

import pytest
from news_anchors import FRI, TUE, values

from timeline.extraction import event_span, find_timexes


@pytest.mark.parametrize("sentence,anchor,expected", [
    # a wire clock time with its zone and a weekday is one time on that weekday
    ("Polls close at 09:30 BST Sunday.", FRI, [("09:30 BST Sunday", "2011-03-06T09:30")]),
    # four digits with a zone or "local time" are a time, not a year; the day may follow the
    # time told in another zone
    ("The tremor struck at 1653 local time (2153 GMT) on Monday.", TUE,
     [("1653 local time (2153 GMT) on Monday", "2011-02-28T16:53")]),
    ("The show will be broadcast from 0100 GMT on Saturday, 5 March.", FRI,
     [("0100 GMT on Saturday, 5 March", "2011-03-05T01:00")]),
    # the same time in another zone, in brackets, is not a second time
    ("The blast came at about 10:35 a.m. (0735 GMT) on Monday.", TUE,
     [("10:35 a.m.", "2011-03-01T10:35"), ("Monday", "2011-02-28")]),
])
def test_wire_clock_times(sentence, anchor, expected):
    assert values(sentence, anchor) == expected


WIRE = "WASHINGTON | Mon Feb 28, 2011 4:23 pm EST WASHINGTON (Reuters) - The agency said on Friday it would act."


BLOG = "Jane Doe | 17:45 UK time, Monday, 28 February 2011 This week one story has been everywhere."


UPDATED = "Page last updated at 08:58 GMT, Monday, 28 February 2011 09:58 UK The inquiry opened on Friday."


@pytest.mark.parametrize("text,stamp,event", [
    (WIRE, ["Feb 28, 2011", "4:23 pm EST"], [("Friday", "2011-02-25")]),
    (BLOG, ["Monday, 28 February 2011"], [("This week", "2011-W09")]),
    (UPDATED, ["08:58 GMT, Monday, 28 February 2011"], [("Friday", "2011-02-25")]),
    ("Updated 10:32 GMT The council met on Friday.", ["10:32 GMT"], [("Friday", "2011-02-25")]),
    # web stamps without a colon, with "at" before the time, or after a byline
    ("Posted Mon 28 Feb 2011 at 5:47pm The council met on Friday.", ["28 Feb 2011", "5:47pm"],
     [("Friday", "2011-02-25")]),
    ("February 28, 2011 at 5:47 p.m. EST The council met on Friday.", ["February 28, 2011", "5:47 p.m. EST"],
     [("Friday", "2011-02-25")]),
    ("By Jane Doe, City Desk Published 28 February 2011 The council met on Friday.", ["28 February 2011"],
     [("Friday", "2011-02-25")]),
    ("Last Modified: Mon 28 Feb 2011 The council met on Friday.", ["28 Feb 2011"], [("Friday", "2011-02-25")]),
    # the stamp dates the page: "Friday" counts back from it, not from a later publication date
    ("Last updated: 28 February, 2011 - 14:10 GMT The inquiry opened on Friday.",
     ["28 February, 2011", "14:10 GMT"], [("Friday", "2011-02-25")]),
])
def test_furniture_dates_the_page_and_is_no_event(text, stamp, event):
    found = find_timexes(text, dt.date(2011, 3, 2))
    assert [t.text for t in found if t.furniture] == stamp
    assert [(t.text, t.value) for t in found if not t.furniture] == event
    assert all(event_span(t) is None for t in found if t.furniture)
    assert all(event_span(t) is not None for t in found if not t.furniture)


@pytest.mark.parametrize("sentence,expected", [
    ("The talks ended on 3 June 2009 at 10:30 GMT with no deal.", [("3 June 2009", False), ("10:30 GMT", False)]),
    # in a sentence the labels are lower-case, or read as words
    ("The report was published on 3 June 2009 at 10:30 GMT.", [("3 June 2009", False), ("10:30 GMT", False)]),
    ("Published in 2009, the report sold well.", [("2009", False)]),
])
def test_a_date_and_time_in_a_sentence_is_no_furniture(sentence, expected):
    assert [(t.text, t.furniture) for t in find_timexes(sentence, dt.date(2009, 6, 4))] == expected


@pytest.mark.parametrize("sentence", [
    # a clock time in a recurring schedule falls on no one day
    "The quiz airs every Saturday at noon.",
    "It airs at 10:15 every Sunday, and at 9pm on Monday.",
    "The bulletin goes out daily at 0610 local time.",
    "Doors open at 7pm on Sundays.",
    "Each morning at 6am the bell rings.",
    "The ferry sails twice a day, at 8 in the morning and at 6 in the evening.",
    # a bare time with no day named close before is of a day the text does not say
    "Police say the doctor found him at 11am, not breathing.",
    "The tremor struck west of the capital at 0603 local time.",
    "From 10pm, the host takes calls from listeners.",
    "She presents on Saturday nights between midnight and 3am.",
])
def test_a_clock_time_in_a_schedule_or_without_its_day_is_no_date(sentence):
    assert [t.text for t in find_timexes(sentence, TUE) if event_span(t)] == []


@pytest.mark.parametrize("sentence,expected", [
    # a bare time falls on the day named in its sentence or one close before
    ("The polls opened on Friday. The vote ended at noon.", [("Friday", "2011-02-25"), ("noon", "2011-02-25T12:00")]),
    ("The blast came at 10:35 a.m. (0735 GMT) Friday.", [("10:35 a.m.", "2011-03-01T10:35"), ("Friday", "2011-02-25")]),
    # a daily paper is no recurrence of the time
    ("The daily paper went to press at 9 p.m. on Friday.",
     [("daily", "P1D"), ("9 p.m. on Friday", "2011-02-25T21:00")]),
    # a written day and month in a schedule still names its day
    ("Trading halts daily at 4pm, and will close at noon on March 24.",
     [("daily", "P1D"), ("noon on March 24", "2011-03-24T12:00")]),
])
def test_a_clock_time_outside_a_schedule(sentence, expected):
    assert values(sentence) == expected


def test_a_bare_time_far_from_the_last_day_named_is_no_date():
    text = "On 3 January the ferry sank. Rescuers worked for days. The survivors spoke of the cold. Help came at noon."
    assert [(t.text, t.value) for t in find_timexes(text, TUE) if event_span(t)] == [("3 January", "2011-01-03")]


def test_a_time_naming_a_slot_is_no_time_of_day():
    found = find_timexes("The network won the primetime 8pm slot on Monday.", TUE)
    assert [(t.text, t.value) for t in found if event_span(t)] == [("Monday", "2011-02-28")]
