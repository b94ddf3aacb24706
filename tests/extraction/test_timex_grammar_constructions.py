"""Each construction of the grammar in newswire-style sentences, and what it reads there."""

import datetime as dt

import pytest
from grammar_anchor import FRI

from timeline.extraction import find_timexes


def _one(sentence: str, anchor: dt.date = FRI):
    found = find_timexes(sentence, anchor)
    assert len(found) == 1, found
    t = found[0]
    return t.text, t.type, t.value, t.mod


@pytest.mark.parametrize("sentence,expected", [
    # absolute layouts
    ("The deal closed on Sept. 30, 1998, officials said.", ("Sept. 30, 1998", "DATE", "1998-09-30", "")),
    ("The report is dated 2025-04-25 in the filing.", ("2025-04-25", "DATE", "2025-04-25", "")),
    ("Figures for 2025-04 were revised.", ("2025-04", "DATE", "2025-04", "")),
    ("The memo was signed 4/25/2025 by the board.", ("4/25/2025", "DATE", "2025-04-25", "")),
    ("The summit opened on 25 April 2025 in Rome.", ("25 April 2025", "DATE", "2025-04-25", "")),
    ("Output fell in April 2025, the agency said.", ("April 2025", "DATE", "2025-04", "")),
    ("The vote is set for Nov. 8.", ("Nov. 8", "DATE", "2025-11-08", "")),
    ("Sales were flat in 1998, the company said.", ("1998", "DATE", "1998", "")),
    ("Profit rose in fiscal 1998, it said.", ("fiscal 1998", "DATE", "1998", "")),
    # relative fiscal periods keep the fiscal label
    ("Sales rose 4% last fiscal year.", ("last fiscal year", "DATE", "2024", "")),
    ("It had $7 billion in sales in the latest fiscal year.", ("the latest fiscal year", "DATE", "2024", "")),
    ("The company will turn a profit next fiscal year.", ("next fiscal year", "DATE", "2026", "")),
    ("Margins narrowed in the most recent fiscal quarter.",
     ("the most recent fiscal quarter", "DATE", "2025-Q2", "")),
    # spoken news spells the day out
    ("The vote is set for March eighth.", ("March eighth", "DATE", "2026-03-08", "")),
    ("The truce began on the twenty-first of June.", ("the twenty-first of June", "DATE", "2025-06-21", "")),
    ("They signed on May first, 1998.", ("May first, 1998", "DATE", "1998-05-01", "")),
    ("May first-quarter sales rose 5%.", ("first-quarter", "DATE", "2025-Q1", "")),
    # month names, with modifiers
    ("Prices jumped in mid-April, traders said.", ("mid-April", "DATE", "2025-04", "MID")),
    ("Talks collapsed last November.", ("last November", "DATE", "2024-11", "")),
    ("The plant will reopen in December.", ("December", "DATE", "2025-12", "")),
    # weekdays and deictic words
    ("The minister said on Friday that talks would resume.", ("Friday", "DATE", "2025-07-18", "")),
    ("The company announced the cuts on Tuesday.", ("Tuesday", "DATE", "2025-07-15", "")),
    ("The board will vote on Monday.", ("Monday", "DATE", "2025-07-21", "")),
    ("Shares slipped yesterday.", ("yesterday", "DATE", "2025-07-17", "")),
    ("The index rose today.", ("today", "DATE", "2025-07-18", "")),
    ("Stocks are rising now.", ("now", "DATE", "PRESENT_REF", "")),
    ("The firm currently employs 300 people.", ("currently", "DATE", "PRESENT_REF", "")),
    ("The bank recently cut rates.", ("recently", "DATE", "PAST_REF", "")),
    ("Crime has fallen in recent decades.", ("recent decades", "DATE", "PAST_REF", "")),
    ("The debate rose again last night.", ("last night", "TIME", "2025-07-17TNI", "")),
    # relative units
    ("Sales fell sharply last month.", ("last month", "DATE", "2025-06", "")),
    ("The law takes effect next year.", ("next year", "DATE", "2026", "")),
    ("Orders rose this week.", ("this week", "DATE", "2025-W29", "")),
    ("Margins narrowed in the current quarter.", ("the current quarter", "DATE", "2025-Q3", "")),
    ("The merger closed two years ago.", ("two years ago", "DATE", "2023", "")),
    ("It opened three days ago.", ("three days ago", "DATE", "2025-07-15", "")),
    ("Prices peaked earlier this year.", ("earlier this year", "DATE", "2025", "START")),
    ("The launch slipped to early next year.", ("early next year", "DATE", "2026", "START")),
    ("The group was founded in the last decade.", ("the last decade", "DURATION", "P10Y", "")),
    # quarters, halves, seasons, decades, centuries, holidays
    ("Net income rose in the second quarter.", ("the second quarter", "DATE", "2025-Q2", "")),
    ("Fourth-quarter profit will beat forecasts.", ("Fourth-quarter", "DATE", "2025-Q4", "")),
    ("Revenue hit a record in Q3 2024.", ("Q3 2024", "DATE", "2024-Q3", "")),
    ("Revenue doubled in the first half of 2024.", ("the first half of 2024", "DATE", "2024-H1", "")),
    ("Exports slowed last summer.", ("last summer", "DATE", "2024-SU", "")),
    ("Rates climbed through the 1990s.", ("the 1990s", "DATE", "199", "")),
    ("Home prices soared in the late 1970s.", ("the late 1970s", "DATE", "197", "END")),
    ("The bank was founded in the 20th century.", ("the 20th century", "DATE", "19", "")),
    # "the past century" is the hundred years up to now; "last century" the calendar one before this
    ("It was among the great events of the past century.", ("the past century", "DURATION", "P100Y", "")),
    ("The port was built last century.", ("last century", "DATE", "19", "")),
    ("Stores will close on Christmas Day.", ("Christmas Day", "DATE", "2025-12-25", "")),
    ("Talks could wrap up by Labor Day.", ("Labor Day", "DATE", "2025-09-01", "")),
    ("Fireworks will light up this Fourth of July.", ("this Fourth of July", "DATE", "2025-07-04", "")),
    ("Retailers expect crowds after Thanksgiving.", ("Thanksgiving", "DATE", "2025-11-27", "")),
    ("She raises money for the annual Fourth of July fireworks show.",
     ("annual Fourth of July", "SET", "XXXX-07-04", "")),
    ("The family gathers every Thanksgiving.", ("every Thanksgiving", "SET", "XXXX-11", "")),
    ("Shoppers queued for Black Friday deals.", ("Black Friday", "DATE", "2024-11-29", "")),
    ("Retailers slashed prices for Cyber Monday.", ("Cyber Monday", "DATE", "2024-12-02", "")),
    # the lunisolar New Year: 29 January 2025, 17 February 2026
    ("Shipping slowed ahead of Lunar New Year.", ("Lunar New Year", "DATE", "2025-01-29", "")),
    ("Factories will close for the Chinese New Year holiday.", ("Chinese New Year", "DATE", "2026-02-17", "")),
    ("Travel during the Spring Festival of 2024 set records.",
     ("Spring Festival of 2024", "DATE", "2024-02-10", "")),
    ("Stocks fell in the first week of July.", ("the first week of July", "DATE", "2025-W27", "")),
    ("Hiring slowed in the last week of June.", ("the last week of June", "DATE", "2025-W26", "")),
    ("Shops were crowded in Thanksgiving week.", ("Thanksgiving week", "DATE", "2024-W48", "")),
    # a holiday weekend is the Saturday and Sunday nearest it: before a Monday, after a Thursday
    ("Traffic peaked on Labor Day weekend.", ("Labor Day weekend", "DATE", "2024-W35-WE", "")),
    ("Shoppers spent heavily over the Thanksgiving weekend.", ("Thanksgiving weekend", "DATE", "2024-W48-WE", "")),
    # a span of months that is a quarter or a half
    ("Growth will slow through the first two quarters of 2026.",
     ("the first two quarters of 2026", "DATE", "2026-H1", "")),
    ("Sales rose in the last three months of 2024.", ("the last three months of 2024", "DATE", "2024-Q4", "")),
    # "in" a count of units: a time that far ahead in a plan, a length otherwise
    ("The bonds will be redeemed in five years.", ("five years", "DATE", "2030", "")),
    ("The plant will reopen in about two weeks.", ("about two weeks", "DATE", "2025-W31", "APPROX")),
    ("Prices rose 4% in two years.", ("two years", "DURATION", "P2Y", "")),
    # a part of the current unit
    ("Troops should arrive by the end of the month.", ("the end of the month", "DATE", "2025-07", "END")),
    ("Prices firmed at the start of the week.", ("the start of the week", "DATE", "2025-W29", "START")),
    ("Output may double by the end of the decade.", ("the end of the decade", "DATE", "202", "END")),
    ("Shares have doubled since the start of the year.", ("the start of the year", "DATE", "2025", "START")),
    ("Results are due later in the month.", ("later in the month", "DATE", "2025-07", "END")),
    ("Jobless claims fell in the week ended July 12.", ("the week ended July 12", "DATE", "2025-W28", "")),
    ("The plant closed a fortnight ago.", ("a fortnight ago", "DATE", "2025-W27", "")),
    # years said in words, as transcripts write them
    ("The bomb went off in January nineteen ninety-seven.", ("January nineteen ninety-seven", "DATE",
                                                            "1997-01", "")),
    ("Oil fell to that level in the winter of nineteen ninety-four.",
     ("the winter of nineteen ninety-four", "DATE", "1994-WI", "")),
    ("The goal is full employment by the year two thousand and one.",
     ("the year two thousand and one", "DATE", "2001", "")),
    # durations
    ("The strike lasted three years.", ("three years", "DURATION", "P3Y", "")),
    ("Shares fell 10% over the past six months.", ("the past six months", "DURATION", "P6M", "")),
    ("The talks ran for 48 hours.", ("48 hours", "DURATION", "PT48H", "")),
    ("He has led the firm for nearly two decades.", ("nearly two decades", "DURATION", "P20Y",
                                                     "LESS_THAN")),
    ("It signed a five-year contract.", ("five-year", "DURATION", "P5Y", "")),
    ("Output has risen for five straight quarters.", ("five straight quarters", "DURATION", "P5Q", "")),
    ("Negotiators emerged from a day-long meeting.", ("day-long", "DURATION", "P1D", "")),
    ("It ended a decades-long feud.", ("decades-long", "DURATION", "PXY", "")),
    ("Workers began a weeklong strike.", ("weeklong", "DURATION", "P1W", "")),
    ("The drug took years to develop.", ("years", "DURATION", "PXY", "")),
    # sets
    ("The council meets every morning.", ("every morning", "SET", "XXXX-XX-XXTMO", "")),
    ("The fee is paid annually.", ("annually", "SET", "P1Y", "")),
    ("Reports are filed each year.", ("each year", "SET", "P1Y", "")),
    ("Data are released weekly.", ("weekly", "SET", "P1W", "")),
    ("The market closes every Monday.", ("every Monday", "SET", "XXXX-WXX-1", "")),
    # clock times
    ("Trading halted at 2:30 p.m. today on the exchange.", ("2:30 p.m. today", "TIME", "2025-07-18T14:30", "")),
    ("The vote ended at noon today.", ("noon today", "TIME", "2025-07-18T12:00", "")),
    ("Talks resumed at midday on Thursday in Geneva.", ("midday on Thursday", "TIME", "2025-07-17T12:00", "")),
    ("The market reopened at 14:30 GMT Friday.", ("14:30 GMT Friday", "TIME", "2025-07-18T14:30", "")),
])
def test_construction(sentence, expected):
    assert _one(sentence) == expected


def test_range_gives_each_end():
    found = find_timexes("The festival runs from late June through early July.", dt.date(2025, 5, 2))
    assert [(t.text, t.value, t.mod) for t in found] == [
        ("late June", "2025-06", "END"), ("early July", "2025-07", "START")]


@pytest.mark.parametrize("sentence,anchor,expected", [
    ("Talks took place on June 9-10 in London.", dt.date(2025, 6, 12),
     [("June 9", "2025-06-09"), ("10", "2025-06-10")]),
    ("The summit ran Nov. 10-12, 1998, in Kuala Lumpur.", dt.date(2025, 6, 12),
     [("Nov. 10", "1998-11-10"), ("12, 1998", "1998-11-12")]),
    ("They clinched it with a June 2-1 win.", dt.date(2025, 6, 12), []),
])
def test_day_ranges_give_each_day(sentence, anchor, expected):
    assert [(t.text, t.value) for t in find_timexes(sentence, anchor)] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Revenue rose 12% in 2Q25.", ("2Q25", "2025-Q2")),
    ("Margins improved in 1H25.", ("1H25", "2025-H1")),
    ("Sales jumped in H1 2025.", ("H1 2025", "2025-H1")),
    ("The FY25 outlook was cut.", ("FY25", "2025")),
])
def test_results_shorthand(sentence, expected):
    assert [(t.text, t.value) for t in find_timexes(sentence, FRI)] == [expected]


def test_widget_lines_do_not_crash():
    text = "10 hours ago 2\n17 minutes ago\nan hour ago\n"
    for t in find_timexes(text, FRI):
        assert text[t.start:t.end] == t.text


@pytest.mark.parametrize("sentence,expected", [
    # Wednesday 2025-07-16: "prior" is "previous"
    ("Sales rose 12% from the prior year.", [("the prior year", "2024")]),
    ("Margins narrowed from the prior quarter.", [("the prior quarter", "2025-Q2")]),
    ("Prices were flat in the prior month.", [("the prior month", "2025-06")]),
])
def test_prior_unit(sentence, expected):
    assert [(t.text, t.value) for t in find_timexes(sentence, dt.date(2025, 7, 16))] == expected
