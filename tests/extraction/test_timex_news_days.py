"""Which day a weekday or a yearless day is in recent web news: the day's own paper, a disaster named by its
day, the tense around a day, a paper's or a show's regular weekday, what a holiday or a weekday is."""

import datetime as dt

import pytest
from news_anchors import FRI, SUN, TUE, WED, values

from timeline.extraction import event_span, find_timexes


@pytest.mark.parametrize("sentence,expected", [
    # In Tuesday's paper, "on Tuesday" is that day whatever the tense; next week's is "next Tuesday".
    ("The council resigned on Tuesday.", [("Tuesday", "2011-03-01")]),
    ("The council will vote on Tuesday.", [("Tuesday", "2011-03-01")]),
    ("The council is expected to vote on Tuesday evening.", [("Tuesday evening", "2011-03-01")]),
    ("The council will vote next Tuesday.", [("next Tuesday", "2011-03-08")]),
])
def test_a_weekday_in_that_days_paper_is_that_day(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # A disaster named by its weekday has happened, even in a clause about what is expected.
    ("Hundreds are feared to have died in Tuesday's earthquake.", [("Tuesday", "2011-03-01")]),
    ("Rescuers said it was clear that Tuesday's blast would change the town.", [("Tuesday", "2011-03-01")]),
    # "died" is a finished event, short as it is.
    ("The singer died at his home on Wednesday.", [("Wednesday", "2011-03-02")]),
])
def test_a_day_named_by_its_disaster_is_past(sentence, expected):
    assert values(sentence, FRI + dt.timedelta(days=3)) == expected


@pytest.mark.parametrize("sentence,expected", [
    # the end of a period that is planned or under way lies ahead, whatever verb reports it
    ("The programme will last until October.", "2011-10"),
    ("The measures last until October, officials said.", "2011-10"),
    ("The season runs until October, the league said.", "2011-10"),
    ("The show, which opened in March, runs through October.", "2011-10"),
    ("Flights are suspended until October.", "2011-10"),
    ("The exhibition runs until April.", "2012-04"),
    # a period told as over stays in the past
    ("The strike lasted until October.", "2010-10"),
])
def test_the_end_of_a_planned_or_ongoing_period_lies_ahead(sentence, expected):
    assert values(sentence, dt.date(2011, 5, 10))[-1][1] == expected


@pytest.mark.parametrize("sentence,expected", [
    # a weekday that agrees with the date confirms it
    ("The vote was held on Tuesday, January 11.", "2011-01-11"),
    # a date a day from the story with the wrong weekday is a slip, not a day a year back (2010-01-11
    # was a Monday)
    ("The vote was held on Monday, January 11.", "2011-01-11"),
    ("The vote will be held on Friday, 13 January.", "2011-01-13"),
])
def test_a_weekday_slip_near_the_story_keeps_the_near_date(sentence, expected):
    assert [t.value for t in find_timexes(sentence, WED)] == [expected]


@pytest.mark.parametrize("sentence,expected", [
    # the day of a death or a disaster has passed, whatever the tense around it (2011-06-25 is ahead)
    ("Sales have soared since his death on 25 June, the label says.", [("25 June", "2010-06-25")]),
    ("The drugs resulted in the singer's death on 25 June.", [("25 June", "2010-06-25")]),
    ("The quake on 20 June destroyed the town.", [("20 June", "2010-06-20")]),
    # a planned day stays ahead
    ("The concert on 25 June will go ahead.", [("25 June", "2011-06-25")]),
])
def test_the_day_of_a_death_has_passed(sentence, expected):
    assert values(sentence, dt.date(2011, 6, 10)) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a tense cue across "and" governs its own clause, not the date in the other
    ("\"It is calm,\" said a delegate who arrived on Thursday to attend and plans to leave on Sunday.",
     [("Thursday", "2011-03-03"), ("Sunday", "2011-03-06")]),
    ("The strike began on Friday and will last until Wednesday.",
     [("Friday", "2011-03-04"), ("Wednesday", "2011-03-09")]),
    ("Shares rose on Monday and fell on Tuesday.", [("Monday", "2011-02-28"), ("Tuesday", "2011-03-01")]),
])
def test_a_tense_cue_stays_in_its_clause(sentence, expected):
    assert values(sentence, dt.date(2011, 3, 5)) == expected


@pytest.mark.parametrize("sentence", [
    # the weekday a paper or a show comes out on, every week
    "She writes for a national Sunday paper.",
    "He returns to his regular Saturday morning show on local radio.",
    "The station's Friday evening schedule has changed.",
    "She told the network's Sunday Politics programme that she would run.",
    "The channel airs the Saturday Late Review Show.",
    "She hosts a special edition of the Sunday Programme from York.",
    "The station's Friday Feature examines the harbour.",
    # "every" reaches over the coordination
    "The quiz airs every Saturday, and again on Sunday.",
    # a listing's coming broadcast, which the tense does not place
    "In Thursday's programme, the presenter visits a mill.",
])
def test_a_weekday_as_a_paper_or_shows_regular_day_is_no_date(sentence):
    assert [t.text for t in find_timexes(sentence, TUE) if event_span(t)] == []


@pytest.mark.parametrize("sentence,anchor,expected", [
    # a paper quoted is out already, or out tomorrow: "Monday's paper" in a Sunday piece is tomorrow's
    ("The minister told Monday's edition of the paper that he would resign.", SUN, [("Monday", "2011-03-07")]),
    ("The chairman was quoted in Monday's newspaper as saying so.", SUN, [("Monday", "2011-03-07")]),
    ("The chairman was quoted in Monday's newspaper as saying so.", FRI, [("Monday", "2011-02-28")]),
    ("Friday's paper will carry the full text.", TUE, [("Friday", "2011-03-04")]),
    # a past show, and a preview's show tomorrow, are days
    ("During Monday's show the host walked out.", FRI, [("Monday", "2011-02-28")]),
    ("Tickets are still on sale for Saturday's show.", FRI, [("Saturday", "2011-03-05")]),
    # a weekday told of a specific weekend is a day
    ("On last weekend's Saturday night show, the singer fell.", TUE,
     [("last weekend", "2011-W08-WE"), ("Saturday night", "2011-02-26")]),
])
def test_a_weekdays_paper_or_show(sentence, anchor, expected):
    assert values(sentence, anchor) == expected


@pytest.mark.parametrize("sentence,anchor,expected", [
    # a past written as the present ("broadcast", "spread") after its subject is past
    ("We broadcast a trial edition on Friday morning to test the signal.", TUE, [("Friday morning", "2011-02-25")]),
    ("They broadcast the appeal on Sunday.", FRI, [("Sunday", "2011-02-27")]),
    ("It spread to the north on Saturday.", TUE, [("Saturday", "2011-02-26")]),
    # a future, a passive and a noun are no such past
    ("The station will broadcast the appeal on Friday.", TUE, [("Friday", "2011-03-04")]),
    ("The final is broadcast on Friday.", TUE, [("Friday", "2011-03-04")]),
    # a perfect takes no weekday: the day is its meeting's, the nearer one when nothing else tells
    ("The agency has convened a meeting at its headquarters on Friday.", TUE, [("Friday", "2011-03-04")]),
    ("The agency convened a meeting at its headquarters on Friday.", TUE, [("Friday", "2011-02-25")]),
    ("The agency has convened a meeting -- which members need for their work -- at its headquarters on Friday.", TUE,
     [("Friday", "2011-03-04")]),
    # a closure until at least a weekday runs to a day still ahead
    ("Schools have been closed until at least Thursday after a pupil fell ill.", FRI,
     [("Thursday", "2011-03-10")]),
    # a weekday before the perfect is the past it tells of
    ("On Friday a boy who has helped us around the camp says he is fine.", TUE, [("Friday", "2011-02-25")]),
    ("Saturday's 6.1-magnitude quake has left hundreds homeless.", TUE, [("Saturday", "2011-02-26")]),
    # past a clause boundary, the perfect tells the past of the story around the weekday
    ("The crews have packed up and the town is quiet again on Friday night.", TUE, [("Friday night", "2011-02-25")]),
])
def test_the_tense_of_a_weekday(sentence, anchor, expected):
    assert values(sentence, anchor) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a holiday said to be a kind of time is every year's
    ("Bonfire Night is the noisiest night of the year.", [("the year", "2011")]),
    ("Christmas is a time for giving.", []),
    # a holiday naming a disaster or an attack is that event's name, of a year not said
    ("Survivors of the Boxing Day tsunami met in Colombo.", []),
    ("The Christmas Day bomber was sentenced.", []),
    # a weekday with "a" that ends its phrase is which day of the week, not a date
    ("Halloween fell on a Monday.", [("Halloween", "2010-10-31")]),
    ("New Year's Day was a Saturday.", [("New Year's Day", "2011-01-01")]),
    ("The vote is held on a Thursday, as always.", []),
    # a day's memorial service, and a day that a column names, stay dates
    ("It was a Wednesday, and the square was empty.", [("Wednesday", "2011-02-23")]),
    ("Hundreds attended a Sunday night vigil.", [("Sunday night", "2011-02-27")]),
])
def test_what_a_holiday_or_a_weekday_is(sentence, expected):
    assert values(sentence) == expected
