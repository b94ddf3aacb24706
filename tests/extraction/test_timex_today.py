""""Today" as the present age (TimeML's PRESENT_REF) against "today" as the story's day."""

import datetime as dt

import pytest

from timeline.extraction import find_timexes
from timeline.ingest.derive import event_span

TUE = dt.date(2009, 3, 10)


def _today(sentence: str, anchor: dt.date = TUE):
    return [(t.type, t.value) for t in find_timexes(sentence, anchor) if t.text.lower() == "today"]


@pytest.mark.parametrize("sentence", [
    "Children today are taller than their grandparents.",
    "Most households today have two cars.",
    "These are the problems we face today.",
    "The old mill is still used today.",
    "The family are still in the village today.",
    "Even today, nobody knows who built the wall.",
    "The film is as fresh today as it was in 1972.",
    "Sea levels were higher then than they are today.",
])
def test_today_as_the_present_age_is_no_day(sentence):
    assert _today(sentence) == [("DATE", "PRESENT_REF")]


@pytest.mark.parametrize("sentence", [
    "In today's economy, savings earn little.",
    "They are heroes to many of today's young.",
    "He is one of today's most admired tenors.",
    # "to this day" is no expression of its own, and no day
    "The cause of the fire remains a mystery to this day.",
])
def test_today_before_an_abstract_noun_gives_no_timex(sentence):
    assert _today(sentence) == [] and not [t for t in find_timexes(sentence, TUE) if t.value[:4] == "2009"]


@pytest.mark.parametrize("sentence", [
    "The minister announced today that taxes will rise.",
    "The council will meet today to decide.",
    "Today's vote was closer than expected.",
    "Today, the minister said he would resign.",
    "Stocks today are trading higher on bank news.",
    "Officials today ordered all schools to close.",
    # a day among days is the day, "still" or not
    "There is still time today, tonight and tomorrow to save lives.",
])
def test_today_of_a_happening_is_the_story_day(sentence):
    assert _today(sentence) == [("DATE", "2009-03-10")]


def test_a_present_today_makes_no_event():
    timex = next(t for t in find_timexes("Children today are taller.", TUE) if t.text == "today")
    assert event_span(timex) is None


def test_a_clock_time_followed_by_today_is_on_the_story_day():
    # The story last named Monday; the sentence with the time names its own day, today.
    text = ("The show returns early Monday morning. Its host grew up by the sea. He has two dogs and a "
            "boat. Listeners love the quiz. Between noon and 1pm the panel looks back at "
            "Saturday's match and previews today's games.")
    times = [t.value for t in find_timexes(text, dt.date(2010, 8, 1)) if t.text == "1pm"]
    assert times == ["2010-08-01T13:00"]
