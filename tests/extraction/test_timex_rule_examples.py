"""Every grammar rule is a named record whose example phrases it must read."""

import datetime as dt

import pytest

from timeline.extraction import find_timexes
from timeline.extraction.filters import rejected
from timeline.extraction.grammar import RULES, candidates
from timeline.extraction.tense import direction

ANCHOR = dt.date(2025, 7, 18)
BY_NAME = {rule.name: rule for rule, _ in RULES}


def test_rules_have_unique_names_and_two_or_three_examples():
    assert len(BY_NAME) == len(RULES)
    assert [rule.name for rule, _ in RULES if not 2 <= len(rule.examples) <= 3] == []


@pytest.mark.parametrize("name,example", [(rule.name, example) for rule, _ in RULES for example in rule.examples])
def test_each_rule_reads_its_examples(name, example):
    matches = [(c.start, c.end) for c in candidates(example) if c.rule == name]
    assert matches, f"{name} does not match {example!r}"
    found = [(t.start, t.end) for t in find_timexes(example, ANCHOR)]
    assert set(matches) & set(found), f"{name} matches {example!r} at {matches}, the engine reads {found}"


def test_every_rule_has_a_reading():
    # an anaphor ("that day") is read by the document context, every other kind by its function
    assert [rule.name for rule, _ in RULES if rule.value is None and rule.kind != "anaphor"] == []
    assert all(callable(veto) for rule, _ in RULES for veto in rule.vetoes)


@pytest.mark.parametrize("example", sorted({example for rule, _ in RULES for example in rule.examples}))
def test_rules_that_read_one_span_differently_have_different_priorities(example):
    """The choice between two readings of one span is the rules' priority, never their order."""
    readings = {}
    for c in candidates(example):
        rule = BY_NAME[c.rule]
        if rule.value is None or rejected(c, example):
            continue
        got = rule.value(c.groups, ANCHOR, lambda c=c: direction(example, c.start, c.end), example[c.start:c.end])
        if got:
            readings.setdefault((c.start, c.end, rule.priority), {})[got] = rule.name
    assert {span: names for span, names in readings.items() if len(names) > 1} == {}


# A look-alike of each rule that has vetoes, which one of its own vetoes rejects: no rule carries a
# check that can never apply to it.
LOOK_ALIKES = {
    "weekday-month-day": "Results: Monday, June 9 - 3 to the visitors.",
    "month-day": "It ended 10-June 9 in the final.",
    "month-day-first-of-pair": "A 12-July 8 and 9, 1991 tally.",
    "day-month": "The play opens in Greenwich on 12 April 1588.",
    "month-day-second-of-pair": "Games on June 4 and 5 - 2 to the hosts.",
    "month-day-range-start": "A 2-1 win in June 9-3 stunned fans.",
    "month-day-range-end": "They won in June 9-3.",
    "day-month-range-start": "Scores of 5-3 July came in.",
    "weekday-day-month-range-start": "It runs Friday 18 to Monday 14 February.",
    "month": "May I come in?",
    "month-range-start": "Join the March to June 2024 rally.",
    "month-range-start-undated": "Join the March to June rally.",
    "year": "He paid $2000 for it.",
    "year-pair-start": "They sold 1990-1995 units.",
    "year-pair-end": "They sold 1990-1995 units.",
    "deictic-day": "She read USA Today on the train.",
    # the present age's look-alike is the story's day
    "today-as-the-present": "The minister announced today that taxes will rise.",
    "weekday": "He told the Sunday Times about it.",
    "holiday": "They bought a Christmas tree.",
    "clock": "It came at 10:35 a.m. (9 a.m. EST) there.",
    "clock-with-zone": "It came at 10:35 a.m. (0735 GMT) on Monday.",
    "clock-part-of-day": "The bell rings every day at 6 in the morning.",
    "noon-midnight": "They watched High Noon again.",
    "year-end": "The Year-end Awards were held.",
    "reported-year": "They celebrated the Year of the Dragon.",
    "the-season": "They studied the fall of the regime.",
    "season-after-preposition": "They met in summer holidays.",
    "present-past-future-ref": "After the recent sale, prices rose.",
    "that-unit": "She quit on the same day as the vote.",
    "relative-unit": "He appeared on ABC's This Week program.",
    "part-of-current-unit": "He read Earlier In The Month, a novel.",
    "edge-of-current-unit": "He read The End Of The Month, a novel.",
    "frequency-adverb": "Prices rose 8.5% annually over a decade.",
    "duration": "He is 52 years old.",
    "hyphenated-duration": "He watched CBS's 60-Minute special.",
    "one-more-unit": "He took another quarter of the market.",
    "half-a-unit": "He watched the show Half An Hour there.",
}


def test_every_rule_with_vetoes_has_a_look_alike():
    assert sorted(LOOK_ALIKES) == sorted(rule.name for rule, _ in RULES if rule.vetoes)


@pytest.mark.parametrize("name,sentence", sorted(LOOK_ALIKES.items()))
def test_a_rules_vetoes_reject_its_look_alike(name, sentence):
    matches = [c for c in candidates(sentence) if c.rule == name]
    assert matches, f"{name} does not match {sentence!r}"
    assert any(rejected(c, sentence) for c in matches)
