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
