"""TimeML annotation conventions the engine follows, in newswire-style sentences."""

import datetime as dt

import pytest

from timeline.extraction import event_span, find_timexes

SAT = dt.date(2025, 6, 28)  # a Saturday
NOV = dt.date(2025, 11, 3)  # a results-season Monday


def _found(sentence: str, anchor: dt.date):
    return [(t.text, t.type, t.value, t.mod) for t in find_timexes(sentence, anchor)]


@pytest.mark.parametrize("sentence,anchor,expected", [
    # the year a report is about, and its end
    ("Sales for the full year rose 8%.", NOV, ("the full year", "DATE", "2025", "")),
    ("The company expects lower earnings for the fiscal year.", NOV,
     ("the fiscal year", "DATE", "2025", "")),
    ("Volume was flat for the year, the company said.", NOV, ("the year", "DATE", "2025", "")),
    ("The firm has no plans for the year 2000.", NOV, ("the year 2000", "DATE", "2000", "")),
    ("The unit will be sold by the end of the year.", NOV,
     ("the end of the year", "DATE", "2025", "END")),
    # the compound "year-end" is the year's closing day
    ("The deal should close by year-end.", NOV, ("year-end", "DATE", "2025-12-31", "")),
    ("Rules should be in place by year's end.", NOV, ("year's end", "DATE", "2025", "END")),
    # a reporting period named by its closing date lasts a year
    ("Revenue was $76 million for the year ended March 31.", NOV,
     ("the year", "DURATION", "P1Y", "")),
    ("Profits rose 8% in the year to June.", NOV, ("the year", "DURATION", "P1Y", "")),
    ("Output fell in the year through March.", NOV, ("the year", "DURATION", "P1Y", "")),
    # a quarter named by its month
    ("Exports rose 9% in the June quarter.", NOV, ("the June quarter", "DATE", "2025-Q2", "")),
    # "back" counts backwards like "ago"
    ("She opened the shop three years back.", NOV, ("three years back", "DATE", "2022", "")),
    # a weekday with a part of the day is annotated as the day
    ("Protesters marched on Friday night.", SAT, ("Friday night", "DATE", "2025-06-27", "")),
    ("The minister arrived Tuesday morning.", SAT, ("Tuesday morning", "DATE", "2025-06-24", "")),
    # the ten years from now, not the calendar decade after this one
    ("Rivals will compete hard in the next decade.", SAT, ("the next decade", "DURATION", "P10Y", "")),
    # "or so" belongs to the expression and makes it approximate
    ("Plants will close over the next two years or so.", SAT,
     ("the next two years or so", "DURATION", "P2Y", "APPROX")),
    ("Talks began a week or so ago.", SAT, ("a week or so ago", "DATE", "2025-W25", "APPROX")),
    # after a modal, "one day" is some future time
    ("The tower will one day be the city's tallest.", SAT, ("one day", "DATE", "FUTURE_REF", "")),
    # a frequency adverb after the verb stays a set
    ("The fund reports its holdings quarterly.", SAT, ("quarterly", "SET", "P3M", "")),
    # sentence-initial "Now" without a comma is the time adverb
    ("Now the board is weighing a sale.", SAT, ("Now", "DATE", "PRESENT_REF", "")),
])
def test_convention(sentence, anchor, expected):
    assert expected in _found(sentence, anchor)


@pytest.mark.parametrize("sentence,anchor,forbidden", [
    ("Now, he says, the plan looks doomed.", SAT, "Now"),
    ("The board raised its quarterly dividend to 12 cents.", SAT, "quarterly"),
    ("The recent sale of the unit lifted profit.", SAT, "recent"),
    ("Traffic always peaks during the summer holiday.", SAT, "summer"),
    ("Retailers prepare for the winter sales.", SAT, "winter"),
    ("Phones are central to today's world.", SAT, "today"),
    ("Schools must train the workers of tomorrow.", SAT, "tomorrow"),
    ("The editorial ran in the New York Daily News.", SAT, "Daily"),
])
def test_not_a_timex(sentence, anchor, forbidden):
    assert all(forbidden not in t.text for t in find_timexes(sentence, anchor))


@pytest.mark.parametrize("sentence,expr,value", [
    # a sentence that opens with a year sets the year of its undated dates
    ("In 1777, the first organized Independence Day celebrations were held.",
     "Independence Day", "1777-07-04"),
    ("In 1998, the plant closed in March.", "March", "1998-03"),
    ("By 2030, the line will run on Christmas Eve.", "Christmas Eve", "2030-12-24"),
])
def test_sentence_year_focus(sentence, expr, value):
    assert [t.value for t in find_timexes(sentence, SAT) if t.text == expr] == [value]


def test_year_inside_a_clause_sets_no_focus():
    sentence = "Under a program approved in 1987, the firm bought shares through Sept. 29."
    assert [t.value for t in find_timexes(sentence, dt.date(2025, 11, 2))
            if t.text == "Sept. 29"] == ["2025-09-29"]


@pytest.mark.parametrize("sentence,value", [
    # a noun's own future ("the July 8 deadline") does not pull a weekday forward
    ("Trump played down the July 8 deadline at a press conference Friday.", "2025-06-27"),
    ("Officials played down the upcoming vote at a briefing Thursday.", "2025-06-26"),
    # a future verb still does, and so do "is to" and "as soon as"
    ("The minister will meet his counterpart Thursday.", "2025-07-03"),
    ("The stock is to resume trading in Paris Thursday.", "2025-07-03"),
    ("The family could fly home as soon as Thursday, officials said.", "2025-07-03"),
])
def test_weekday_direction(sentence, value):
    assert [t.value for t in find_timexes(sentence, SAT) if t.type == "DATE"
            and t.text in ("Friday", "Thursday")] == [value]


def test_each_mention_keeps_the_quarter_under_discussion():
    filler = " The company also cited weaker demand in Europe and higher costs." * 20
    text = ("Third-quarter profit rose 9%." + filler + " Sales in the latest quarter grew."
            + filler + " Margins widened from a year earlier.")
    found = {t.text: t.value for t in find_timexes(text, NOV)}
    assert found["a year earlier"] == "2024-Q3"


@pytest.mark.parametrize("sentence,expected", [
    # an amount counted from a time the story set is a duration; the
    # direction word is a signal, outside the expression
    ("Three days later, the bank raised its offer.", ("Three days", "DURATION", "P3D", "")),
    ("The buyer must wait at least 30 days before closing the deal.",
     ("at least 30 days", "DURATION", "P30D", "EQUAL_OR_MORE")),
    ("A few days later, the rival bid collapsed.", ("A few days", "DURATION", "PXD", "")),
    # sentence-initial counts read like lower-case ones
    ("A year ago, the plant employed 900 people.", ("A year ago", "DATE", "2024", "")),
    ("A decade ago, the town had no airport.", ("A decade ago", "DATE", "201", "")),
    # a results comparison "a year earlier" is still a date
    ("Sales fell to $3 million from $4 million a year earlier.",
     ("a year earlier", "DATE", "2024", "")),
])
def test_counted_from_the_story(sentence, expected):
    assert expected in _found(sentence, SAT)


def test_latest_period_is_the_quarter_under_discussion():
    text = "Third-quarter profit rose 9%. Sales in the latest period grew 4%."
    found = {t.text: t.value for t in find_timexes(text, NOV)}
    assert found["the latest period"] == "2025-Q3"


def test_capitalised_deictic_opens_a_sentence_after_a_weekday():
    text = "The stock fell on Wednesday. Yesterday, it fell further."
    assert ("Yesterday", "2025-06-27") in [(t.text, t.value) for t in find_timexes(text, SAT)]


@pytest.mark.parametrize("text,expected", [
    # anaphoric expressions take the last calendar date the story mentioned
    ("On May 22, 2019, she was promoted, and the following year she moved to Paris.",
     ("the following year", "2020")),
    ("The firm listed in June 2018 and was sold later that year.", ("later that year", "2018")),
    ("The plant closed in March 2017. The following month, workers protested.",
     ("The following month", "2017-04")),
    ("He was shot on Oct. 23, 2019. Earlier that day, he had received a letter.",
     ("Earlier that day", "2019-10-23")),
    ("He appeared in court on Feb. 22, 2024, and was released the next morning.",
     ("the next morning", "2024-02-23")),
    ("Imports peaked in 2016; exports fell that year.", ("that year", "2016")),
    # with nothing mentioned before, the publication year is the reference
    ("Exports fell, and the following year the plant closed.", ("the following year", "2026")),
    # a coarser reference leaves the day unspecified
    ("The site went live in October 2018 and was shut that same day.",
     ("that same day", "2018-10-XX")),
])
def test_anaphoric_reference_time(text, expected):
    assert expected in [(t.text, t.value) for t in find_timexes(text, SAT)]


@pytest.mark.parametrize("text,expected", [
    # a day named in the sentence or the two before is the day "that day" means
    ("Rebels took the port on 4 March. Aid stalled. Later that day, the port fell.",
     ("Later that day", "2025-03-04")),
    ("Rebels took the port on 4 March.\n\nAid stalled.\n\nLater that day, the port fell.",
     ("Later that day", "2025-03-04")),
    # "last night" is a day named as well as any date
    ("The storm hit last night. After that night, nobody slept.", ("that night", "2025-06-27")),
    ("The storm hit on Monday. Yesterday evening crews came. Later that evening the power returned.",
     ("Later that evening", "2025-06-27")),
])
def test_a_day_anaphor_takes_the_day_named_close_before_it(text, expected):
    assert expected in [(t.text, t.value) for t in find_timexes(text, SAT)]


@pytest.mark.parametrize("text,anaphor", [
    # with no day named before, the publication day is no day the story looked back to
    ("The same day, the ministry resigned.", "The same day"),
    ("Shares jumped, and the following day the bank raised its offer.", "the following day"),
    ("Markets fell in 2019. The next morning, traders sold.", "The next morning"),
    # a day named further back: the story has moved on
    ("Rebels took the port on 4 March. Aid stalled. Fuel ran out. Medics left. Later that day, it fell.",
     "that day"),
    # a page's stamp dates the page, not what its story tells
    ("Posted 12 May 2025 12:40 BST\nI will never forget that night.", "that night"),
    # "the same day as ..." is the day of the event it names
    ("The vote was on 3 May. She quit on the same day as the strike.", "the same day"),
    ("The vote was on 3 May. She quit on the same day that her deputy died.", "the same day"),
])
def test_a_day_anaphor_without_a_day_close_before_is_no_date(text, anaphor):
    assert all(anaphor not in t.text for t in find_timexes(text, SAT))


@pytest.mark.parametrize("sentence,anchor,expected", [
    # out of season, "this summer" is the anchor year's summer
    ("Protests are planned for this summer.", dt.date(2025, 3, 22), ("this summer", "2025-SU")),
    # a month with "this/last/next year" takes that year
    ("Ratification began in February this year.", dt.date(2025, 12, 3),
     ("February this year", "2025-02")),
    ("The members join in April next year.", dt.date(2025, 12, 3), ("April next year", "2026-04")),
    ("The talks broke down in July last year.", dt.date(2025, 2, 1), ("July last year", "2024-07")),
    # the current fiscal year is the anchor's
    ("Sales in the current fiscal year will be flat.", NOV, ("the current fiscal year", "2025")),
])
def test_relative_years_and_seasons(sentence, anchor, expected):
    assert expected in [(t.text, t.value) for t in find_timexes(sentence, anchor)]


def test_capitalised_relative_phrase_mid_sentence_is_a_title():
    text = 'The minister said on ABC\'s "This Week" that talks would resume.'
    assert all(t.text != "This Week" for t in find_timexes(text, SAT))


@pytest.mark.parametrize("sentence,value", [
    # a noun "plan" says nothing of the clause's tense
    ("The two presidents signed a cooperation plan Friday.", "2025-06-27"),
    # a past verb outweighs a deadline "by"
    ("Only two members had filed their reports by Friday.", "2025-06-27"),
    # something planned for a weekday lies ahead
    ("Exiles planned a large rally on Sunday.", "2025-06-29"),
])
def test_weekday_tense_cues(sentence, value):
    assert [t.value for t in find_timexes(sentence, SAT)] == [value]


def test_weekday_with_full_date_before_a_colon():
    text = "The newspaper said in an editorial on Monday, Oct. 26: the ruling stands."
    assert [(t.text, t.value) for t in find_timexes(text, dt.date(2025, 10, 25))] == [
        ("Monday, Oct. 26", "2025-10-26")]


@pytest.mark.parametrize("sentence,anchor,value", [
    # a participle after "be" is passive, not a past-tense cue
    ("The dividend would be paid in January.", dt.date(2025, 9, 15), "2026-01"),
    # "un-...-ed" adjectives are no past-tense cue
    ("Holders get the payout on a still unspecified date in January.", dt.date(2025, 9, 15),
     "2026-01"),
])
def test_adjectival_participles_are_no_past_cue(sentence, anchor, value):
    assert [t.value for t in find_timexes(sentence, anchor)] == [value]


@pytest.mark.parametrize("sentence,years", [
    ("He was arrested twice from 1991 to 1997.", ["1991", "1997"]),
    ("The attacks date back to 1994.", ["1994"]),
])
def test_years_after_to_in_a_span(sentence, years):
    assert [t.value for t in find_timexes(sentence, SAT)] == years


@pytest.mark.parametrize("sentence,expected,span", [
    # a year or a decade given as an approximation keeps its span and says it is approximate
    ("The mill was built c. 1850.", ("c. 1850", "1850", "APPROX"), ("1850-01-01", "1850-12-31", "year", "circa")),
    ("The mill was built c.1850.", ("c.1850", "1850", "APPROX"), ("1850-01-01", "1850-12-31", "year", "circa")),
    ("A chapel stood there circa 1900.", ("circa 1900", "1900", "APPROX"),
     ("1900-01-01", "1900-12-31", "year", "circa")),
    ("The family left in around 1990.", ("around 1990", "1990", "APPROX"),
     ("1990-01-01", "1990-12-31", "year", "circa")),
    ("She was born about 1832 in Wales.", ("about 1832", "1832", "APPROX"),
     ("1832-01-01", "1832-12-31", "year", "circa")),
    ("Rents doubled around the 1970s.", ("around the 1970s", "197", "APPROX"),
     ("1970-01-01", "1979-12-31", "decade", "circa")),
    # a plain year is exact
    ("The mill was built in 1850.", ("1850", "1850", ""), ("1850-01-01", "1850-12-31", "year", "")),
])
def test_circa_years(sentence, expected, span):
    (t,) = find_timexes(sentence, SAT)
    s = event_span(t)
    assert ((t.text, t.value, t.mod), (s.start.isoformat(), s.end.isoformat(), s.precision, s.qualifier)) == (
        expected, span)


@pytest.mark.parametrize("sentence", ["The firm hired about 1990 workers.", "Version 3.1850 shipped.",
                                      "Sales rose to about 2000 units."])
def test_a_count_after_about_is_no_circa_year(sentence):
    assert find_timexes(sentence, SAT) == []


def test_about_a_year_as_its_topic_is_the_exact_year():
    assert [(t.text, t.mod) for t in find_timexes("What struck her about 1918 was the silence.", SAT)] == [
        ("1918", "")]
