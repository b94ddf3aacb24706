"""Rates, tense cues, parts of days, coordinated dates and fractional durations."""

import datetime as dt

import pytest

from timeline.extraction import find_timexes

SAT = dt.date(2025, 6, 28)  # a Saturday


def _found(sentence: str, anchor: dt.date = SAT):
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, anchor)]


@pytest.mark.parametrize("sentence,expected", [
    ("The airline will add 700 seats a week on the route.", [("a week", "SET", "P1W")]),
    ("The cuts should save $500 million a year in costs.", [("a year", "SET", "P1Y")]),
    ("Employers added jobs at a pace of 210,000 a month.", [("a month", "SET", "P1M")]),
    ("Rooms will cost $55 a night, the company said.", [("a night", "SET", "P1D")]),
    ("Aides handle hundreds of calls a day.", [("a day", "SET", "P1D")]),
])
def test_a_rate_is_a_set_not_a_duration(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The inspectors will report within a week.", [("a week", "DURATION", "P1W")]),
    ("Spending posted its smallest gain in a year.", [("a year", "DURATION", "P1Y")]),
    ("In 2019 a year of talks began.", [("2019", "DATE", "2019"), ("a year", "DURATION", "P1Y")]),
])
def test_a_length_without_an_amount_stays_a_duration(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence,value", [
    # Thursday 2000-03-30: the new time lies after the act of moving it
    ("Officials postponed until Tuesday morning any action on the visa.", "2000-04-04"),
    ("The agency extended its deadline until Tuesday, a spokesman said.", "2000-04-04"),
    ("The judge delayed the hearing to Monday.", "2000-04-03"),
    ("Lenders have extended the company up to $90 million in revolving loans through January.", "2001-01"),
])
def test_postponed_until_points_forward(sentence, value):
    assert find_timexes(sentence, dt.date(2000, 3, 30))[0].value == value


def test_reporting_verb_outside_a_quotation_sets_no_tense():
    text = "\"The team will fly out at 4 a.m. Thursday,\" the minister said."
    assert _found(text, dt.date(2000, 4, 5)) == [("4 a.m. Thursday", "TIME", "2000-04-06T04:00")]


def test_noun_plans_is_no_future_cue():
    text = "On Friday, when the envoy set aside her vacation plans, the talks resumed."
    assert _found(text, dt.date(1998, 8, 17)) == [("Friday", "DATE", "1998-08-14")]


@pytest.mark.parametrize("sentence,expected", [
    ("The summit will be held on April 24 and 25.",
     [("April 24", "DATE", "2025-04-24"), ("25", "DATE", "2025-04-25")]),
    ("Talks are set for Nov. 8 or 9, officials said.",
     [("Nov. 8", "DATE", "2025-11-08"), ("9", "DATE", "2025-11-09")]),
    # (prices that rose cannot have risen three weeks after the story)
    ("Prices rose between March 3 and 14 percent.", [("March 3", "DATE", "2024-03-03")]),
])
def test_coordinated_days_are_dates_of_their_own(sentence, expected):
    assert _found(sentence, dt.date(2025, 2, 10)) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The project took 2 1/2 years to finish.", ("2 1/2 years", "DURATION", "P2Y6M")),
    ("He served two and a half years in prison.", ("two and a half years", "DURATION", "P2Y6M")),
    ("The talks lasted 1.5 days.", ("1.5 days", "DURATION", "P1DT12H")),
    ("The vote took 1.5 hours.", ("1.5 hours", "DURATION", "PT1H30M")),
    ("The strike lasted three and a half months.", ("three and a half months", "DURATION", "P3M15D")),
])
def test_fractions_of_a_unit_go_to_the_next_smaller_unit(sentence, expected):
    assert _found(sentence) == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("The offer was scheduled to expire at midnight Friday.", ("midnight Friday", "TIME", "2025-07-18T24:00")),
    ("Troops must pull back by noon on Saturday.", ("noon on Saturday", "TIME", "2025-07-19T12:00")),
    ("The deadline is midnight on Sept. 30.", ("midnight on Sept. 30", "TIME", "2025-09-30T24:00")),
    ("The offer expires at noon, Nov. 6, 2025.", ("noon, Nov. 6, 2025", "TIME", "2025-11-06T12:00")),
])
def test_noon_or_midnight_with_its_day_is_one_time(sentence, expected):
    assert _found(sentence, dt.date(2025, 7, 16)) == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("Rates should ease in coming months, economists said.", ("coming months", "DURATION", "PXM")),
    ("Exports have slipped in past years.", ("past years", "DURATION", "PXY")),
    ("The talks took weeks.", ("weeks", "DURATION", "PXW")),
])
def test_past_or_coming_belongs_to_a_vague_length(sentence, expected):
    assert _found(sentence) == [expected]


@pytest.mark.parametrize("sentence,value", [
    # Saturday 2000-01-15: a deadline may have passed; the nearest Friday wins
    ("The judge set Friday as the deadline for his return.", "2000-01-14"),
    ("Holders must tender their shares by the Tuesday deadline.", "2000-01-18"),
])
def test_deadline_is_no_future_cue(sentence, value):
    assert find_timexes(sentence, dt.date(2000, 1, 15))[0].value == value


@pytest.mark.parametrize("sentence,expected", [
    ("The family has run the mill for almost a hundred years.",
     ("almost a hundred years", "DURATION", "P100Y")),
    ("Glassmakers have kept the secret for more than two thousand years.",
     ("more than two thousand years", "DURATION", "P2000Y")),
    ("The port was built in two thousand one.", ("two thousand one", "DATE", "2001")),
])
def test_hundreds_and_thousands_count_units(sentence, expected):
    assert _found(sentence) == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("Sales should rise 8.5% annually through 2027.", [("2027", "DATE", "2027")]),
    ("Revenue will grow 20 percent annually.", []),
    ("The fee is paid annually.", [("annually", "SET", "P1Y")]),
])
def test_a_growth_rate_is_no_set(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The shop is closed on Sundays.", [("Sundays", "SET", "XXXX-WXX-7")]),
    ("Two new flights will leave on Monday and Tuesday nights.",
     [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    ("The envoy arrived Tuesday night.", [("Tuesday night", "DATE", "2025-06-24")]),
])
def test_plural_weekdays_recur(sentence, expected):
    assert _found(sentence) == expected


def test_each_month_name_recurs():
    assert _found("Marchers parade through the town each July.") == [("each July", "SET", "XXXX-07")]


@pytest.mark.parametrize("sentence,value", [
    # Monday 1989-10-30: a plan told in the pluperfect belonged to the past
    ("The offer had been scheduled to expire at midnight Friday.", "1989-10-27T24:00"),
    ("It had been due to expire Friday, the company said.", "1989-10-27"),
    ("The offer will expire Friday.", "1989-11-03"),
])
def test_a_pluperfect_plan_lies_in_the_past(sentence, value):
    assert find_timexes(sentence, dt.date(1989, 10, 30))[0].value == value


@pytest.mark.parametrize("sentence,expected", [
    ("The bank extended its offer until 5 p.m. EST Nov. 9.",
     ("5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00")),
    ("Polls close at 8 p.m. on Nov. 7, 1989.", ("8 p.m. on Nov. 7, 1989", "TIME", "1989-11-07T20:00")),
    ("The call is set for 8:00 a.m. Eastern time Thursday.",
     ("8:00 a.m. Eastern time Thursday", "TIME", "1989-11-02T08:00")),
    ("Markets reopen at 9:30 a.m. Pacific Standard Time on Nov. 6.",
     ("9:30 a.m. Pacific Standard Time on Nov. 6", "TIME", "1989-11-06T09:30")),
    ("The pope will step down at 8 p.m. Rome time on Thursday.",
     ("8 p.m. Rome time on Thursday", "TIME", "1989-11-02T20:00")),
    ("He will land at 10 a.m. local time Friday.", ("10 a.m. local time Friday", "TIME", "1989-11-03T10:00")),
    ("The offer expires at midnight tonight.", ("midnight tonight", "TIME", "1989-10-30T24:00")),
    ("Polls open at 7 a.m. tomorrow.", ("7 a.m. tomorrow", "TIME", "1989-10-31T07:00")),
    ("The vote was held at noon yesterday.", ("noon yesterday", "TIME", "1989-10-29T12:00")),
    ("Updated 3:45 PM EDT, Tue Nov. 7, 1989", ("3:45 PM EDT, Tue Nov. 7, 1989", "TIME", "1989-11-07T15:45")),
])
def test_a_clock_time_with_its_date_is_one_time(sentence, expected):
    assert _found(sentence, dt.date(1989, 10, 30)) == [expected]


def test_a_bare_clock_time_falls_on_the_day_the_story_tells_about():
    text = "The doctor was shot on Oct. 23, 1998. He died at 10 p.m. in his kitchen."
    assert _found(text, dt.date(1999, 4, 19))[-1] == ("10 p.m.", "TIME", "1998-10-23T22:00")


@pytest.mark.parametrize("sentence,value", [
    # Wednesday 2025-07-16: time granted, or a state that holds now, runs to a date ahead
    ("TikTok has until January 19 to find a buyer.", "2026-01-19"),
    ("Officials said Congress has until December to pass the bill.", "2025-12"),
    ("The offer is valid until March 31.", "2026-03-31"),
    ("The tariffs remain in place until February.", "2026-02"),
    # however near a past reading lies: a deadline that is still held cannot have passed
    ("The seller has until July 1 to find a buyer.", "2026-07-01"),
    ("The ministry extended the consultation until June.", "2026-06"),
    # the same words in the past tense, or a span that has ended, stay behind
    ("The firm had until January 19 to find a buyer.", "2025-01-19"),
    ("The tariffs were in place until February.", "2025-02"),
    ("The plant has been closed since March.", "2025-03"),
])
def test_time_granted_until_a_date_points_ahead(sentence, value):
    assert find_timexes(sentence, dt.date(2025, 7, 16))[0].value == value


@pytest.mark.parametrize("sentence,expected", [
    ("Inventories climbed toward the end of the quarter.", ("the end of the quarter", "2025-Q2", "END")),
    ("The end of the second quarter saw inventories climb.",
     ("The end of the second quarter", "2025-Q2", "END")),
    ("Stocks were drawn down by the end of the third quarter of 2024.",
     ("the end of the third quarter of 2024", "2024-Q3", "END")),
    ("Output peaked at the start of the second half.", ("the start of the second half", "2025-H2", "START")),
])
def test_part_of_a_quarter_or_half_keeps_its_part(sentence, expected):
    t = find_timexes(sentence, dt.date(2025, 7, 16))[0]
    assert (t.text, t.value, t.mod) == expected


@pytest.mark.parametrize("sentence,value", [
    # Wednesday 2025-07-16: a finished event cannot lie three weeks ahead
    ("The tariff, which took effect Aug. 7, covers 60 countries.", "2024-08-07"),
    ("Exports fell in September.", "2024-09"),
    # a reporting verb dated by the expression is a finished event too
    ("The ministry said in September it would respond.", "2024-09"),
    ("Beijing announced Aug. 7 that it would retaliate.", "2024-08-07"),
    # one that frames a clause may report what comes next: the nearer reading stands
    ("Officials said the tariff, due Aug. 7, covers 60 countries.", "2025-08-07"),
    ("Officials said talks would resume in September.", "2025-09"),
    # time granted lies after the grant
    ("The regulator gave the firm until mid-November to submit more information.", "2025-11"),
    # a finished event days ahead is a year back; only a slip of a day or so stays ahead
    ("The talks, which began July 20, ended without a deal.", "2024-07-20"),
    ("The talks, which began July 17, ended without a deal.", "2025-07-17"),
    # a plan told in the pluperfect is no finished event
    ("The offer had been set to expire Aug. 6.", "2025-08-06"),
])
def test_a_finished_event_lies_behind_the_story(sentence, value):
    assert find_timexes(sentence, dt.date(2025, 7, 16))[0].value == value


def test_a_capitalised_word_after_a_clock_time_opens_a_sentence():
    found = _found("On Monday the market closed at 4 p.m. The time to act is now.", dt.date(1989, 10, 30))
    assert found[1] == ("4 p.m.", "TIME", "1989-10-30T16:00")


@pytest.mark.parametrize("sentence,expected", [
    # Wednesday 2000-04-05: the part of the day says a.m. or p.m.
    ("The father will leave at 4 in the morning on Thursday.",
     [("4 in the morning on Thursday", "TIME", "2000-04-06T04:00")]),
    ("The blast came at eight o'clock at night on Monday.",
     [("eight o'clock at night on Monday", "TIME", "2000-04-03T20:00")]),
    ("He arrived on April 4. He woke at 10:30 in the evening.",
     [("April 4", "DATE", "2000-04-04"), ("10:30 in the evening", "TIME", "2000-04-04T22:30")]),
    ("They will meet at 3 in the afternoon on Friday.",
     [("3 in the afternoon on Friday", "TIME", "2000-04-07T15:00")]),
    # without a preposition before it, a number is a count
    ("Two in the morning groups were fined.", []),
])
def test_hours_told_with_a_part_of_the_day(sentence, expected):
    assert _found(sentence, dt.date(2000, 4, 5)) == expected


@pytest.mark.parametrize("sentence,value", [
    # Wednesday 2025-07-16: "cut" and "hit" are past only where no modal or "to" stands before them
    ("The Fed cut rates on Friday.", "2025-07-11"),
    ("The Fed could cut rates on Friday.", "2025-07-18"),
    ("Tariffs will hit imports on Friday.", "2025-07-18"),
    ("The plant had been sold on Friday.", "2025-07-11"),
])
def test_a_bare_verb_after_a_modal_is_no_past_tense(sentence, value):
    assert find_timexes(sentence, dt.date(2025, 7, 16))[0].value == value


@pytest.mark.parametrize("sentence,expected", [
    # Wednesday 2025-07-16: a fraction of a unit counts in the next smaller one
    ("Half a year ago, talks began.", [("Half a year ago", "DATE", "2025-01")]),
    ("Two and a half years ago, prices rose.", [("Two and a half years ago", "DATE", "2023-01")]),
    ("A quarter century ago, the plant opened.", [("A quarter century ago", "DATE", "2000")]),
    ("It took a quarter of a century.", [("a quarter of a century", "DURATION", "P25Y")]),
    ("He waited a quarter hour.", [("a quarter hour", "DURATION", "PT15M")]),
    # a count before "a year ago" is no part of it
    ("It has 13 sites, up from seven a year ago.", [("a year ago", "DATE", "2024")]),
])
def test_fractions_and_quarters_of_units(sentence, expected):
    assert _found(sentence, dt.date(2025, 7, 16)) == expected


@pytest.mark.parametrize("sentence", [
    # a share, not three months
    "Funds account for more than a quarter of the entire market.",
    "Three quarters of its sales come from China.",
    # "someday", not a length
    "Farkas hoped he one day follow his idol into space.",
])
def test_shares_and_someday_are_no_durations(sentence):
    assert [t for t in find_timexes(sentence, dt.date(2025, 7, 16)) if t.type == "DURATION"] == []


@pytest.mark.parametrize("sentence,expected", [
    ("Late on Tuesday, the administration issued a statement.", ("Late on Tuesday", "2025-07-15", "END")),
    ("Early on Wednesday, markets in Asia fell.", ("Early on Wednesday", "2025-07-16", "START")),
    ("Early on, the company struggled in 2019.", ("2019", "2019", "")),
])
def test_early_on_and_late_on_a_day(sentence, expected):
    t = find_timexes(sentence, dt.date(2025, 7, 16))[0]
    assert (t.text, t.value, t.mod) == expected


@pytest.mark.parametrize("sentence,value", [
    # Monday 2025-07-14: a day whose outcome is reported has passed
    ("The notes convert at $25 a share, a 24% premium over Thursday's closing price.", "2025-07-10"),
    ("Lawyers will challenge Thursday's ruling.", "2025-07-10"),
    ("Stocks will open below Thursday's close, traders expect.", "2025-07-10"),
    # an outcome still awaited, or an event that is no outcome, keeps the nearer reading
    ("Investors are cautious ahead of Thursday's ruling.", "2025-07-17"),
    ("Thursday's meeting will set rates.", "2025-07-17"),
])
def test_a_reported_outcome_dates_its_day_in_the_past(sentence, value):
    assert find_timexes(sentence, dt.date(2025, 7, 14))[0].value == value


@pytest.mark.parametrize("sentence,anchor,expected", [
    ("In the second quarter ended Oct. 31, 1988, it had a loss.", dt.date(1989, 10, 27),
     [("the second quarter", "1988-Q2"), ("Oct. 31, 1988", "1988-10-31")]),
    # a quarter reported as ended closed before the story, days ahead or not
    ("The second quarter ended Oct. 31, the company said.", dt.date(1989, 10, 27),
     [("The second quarter", "1988-Q2"), ("Oct. 31", "1988-10-31")]),
    ("For the quarter ended Sept. 30, 1988, it lost money.", dt.date(1989, 10, 27),
     [("the quarter", "1988-Q3"), ("Sept. 30, 1988", "1988-09-30")]),
    ("Its fiscal first quarter ended Sept. 30.", dt.date(1989, 10, 27),
     [("fiscal first quarter", "1989-Q1"), ("Sept. 30", "1989-09-30")]),
])
def test_a_quarter_takes_the_year_of_its_reported_end(sentence, anchor, expected):
    assert [(t.text, t.value) for t in find_timexes(sentence, anchor)] == expected


def test_a_holiday_week_is_read_as_the_whole_week():
    # Monday 2000-04-17 opens the week of Easter Sunday 2000-04-23
    found = find_timexes("Protesters prayed as Easter week began.", dt.date(2000, 4, 17))
    assert [(t.text, t.value) for t in found] == [("Easter week", "2000-W16")]
