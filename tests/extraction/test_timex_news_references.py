"""References in recent web news counted from the story or a day it named: "today" near names, year-end, "the
day before", "at the time", a season of play, a day joined to a time ago."""

import pytest
from news_anchors import TUE, WED, values

from timeline.extraction import event_span, find_timexes


@pytest.mark.parametrize("sentence,expected", [
    ("A decision will follow as a result of today's meeting.", [("today", "2011-03-01")]),
    ("ANNA SMITH, RELIEF AGENCY Yesterday I visited the camp.", [("Yesterday", "2011-02-28")]),
    # a name still takes "Today"
    ("She told the Dominican Today newspaper about it.", []),
    # no day takes an article: "the Today programme" is a name even where "The" opens the sentence
    ("The Today programme's host asked about it.", []),
    ("He told the Today programme on Tuesday.", [("Tuesday", "2011-03-01")]),
    ("They met in the world of tomorrow.", []),
])
def test_deictic_days_near_names_and_possessives(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The merger should close by year-end.", [("year-end", "2011-12-31", "")]),
    ("The index has risen 5% since year-end.", [("year-end", "2010-12-31", "")]),
    ("The plant will close by the end of the year.", [("the end of the year", "2011", "END")]),
    ("Staff will be cut by year's end.", [("year's end", "2011", "END")]),
])
def test_year_end(sentence, expected):
    assert [(t.text, t.value, t.mod) for t in find_timexes(sentence, TUE)] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The singer died on 25 February. The day before, he rehearsed.",
     [("25 February", "2011-02-25"), ("The day before", "2011-02-24")]),
    ("The council met on Friday and the mayor resigned the day after.",
     [("Friday", "2011-02-25"), ("the day after", "2011-02-26")]),
    # counted from an event, not from a date
    ("He arrived the day before the vote.", []),
])
def test_the_day_before_counts_from_the_story_date(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The mayor was arrested on 3 February, days after the vote and a long campaign. At the time, he lived abroad.",
     [("3 February", "2011-02-03"), ("the time", "2011-02-03")]),
    # with no day named before it, or when a clause follows ("at the time he was arrested"), no date
    ("At the time, nobody knew.", []),
    ("He left on 3 February. He said at the time he was ill.", [("3 February", "2011-02-03")]),
])
def test_at_the_time_is_the_day_the_story_named(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a season of play or of a series: its months are not said, so it points but makes no event
    ("Viewers stayed loyal through the latest season.", [("the latest season", "PRESENT_REF")]),
    ("He has scored 20 goals this season.", [("this season", "PRESENT_REF")]),
    ("He scored 12 goals last season.", [("last season", "PAST_REF")]),
    ("The club hopes to return to the top flight next season.", [("next season", "FUTURE_REF")]),
    # a season of the year keeps its months
    ("The club was sold last summer.", [("last summer", "2010-SU")]),
    # a kind of season, or a compound, is no time
    ("Shops did well in the holiday season.", []),
    ("He suffered a season-ending injury.", []),
])
def test_a_season_of_play_is_a_reference_not_a_span(sentence, expected):
    found = find_timexes(sentence, WED)
    assert [(t.text, t.value) for t in found] == expected
    assert [event_span(t) is None for t in found] == [v.endswith("_REF") for _, v in expected]


@pytest.mark.parametrize("sentence,expected", [
    # a day, month or week joined to a time ago is the one that far back, not the one near the story
    ("Three years ago on the 14th of June, the mill burned down.",
     [("Three years ago", "2008"), ("the 14th of June", "2008-06-14")]),
    ("A year ago on 20 February the ferry sank.", [("A year ago", "2010"), ("20 February", "2010-02-20")]),
    ("In October five years ago, the plant opened.", [("October", "2006-10"), ("five years ago", "2006")]),
    ("A year ago today, the levee broke.", [("A year ago", "2010"), ("today", "2010-03-01")]),
    ("Twenty years ago this week, the wall came down.", [("Twenty years ago", "1991"), ("this week", "1991-W09")]),
    ("A week ago Monday, the council met.", [("A week ago", "2011-W08"), ("Monday", "2011-02-21")]),
    # a comparison with a time ago leaves the month the story's own
    ("Exports rose 4% from a year ago in February.", [("a year ago", "2010"), ("February", "2011-02")]),
    # which Friday two years back, the text does not say
    ("Two years ago on Friday the river flooded.", [("Two years ago", "2009")]),
])
def test_a_day_joined_to_a_time_ago(sentence, expected):
    assert values(sentence) == expected
