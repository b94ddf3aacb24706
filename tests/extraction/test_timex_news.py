"""Constructions of recent web news: weekdays in the day's own paper, disasters named by their day,
furniture (datelines, update stamps, bylines), wire clock times, and lightly broken text."""

import datetime as dt

import pytest

from timeline.extraction import event_span, find_timexes

TUE = dt.date(2011, 3, 1)  # a Tuesday
FRI = dt.date(2011, 3, 4)


def _values(sentence: str, anchor: dt.date = TUE):
    return [(t.text, t.value) for t in find_timexes(sentence, anchor)]


@pytest.mark.parametrize("sentence,expected", [
    # In Tuesday's paper, "on Tuesday" is that day whatever the tense; next week's is "next Tuesday".
    ("The council resigned on Tuesday.", [("Tuesday", "2011-03-01")]),
    ("The council will vote on Tuesday.", [("Tuesday", "2011-03-01")]),
    ("The council is expected to vote on Tuesday evening.", [("Tuesday evening", "2011-03-01")]),
    ("The council will vote next Tuesday.", [("next Tuesday", "2011-03-08")]),
])
def test_a_weekday_in_that_days_paper_is_that_day(sentence, expected):
    assert _values(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # A disaster named by its weekday has happened, even in a clause about what is expected.
    ("Hundreds are feared to have died in Tuesday's earthquake.", [("Tuesday", "2011-03-01")]),
    ("Rescuers said it was clear that Tuesday's blast would change the town.", [("Tuesday", "2011-03-01")]),
    # "died" is a finished event, short as it is.
    ("The singer died at his home on Wednesday.", [("Wednesday", "2011-03-02")]),
])
def test_a_day_named_by_its_disaster_is_past(sentence, expected):
    assert _values(sentence, FRI + dt.timedelta(days=3)) == expected


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
    assert _values(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # an update stamp's time after a full date is no end of a range of days
    ("Last updated: 1 March, 2011 - 14:10 GMT", [("1 March, 2011", "2011-03-01"),
                                                 ("14:10 GMT", "2011-03-01T14:10")]),
    ("The fair runs 3-5 March.", [("3", "2011-03-03"), ("5 March", "2011-03-05")]),
])
def test_a_full_date_before_a_dash(sentence, expected):
    assert _values(sentence) == expected


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
    assert _values(sentence, anchor) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("She coached the club in 2014-2016.", [("2014", "2014"), ("2016", "2016")]),
    ("He was top scorer in the 1998-99 season.", [("1998", "1998"), ("99", "1999")]),
    ("The 1999/2000 budget and the 2009/10 accounts differ.",
     [("1999", "1999"), ("2000", "2000"), ("2009", "2009"), ("10", "2010")]),
    # a pair running into the next century
    ("It covers 1999-00.", [("1999", "1999"), ("00", "2000")]),
    # a written day or a share is no pair of years
    ("It opened on 2011-12-03.", [("2011-12-03", "2011-12-03")]),
    ("Output rose 1990-95% in the test.", []),
    # an ISO month stays a month
    ("The figures for 2010-06 are final.", [("2010-06", "2010-06")]),
])
def test_both_years_of_a_pair_are_dates(sentence, expected):
    assert _values(sentence, dt.date(2017, 5, 1)) == expected


@pytest.mark.parametrize("sentence,expected", [
    # after a reference's volume and issue, numbers are pages
    ("Food Chemistry, 126(4), 1850–1855. doi:10.1016/j.foodchem.2010.11.165", []),
    ("J. Appl. Ecol. 12(3): 2001-2010.", []),
    ("Nature, 5(2), 1999.", []),
    # the reference's own year, and a year after a bracketed number that is no issue, stay years
    ("Borror, D. J. (1960). An introduction to the study of insects.", [("1960", "1960")]),
    ("Sales (3), 2019 was a record year.", [("2019", "2019")]),
])
def test_pages_of_a_cited_article_are_no_years(sentence, expected):
    assert _values(sentence, dt.date(2017, 5, 1)) == expected


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
    assert _values(sentence, dt.date(2011, 5, 10))[-1][1] == expected


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
    assert _values(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # tokenised or lightly broken text
    ("It happened on Feb . 3 , 2011 in the capital .", [("Feb . 3 , 2011", "2011-02-03")]),
    ("It was signed on 5 March , 2011 .", [("5 March , 2011", "2011-03-05")]),
    ("The fair runs March 3 - 5 .", [("March 3", "2011-03-03"), ("5", "2011-03-05")]),
    ("The fair runs 3 - 5 March .", [("3", "2011-03-03"), ("5 March", "2011-03-05")]),
    # a score stays a score
    ("It ended 3 - 1 in March 5 - 2 .", []),
])
def test_tokenised_dates(sentence, expected):
    assert _values(sentence, dt.date(2011, 2, 20)) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The mayor was arrested on 3 February, days after the vote and a long campaign. At the time, he lived abroad.",
     [("3 February", "2011-02-03"), ("the time", "2011-02-03")]),
    # with no day named before it, or when a clause follows ("at the time he was arrested"), no date
    ("At the time, nobody knew.", []),
    ("He left on 3 February. He said at the time he was ill.", [("3 February", "2011-02-03")]),
])
def test_at_the_time_is_the_day_the_story_named(sentence, expected):
    assert _values(sentence) == expected


WED = dt.date(2011, 1, 12)  # a Wednesday


@pytest.mark.parametrize("sentence,expected", [
    # the day said after the month with "the" is a day, not the month
    ("It's Wednesday January the 12th and the polls are open.", [("Wednesday January the 12th", "2011-01-12", "day")]),
    ("The hearing resumes on January the 14th.", [("January the 14th", "2011-01-14", "day")]),
    ("The hearing resumes on January the fourteenth.", [("January the fourteenth", "2011-01-14", "day")]),
    ("She was born on March the 3rd, 1990.", [("March the 3rd, 1990", "1990-03-03", "day")]),
    ("He left on the 10th of January.", [("the 10th of January", "2011-01-10", "day")]),
])
def test_month_the_day(sentence, expected):
    assert [(t.text, t.value, event_span(t).precision) for t in find_timexes(sentence, WED)] == expected


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
    # a day and month with the year counted from the story's
    ("The singer died at his home on 25 June last year.", [("25 June last year", "2010-06-25")]),
    ("He died on June 25 last year, aged 50.", [("June 25 last year", "2010-06-25")]),
    ("The law took effect on Monday, 3 January this year.", [("Monday, 3 January this year", "2011-01-03")]),
    ("The games open on March 3 next year.", [("March 3 next year", "2012-03-03")]),
    # "last year's" modifies what follows: the day and the year are read apart
    ("Sales on 25 June beat last year's.", [("25 June", "2010-06-25"), ("last year", "2010")]),
])
def test_a_day_with_its_year_counted_from_the_story(sentence, expected):
    assert _values(sentence, WED) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a listing's week: the first weekday and day take the month at the end of the range
    ("On air Monday 14 to Friday 18 February.", [("Monday 14", "2011-02-14"), ("Friday 18 February", "2011-02-18")]),
    ("The festival runs from Friday 4 - Sunday 6 March.",
     [("Friday 4", "2011-03-04"), ("Sunday 6 March", "2011-03-06")]),
    ("It is open Saturday 5 and Sunday 6 March, 2011.",
     [("Saturday 5", "2011-03-05"), ("Sunday 6 March, 2011", "2011-03-06")]),
    # a range that runs backwards is none: the first weekday stands alone
    ("It runs Friday 18 to Monday 14 February.", [("Friday", "2011-01-14"), ("Monday 14 February", "2011-02-14")]),
])
def test_a_range_of_weekdays_and_days(sentence, expected):
    assert _values(sentence, WED) == expected


@pytest.mark.parametrize("sentence,expected", [
    # the day of a death or a disaster has passed, whatever the tense around it (2011-06-25 is ahead)
    ("Sales have soared since his death on 25 June, the label says.", [("25 June", "2010-06-25")]),
    ("The drugs resulted in the singer's death on 25 June.", [("25 June", "2010-06-25")]),
    ("The quake on 20 June destroyed the town.", [("20 June", "2010-06-20")]),
    # a planned day stays ahead
    ("The concert on 25 June will go ahead.", [("25 June", "2011-06-25")]),
])
def test_the_day_of_a_death_has_passed(sentence, expected):
    assert _values(sentence, dt.date(2011, 6, 10)) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a tense cue across "and" governs its own clause, not the date in the other
    ("\"It is calm,\" said a delegate who arrived on Thursday to attend and plans to leave on Sunday.",
     [("Thursday", "2011-03-03"), ("Sunday", "2011-03-06")]),
    ("The strike began on Friday and will last until Wednesday.",
     [("Friday", "2011-03-04"), ("Wednesday", "2011-03-09")]),
    ("Shares rose on Monday and fell on Tuesday.", [("Monday", "2011-02-28"), ("Tuesday", "2011-03-01")]),
])
def test_a_tense_cue_stays_in_its_clause(sentence, expected):
    assert _values(sentence, dt.date(2011, 3, 5)) == expected


SUN = dt.date(2011, 3, 6)  # a Sunday


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
    assert _values(sentence, anchor) == expected


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
    assert _values(sentence) == expected


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
    assert _values(sentence, anchor) == expected


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
    assert _values(sentence) == expected


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
    assert _values(sentence) == expected


def test_a_bare_time_far_from_the_last_day_named_is_no_date():
    text = "On 3 January the ferry sank. Rescuers worked for days. The survivors spoke of the cold. Help came at noon."
    assert [(t.text, t.value) for t in find_timexes(text, TUE) if event_span(t)] == [("3 January", "2011-01-03")]


def test_a_time_naming_a_slot_is_no_time_of_day():
    found = find_timexes("The network won the primetime 8pm slot on Monday.", TUE)
    assert [(t.text, t.value) for t in found if event_span(t)] == [("Monday", "2011-02-28")]
