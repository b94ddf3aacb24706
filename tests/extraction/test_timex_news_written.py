"""How recent web news writes its dates: ranges of days and weekdays, pairs of years, cited pages, lightly
broken text, "January the 12th", a day with its year counted from the story's."""

import datetime as dt

import pytest
from news_anchors import WED, values

from timeline.extraction import event_span, find_timexes


@pytest.mark.parametrize("sentence,expected", [
    # an update stamp's time after a full date is no end of a range of days
    ("Last updated: 1 March, 2011 - 14:10 GMT", [("1 March, 2011", "2011-03-01"),
                                                 ("14:10 GMT", "2011-03-01T14:10")]),
    ("The fair runs 3-5 March.", [("3", "2011-03-03"), ("5 March", "2011-03-05")]),
])
def test_a_full_date_before_a_dash(sentence, expected):
    assert values(sentence) == expected


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
    assert values(sentence, dt.date(2017, 5, 1)) == expected


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
    assert values(sentence, dt.date(2017, 5, 1)) == expected


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
    assert values(sentence, dt.date(2011, 2, 20)) == expected


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
    # a day and month with the year counted from the story's
    ("The singer died at his home on 25 June last year.", [("25 June last year", "2010-06-25")]),
    ("He died on June 25 last year, aged 50.", [("June 25 last year", "2010-06-25")]),
    ("The law took effect on Monday, 3 January this year.", [("Monday, 3 January this year", "2011-01-03")]),
    ("The games open on March 3 next year.", [("March 3 next year", "2012-03-03")]),
    # "last year's" modifies what follows: the day and the year are read apart
    ("Sales on 25 June beat last year's.", [("25 June", "2010-06-25"), ("last year", "2010")]),
])
def test_a_day_with_its_year_counted_from_the_story(sentence, expected):
    assert values(sentence, WED) == expected


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
    assert values(sentence, WED) == expected
