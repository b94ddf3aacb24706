"""Look-alikes the filters keep out: the modal "may", names, counts, scores, impossible days, shorthand that
is no quarter."""

import datetime as dt

import pytest
from grammar_anchor import FRI

from timeline.extraction import find_timexes


@pytest.mark.parametrize("sentence", [
    "He holds an H1-B visa.",
    "The H2 Mobility network added stations.",
    "Sketch it with a 2H pencil.",
])
def test_shorthand_look_alikes(sentence):
    assert find_timexes(sentence, FRI) == []


@pytest.mark.parametrize("sentence", [
    "Officials said the plan may rise to a vote.",
    "The company's shares May fall further, analysts warned.",
    "Saudi Arabia's Vision 2030 aims to diversify the economy.",
    "They set up a joint venture called Orion 1980, making space equipment.",
    "Protesters gathered outside 1600 Pennsylvania Avenue.",
    "He was born in the Year of the Dragon.",
    "Talks on item 1600 of the agenda resumed.",
    "Security Council Resolution 1701 ended the war.",
    "For the people of Poland, high noon comes at last.",
    "The home side led 10:00 at the break.",
    "Results came soon after the vote, the chief executive said.",
    "Revenue reached $48 billion.",
    "Tariffs rose to 16% on steel.",
    "The US has imposed 145 per cent tariffs.",
    "The rate stood at 2.75 on the index.",
    "Some 600 delegates attended.",
    "Innovation minister Sun Dong visited the plant.",
    "The H20 chip and 3D sensors were shown.",
    "Czech foreign minister Jan Kavan spoke.",
    "Copyright © 2024 Communications Today",
    "The idea of a republic will fall to dust.",
    "The customers include MindSpring users.",
    "He is a 52-year-old architect.",
    "She is 52 years old.",
    "The Eastern Airlines unit was sold.",
    # a holiday that names a kind of time or of thing (from the seeds)
    "Tsao wanted more unique Chinese New Year zodiac animal decorations.",
    "'Outside of Chinese New Year, I would collaborate with luxury brands,' he said.",
    "They bought a Christmas tree and some Halloween lanterns.",
])
def test_non_dates(sentence):
    assert [t for t in find_timexes(sentence, FRI) if t.type == "DATE"] == []


@pytest.mark.parametrize("sentence,value", [
    ("Trading volume hit a record in May.", "2025-05"),
    ("The company may sell the unit in May 2026.", "2026-05"),
    ("The deadline is May 5.", "2025-05-05"),
    ("May was the busiest month on record for the port.", "2025-05"),
    ("May's figures were revised.", "2025-05"),
    ("China's May exports rose 4.8%.", "2025-05"),
    ("The May figures were revised.", "2025-05"),
    ("Its May sales fell.", "2025-05"),
])
def test_month_may(sentence, value):
    assert [t.value for t in find_timexes(sentence, FRI)] == [value]


@pytest.mark.parametrize("sentence,expected", [
    ("Protesters joined the annual March for Life in the capital.", []),
    ("She led the March of the Mothers through the city.", []),
    ("The plant opened in March on Tuesday's schedule.", ["March", "Tuesday"]),
])
def test_a_march_with_a_name_is_no_month(sentence, expected):
    assert [t.text for t in find_timexes(sentence, dt.date(2025, 6, 28))] == expected


@pytest.mark.parametrize("sentence", [
    "The filing is dated Feb. 30, 2025.",
    "Payment is due on Sept. 31.",
    "The notice, dated 31 April 2024, was withdrawn.",
])
def test_impossible_calendar_days_are_not_dates(sentence):
    assert [t.value for t in find_timexes(sentence, FRI) if t.value.count("-") == 2] == []


@pytest.mark.parametrize("sentence,expected", [
    # the word that opens a text opens a sentence: it names nothing
    ("Between 2019 and 2021, sales tripled.", ["2019", "2021"]),
    ("Throughout 2024 the yuan weakened.", ["2024"]),
    # unless it is a name's own: a product or a plan
    ("Windows 2000 was released by Microsoft.", []),
    ("Sales fell. Vision 2030 aims to diversify the economy.", []),
    # a dash between two years spans them; between a count and a year it does not
    ("The 2019–2020 trade talks failed.", ["2019", "2020"]),
    ("Output rose 1990-2000 units.", []),
])
def test_years_at_the_start_of_a_text_and_in_a_span(sentence, expected):
    assert [t.value for t in find_timexes(sentence, FRI) if t.type == "DATE"] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("In 2024 the yuan weakened against the dollar.", ["2024"]),
    ("By 2030 the workers will be retrained.", ["2030"]),
    ("The plant employs 2024 workers.", []),
    ("The bank sold 2000 tonnes of gold.", []),
])
def test_a_year_before_a_determiner_is_no_count(sentence, expected):
    assert [t.value for t in find_timexes(sentence, FRI) if t.type == "DATE"] == expected


@pytest.mark.parametrize("sentence,expected", [
    # an undotted abbreviation after a preposition is the month ...
    ("Sales fell in Sept and rose in Oct.", [("Sept", "2024-09"), ("Oct.", "2024-10")]),
    ("Prices fell in Jan and Feb.", [("Jan", "2025-01"), ("Feb.", "2025-02")]),
    # ... unless a name goes on after it
    ("In Jan Kavan, the Czechs had a foreign minister.", []),
    ("Jan Kavan spoke on the phone.", []),
])
def test_undotted_month_abbreviations(sentence, expected):
    assert [(t.text, t.value) for t in find_timexes(sentence, dt.date(2025, 7, 16))] == expected


def test_a_pair_that_runs_backwards_is_a_score_not_a_range_of_days():
    found = find_timexes("The team won 4-2 June 3 in Geneva.", dt.date(2025, 7, 16))
    assert "4" not in [t.text for t in found]
