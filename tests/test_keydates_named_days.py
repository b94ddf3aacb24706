"""The days a sentence names weigh it as an account of its key date: its own day for it, another day against."""

import pytest

from tests.keydates_records import D, event
from timeline.keydates import day_named_weight, key_dates


@pytest.mark.parametrize(("text", "names"), [
    ("Aid flights began landing at the damaged airport on Wednesday.", "its day"),
    ("Aid flights began landing at the damaged airport on 13 January.", "its day"),
    ("Aid flights began landing at the damaged airport on Jan. 13th.", "its day"),
    ("Aid flights began landing at the damaged airport.", "no day"),
    ("Aid flights, grounded since Tuesday, began landing at the damaged airport.", "another day"),
    ("Aid flights, grounded since January 12, began landing at the damaged airport.", "another day"),
    ("A survey taken January 13-20 found most aid had yet to arrive.", "no day"),  # a range names no one day
    ("Aid flights have landed every day since last Wednesday.", "another day"),  # the Wednesday before
    ("More aid flights are due to land next Wednesday.", "another day"),
    ("More aid flights are due to land next\nWednesday.", "another day"),
    ("Aid flights that landed on Wednesday were unloaded by last night.", "its day"),
])
def test_the_days_a_sentence_names_weigh_it(text, names):
    weight = day_named_weight(text, D(2010, 1, 13))  # a Wednesday
    assert {"its day": weight > 1, "no day": weight == 1, "another day": weight < 1}[names]


def test_naming_another_day_as_well_weighs_less_than_naming_only_its_own():
    wednesday = D(2010, 1, 13)
    both = day_named_weight("Aid flights grounded on Tuesday began landing on Wednesday.", wednesday)
    assert 1 < day_named_weight("Aid flights began landing on Wednesday.", wednesday) > both


def test_an_account_naming_its_day_is_preferred_to_one_that_does_not():
    # As central as each other (each shares the same words with the other), and as long.
    undated = "Aid flights began landing at the damaged airport of the battered capital."
    dated = "Relief flights started landing at the damaged airport on Wednesday morning."
    records = [event(D(2010, 1, 13), "a", undated), event(D(2010, 1, 13), "b", dated)]
    (key,) = key_dates(records, dates=1, sentences=1)
    assert key.sentences[0].text == dated


def test_a_sentence_about_another_day_is_passed_over_for_an_account_of_this_one():
    # The recap names the day (so it was dated to it) but is about the week since the quake of the 12th.
    recap = "Since the quake of January 12, aid flights have been landing at the damaged airport every day."
    report = "Aid flights began landing at the damaged airport in the capital."
    records = [event(D(2010, 1, 13), "a", recap), event(D(2010, 1, 13), "b", report)]
    (key,) = key_dates(records, dates=1, sentences=1)
    assert key.sentences[0].text == report
