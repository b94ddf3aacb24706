"""Wire-copy conventions: tense of plans and reported speech, datelines, anaphoric weekdays."""

import datetime as dt

import pytest

from timeline.extraction import find_timexes

WED = dt.date(2000, 4, 5)  # a Wednesday


def _values(sentence: str, anchor: dt.date = WED):
    return [(t.text, t.value) for t in find_timexes(sentence, anchor)]


@pytest.mark.parametrize("sentence,value", [
    # a plan told in the past tense still lies ahead of the story
    ("Protesters were planning a march on Saturday.", "2000-04-08"),
    ("The delegation was expected to arrive Friday, diplomats said.", "2000-04-07"),
    ("The minister was due to fly home Thursday.", "2000-04-06"),
    # a plain past tense still points back
    ("Protesters were arrested on Saturday.", "2000-04-01"),
])
def test_a_plan_in_the_past_tense_points_forward(sentence, value):
    assert _values(sentence)[0][1] == value


@pytest.mark.parametrize("sentence,value", [
    ("He said the talks would resume Thursday.", "2000-04-06"),
    ("Officials said the envoy would be travelling to Geneva Friday with two aides.", "2000-04-07"),
    # a possessive weekday names an event the story already knows
    ("Lawyers said they would appeal Monday's ruling.", "2000-04-03"),
    # "would" after the date governs another clause
    ("On Monday, the mayor said the city would not back down.", "2000-04-03"),
])
def test_would_is_the_future_of_reported_speech(sentence, value):
    assert _values(sentence)[0][1] == value


@pytest.mark.parametrize("sentence,value", [
    # "vs." does not end the sentence, so the past tense after it still counts
    ("In January, a week after the Smith vs. Jones ruling, a fire destroyed the clinic.",
     "2000-01"),
    ("In February, weeks after the State v. Brown verdict, the jury was dismissed.", "2000-02"),
])
def test_a_case_name_does_not_end_the_sentence(sentence, value):
    assert _values(sentence, dt.date(2000, 10, 25))[0][1] == value


@pytest.mark.parametrize("sentence,expected", [
    ("Shares fell 4% from the previous Friday.", ("the previous Friday", "2000-03-31")),
    ("Talks opened on March 14 and ended the following Monday.",
     ("the following Monday", "2000-03-20")),
    ("The vote came on Oct. 12, 1999; the preceding Sunday the leaders had met.",
     ("the preceding Sunday", "1999-10-10")),
])
def test_an_anaphoric_weekday_counts_from_the_reference_day(sentence, expected):
    assert _values(sentence)[-1] == expected


@pytest.mark.parametrize("text,expected", [
    # the dateline's day, not the copy's publication day, is "today"
    ("GENEVA, April 4 (Xinhua) -- The agency said today it would send a team.",
     [("April 4", "2000-04-04"), ("today", "2000-04-04")]),
    ("LAGOS, Nigeria, April 4 (AP) _ Troops were deployed Monday, officials said today.",
     [("April 4", "2000-04-04"), ("Monday", "2000-04-03"), ("today", "2000-04-04")]),
    ("PARIS, April 4 (Reuters) - Ministers will meet today.",
     [("April 4", "2000-04-04"), ("today", "2000-04-04")]),
    # a date opening an ordinary sentence is no dateline
    ("On April 4 the agency said today it would send a team.",
     [("April 4", "2000-04-04"), ("today", "2000-04-05")]),
])
def test_a_dateline_dates_the_story_body(text, expected):
    assert _values(text) == expected
