"""Recent-news constructions, hand-written: each sentence asserts the value and the precision the
timeline would show (None where the expression makes no event: a reference, a length)."""

import datetime as dt

import pytest

from timeline.extraction import event_span, find_timexes

MON = dt.date(2024, 3, 4)  # a Monday
TUE = dt.date(2024, 3, 5)


def _read(sentence: str, anchor: dt.date):
    return [(t.text, t.value, span.precision if (span := event_span(t)) else None)
            for t in find_timexes(sentence, anchor)]


@pytest.mark.parametrize("sentence,anchor,expected", [
    # datelines: the wire's date is a day, and a weekday after it counts from it
    ("LONDON, March 5 (Reuters) - The finance minister said on Tuesday he would cut taxes.", TUE,
     [("March 5", "2024-03-05", "day"), ("Tuesday", "2024-03-05", "day")]),
    ("GENEVA, March 4 (Reuters) - Talks will resume on Thursday, diplomats said.", TUE,
     [("March 4", "2024-03-04", "day"), ("Thursday", "2024-03-07", "day")]),
    # a weekday in that day's paper is that day, whatever the tense
    ("The central bank held rates on Tuesday.", TUE, [("Tuesday", "2024-03-05", "day")]),
    ("The central bank will announce its decision on Tuesday afternoon.", TUE,
     [("Tuesday afternoon", "2024-03-05", "day")]),
    ("The government said last Tuesday that it would act.", TUE, [("last Tuesday", "2024-02-27", "day")]),
    # a day named by what happened on it has passed
    ("Monday's vote was the closest in decades.", TUE,
     [("Monday", "2024-03-04", "day"), ("decades", "PXY", None)]),
    ("Shares rallied on Monday after Friday's slump.", TUE,
     [("Monday", "2024-03-04", "day"), ("Friday", "2024-03-01", "day")]),
    ("The report, published on Tuesday, found no fault.", TUE, [("Tuesday", "2024-03-05", "day")]),
    ("Talks are due to resume on Thursday.", TUE, [("Thursday", "2024-03-07", "day")]),
    ("The strike began on Friday and will last until Wednesday.", TUE,
     [("Friday", "2024-03-01", "day"), ("Wednesday", "2024-03-06", "day")]),
    ("Police said the man was arrested late on Sunday.", TUE, [("late on Sunday", "2024-03-03", "day")]),
    ("Polls open at 7 a.m. on Thursday.", TUE, [("7 a.m. on Thursday", "2024-03-07T07:00", "day")]),
    # weeks and weekends
    ("The board approved the plan at last week's meeting.", TUE, [("last week", "2024-W09", "week")]),
    ("The agency said this week it would review the rules.", TUE, [("this week", "2024-W10", "week")]),
    ("Thousands marched through the capital this weekend.", MON, [("this weekend", "2024-W09-WE", "day")]),
    ("Thousands will march through the capital this weekend.", MON, [("this weekend", "2024-W10-WE", "day")]),
    ("Thousands marched through the capital over the weekend.", MON, [("the weekend", "2024-W09-WE", "day")]),
    # parts of the year, told from the story's day
    ("Sales rose 4% earlier this year.", TUE, [("earlier this year", "2024", "year")]),
    ("The index fell sharply late last year.", TUE, [("late last year", "2023", "year")]),
    ("The plant is due to open early next year.", TUE, [("early next year", "2025", "year")]),
    ("The company expects to close the deal by year-end.", TUE, [("year-end", "2024-12-31", "day")]),
    # the markets' shorthand for the end of a period
    ("The central bank sees inflation at target by end-2024.", TUE, [("end-2024", "2024", "year")]),
    ("Debt will peak by end-June.", TUE, [("end-June", "2024-06", "month")]),
    ("The results will be published later this month.", TUE, [("later this month", "2024-03", "month")]),
    ("The vote is expected in mid-March.", TUE, [("mid-March", "2024-03", "month")]),
    ("The hearing was adjourned until next month.", TUE, [("next month", "2024-04", "month")]),
    # the end of a period planned or under way lies ahead; one told as over lies behind
    ("The ban will stay in place until October.", TUE, [("October", "2024-10", "month")]),
    ("The curfew remains in force until October.", TUE, [("October", "2024-10", "month")]),
    ("The previous ban lasted until October.", TUE, [("October", "2023-10", "month")]),
    # written days with and without their year
    ("Rioters stormed the building on Jan. 6, 2021.", TUE, [("Jan. 6, 2021", "2021-01-06", "day")]),
    ("He will be sentenced on April 12.", TUE, [("April 12", "2024-04-12", "day")]),
    ("He was sentenced on April 12.", TUE, [("April 12", "2023-04-12", "day")]),
    ("The bill passed the Senate on Feb. 27 and goes to the House next week.", TUE,
     [("Feb. 27", "2024-02-27", "day"), ("next week", "2024-W11", "week")]),
    ("The summit is scheduled for March 20-21.", TUE, [("March 20", "2024-03-20", "day"), ("21", "2024-03-21", "day")]),
    ("The trial opens on the 18th.", TUE, [("the 18th", "2024-03-18", "day")]),
    ("Voters go to the polls on 4 July.", TUE, [("4 July", "2024-07-04", "day")]),
    ("It's Monday, March the 4th, and the polls are open.", MON, [("Monday, March the 4th", "2024-03-04", "day")]),
    ("The minister resigned two days ago.", TUE, [("two days ago", "2024-03-03", "day")]),
    # seasons of play and pairs of years
    ("He was the league's top scorer in the 1998-99 season.", TUE,
     [("1998", "1998", "year"), ("99", "1999", "year")]),
    ("In the 2022/23 financial year, revenue fell.", TUE, [("2022", "2022", "year"), ("23", "2023", "year")]),
    ("He has scored 20 goals this season.", TUE, [("this season", "PRESENT_REF", None)]),
    # quarters a results story reports
    ("The company reported its fourth-quarter results on Tuesday.", TUE,
     [("fourth-quarter", "2023-Q4", "quarter"), ("Tuesday", "2024-03-05", "day")]),
    ("Profit rose in the fourth quarter from a year earlier.", TUE,
     [("the fourth quarter", "2023-Q4", "quarter"), ("a year earlier", "2022-Q4", "quarter")]),
])
def test_recent_news(sentence, anchor, expected):
    assert _read(sentence, anchor) == expected
