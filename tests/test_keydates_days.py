"""The key-dates ranking on hand-made event sets: which days win, what supports them, how many are shown."""

import datetime

import pytest

from tests.keydates_records import OTHER, WIRE, D, days, event
from timeline.keydates import day_scores, default_dates, key_dates


def test_days_named_by_more_articles_win_and_come_back_in_date_order():
    records = [
        event(D(2025, 5, 9), "a"),
        event(D(2025, 5, 1), "a"), event(D(2025, 5, 1), "b"), event(D(2025, 5, 1), "c"),
        event(D(2025, 4, 2), "b"), event(D(2025, 4, 2), "c"),
    ]
    assert days(key_dates(records, dates=2)) == [D(2025, 4, 2), D(2025, 5, 1)]
    assert days(key_dates(records, dates=1)) == [D(2025, 5, 1)]


def test_an_article_counts_once_for_a_day_however_often_it_names_it():
    records = [event(D(2025, 5, 1), "a") for _ in range(5)] + [event(D(2025, 5, 2), x) for x in "bc"]
    assert days(key_dates(records, dates=1)) == [D(2025, 5, 2)]
    assert key_dates(records, dates=2)[0].articles == 1


def test_rejected_events_never_support_a_day():
    records = [event(D(2025, 5, 1), x, status="rejected") for x in "abcd"] + [event(D(2025, 5, 2), "e")]
    result = key_dates(records, dates=5)
    assert days(result) == [D(2025, 5, 2)]
    assert D(2025, 5, 1) not in day_scores(records)


def test_a_rejected_event_is_not_shown_nor_listed_as_support():
    rejected = event(D(2025, 5, 1), "a", "A wrongly dated sentence about something else entirely.", status="rejected")
    kept = event(D(2025, 5, 1), "b")
    (key,) = key_dates([rejected, kept], dates=1, sentences=3)
    assert key.support == [kept.id]
    assert key.sentences == [kept]
    assert key.articles == 1


@pytest.mark.parametrize("status", ["verified", "corrected"])
def test_an_editors_check_weighs_more_than_one_article(status):
    checked = [event(D(2025, 5, 1), "a", status=status)]
    automatic = [event(D(2025, 5, 2), "b")]
    assert days(key_dates(checked + automatic, dates=1)) == [D(2025, 5, 1)]
    assert day_scores(checked + automatic)[D(2025, 5, 1)] > day_scores(checked + automatic)[D(2025, 5, 2)]


def test_vaguer_events_support_the_days_within_them_but_are_never_key_dates():
    month = [event(D(2025, 5, 1), x, precision="month", end=D(2025, 5, 31)) for x in "abcdef"]
    week = event(D(2025, 4, 7), "g", precision="week", end=D(2025, 4, 13))
    tie = [event(D(2025, 4, 1), "h"), event(D(2025, 4, 9), "i")]
    result = key_dates([*month, week, *tie], dates=5)
    # The month and the week are not days; the day inside the week wins the tie with the day outside it.
    assert days(result) == [D(2025, 4, 1), D(2025, 4, 9)]
    assert days(key_dates([*month, week, *tie], dates=1)) == [D(2025, 4, 9)]
    assert day_scores([*tie, week])[D(2025, 4, 9)] < day_scores([*tie, event(D(2025, 4, 9), "j")])[D(2025, 4, 9)]


def test_a_two_day_span_at_day_precision_is_not_a_key_date():
    weekend = event(D(2025, 7, 19), "a", end=D(2025, 7, 20))
    assert key_dates([weekend], dates=3) == []


@pytest.mark.parametrize("published", [D(2025, 5, 2), D(2025, 5, 3)])
def test_a_day_reported_as_news_outranks_one_only_looked_back_on(published):
    looked_back = event(D(2025, 5, 1), "a", published=D(2025, 6, 15))
    reported = event(D(2025, 5, 2), "b", published=published)
    assert days(key_dates([looked_back, reported], dates=1)) == [D(2025, 5, 2)]


def test_a_day_announced_ahead_is_not_reported_as_news():
    announced = event(D(2025, 5, 2), "a", published=D(2025, 4, 20))
    looked_back = event(D(2025, 5, 1), "b", published=D(2025, 6, 15))
    assert day_scores([announced, looked_back]) == {D(2025, 5, 1): 1.0, D(2025, 5, 2): 1.0}


def test_articles_published_on_a_day_add_to_it():
    named = [event(D(2025, 5, 1), "a"), event(D(2025, 5, 2), "b")]
    published_on_second = event(D(2025, 3, 1), "c", published=D(2025, 5, 2), precision="month", end=D(2025, 3, 31))
    assert days(key_dates([*named, published_on_second], dates=1)) == [D(2025, 5, 2)]


def test_copies_outweigh_a_single_report_on_another_day():
    copies = [event(D(2025, 5, 4), x, WIRE) for x in "abc"]
    single = [event(D(2025, 5, 5), "d", OTHER)]
    assert days(key_dates(copies + single, dates=1)) == [D(2025, 5, 4)]


def test_equal_days_are_broken_by_date_so_a_link_always_shows_the_same_summary():
    records = [event(D(2025, 5, d), "a") for d in (3, 1, 2)]
    assert days(key_dates(records, dates=2)) == [D(2025, 5, 1), D(2025, 5, 2)]


@pytest.mark.parametrize(("dates", "sentences", "expected_days", "expected_sentences"), [
    (0, 2, 0, 0), (1, 0, 1, 0), (-3, -1, 0, 0), (10_000, 2, 3, 1),
])
def test_counts_are_clamped(dates, sentences, expected_days, expected_sentences):
    records = [event(D(2025, 5, d), "a") for d in (1, 2, 3)]
    result = key_dates(records, dates=dates, sentences=sentences)
    assert len(result) == expected_days
    assert all(len(key.sentences) == expected_sentences for key in result)


def test_no_events_no_key_dates():
    assert key_dates([], dates=5) == []
    assert key_dates([]) == []


@pytest.mark.parametrize(("named_days", "expected"), [(0, 0), (1, 1), (4, 2), (30, 5), (100, 10), (10_000, 25)])
def test_the_default_number_of_dates_grows_with_the_days_named(named_days, expected):
    records = [event(D(2000, 1, 1) + datetime.timedelta(days=i), "a") for i in range(named_days)]
    assert default_dates(records) == expected
    assert len(key_dates(records)) == expected


@pytest.mark.parametrize(("days_named", "expected"), [
    (1, D(2025, 3, 3)), (6, D(2025, 3, 3)),  # a report naming a few days speaks for each of them
    (12, D(2025, 3, 4)), (16, D(2025, 3, 4)),  # a schedule or a chronology shares its voice among them
])
def test_an_article_naming_many_days_shares_its_voice_among_them(days_named, expected):
    listed = [D(2025, 3, 3) + datetime.timedelta(days=7 * n) for n in range(days_named)]
    listings = [event(day, f"listing{i}") for i in range(3) for day in listed]
    reports = [event(D(2025, 3, 4), x) for x in "ab"]
    assert days(key_dates([*listings, *reports], dates=1)) == [expected]
