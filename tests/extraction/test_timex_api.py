"""event_span, parse_period and the public API's contracts."""

import datetime as dt

import pytest

from timeline.extraction import EventSpan, Timex, event_span, event_span_from_value, find_timexes, parse_period

D = dt.date
ANCHOR = D(2025, 7, 18)


@pytest.mark.parametrize("value,mod,expected", [
    ("2025-04-25", "", (D(2025, 4, 25), D(2025, 4, 25), "day", "")),
    ("2025-07-18T14:30", "", (D(2025, 7, 18), D(2025, 7, 18), "day", "")),
    ("2025-07-18TMO", "", (D(2025, 7, 18), D(2025, 7, 18), "day", "")),
    ("2025-04", "", (D(2025, 4, 1), D(2025, 4, 30), "month", "")),
    ("2025-04", "END", (D(2025, 4, 21), D(2025, 4, 30), "month", "late")),
    ("2025-04", "START", (D(2025, 4, 1), D(2025, 4, 10), "month", "early")),
    ("2025-04", "MID", (D(2025, 4, 11), D(2025, 4, 20), "month", "mid")),
    ("2025-W29", "", (D(2025, 7, 14), D(2025, 7, 20), "week", "")),
    ("2025-W29-WE", "", (D(2025, 7, 19), D(2025, 7, 20), "day", "")),
    ("2024-Q3", "", (D(2024, 7, 1), D(2024, 9, 30), "quarter", "")),
    ("2024-H1", "", (D(2024, 1, 1), D(2024, 6, 30), "half", "")),
    ("2025-SU", "", (D(2025, 6, 1), D(2025, 8, 31), "season", "")),
    ("2024-WI", "", (D(2024, 12, 1), D(2025, 2, 28), "season", "")),
    ("2025", "", (D(2025, 1, 1), D(2025, 12, 31), "year", "")),
    ("2025", "START", (D(2025, 1, 1), D(2025, 4, 30), "year", "early")),
    ("2025", "END", (D(2025, 9, 1), D(2025, 12, 31), "year", "late")),
    ("199", "", (D(1990, 1, 1), D(1999, 12, 31), "decade", "")),
])
def test_event_span_from_value(value, mod, expected):
    assert tuple(event_span_from_value(value, mod)) == expected


@pytest.mark.parametrize("value", ["PRESENT_REF", "PAST_REF", "FUTURE_REF", "P3M", "19",
                                   "XXXX-WXX-1", "XXXX-04", "2025-W99", "2025-W99-WE",
                                   "XXXX-07-04", ""])
def test_event_span_none(value):
    assert event_span_from_value(value) is None


@pytest.mark.parametrize("type_", ["DURATION", "SET"])
def test_event_span_none_for_durations_and_sets(type_):
    assert event_span(Timex(0, 4, "2025", type_, "2025", "")) is None


def test_event_span_accepts_timex():
    span = event_span(Timex(0, 10, "late April", "DATE", "2025-04", "END"))
    assert span == EventSpan(D(2025, 4, 21), D(2025, 4, 30), "month", "late")


@pytest.mark.parametrize("text,expected", [
    ("2025", (D(2025, 1, 1), D(2025, 12, 31), "year")),
    ("2025-04", (D(2025, 4, 1), D(2025, 4, 30), "month")),
    ("April 2025", (D(2025, 4, 1), D(2025, 4, 30), "month")),
    ("Apr 2025", (D(2025, 4, 1), D(2025, 4, 30), "month")),
    ("2025-04-25", (D(2025, 4, 25), D(2025, 4, 25), "day")),
    ("25 April 2025", (D(2025, 4, 25), D(2025, 4, 25), "day")),
    ("April 25, 2025", (D(2025, 4, 25), D(2025, 4, 25), "day")),
    ("Q3 2024", (D(2024, 7, 1), D(2024, 9, 30), "quarter")),
    ("2024 Q3", (D(2024, 7, 1), D(2024, 9, 30), "quarter")),
    ("since May 2025", (D(2025, 5, 1), D(2025, 5, 31), "month")),
    ("last month", (D(2025, 6, 1), D(2025, 6, 30), "month")),
    ("this week", (D(2025, 7, 14), D(2025, 7, 20), "week")),
    ("summer 2024", (D(2024, 6, 1), D(2024, 8, 31), "season")),
    ("the 1990s", (D(1990, 1, 1), D(1999, 12, 31), "decade")),
])
def test_parse_period(text, expected):
    span = parse_period(text, ANCHOR)
    assert (span.start, span.end, span.precision) == expected


@pytest.mark.parametrize("text", ["2025-13", "banana", "2025-02-30", "", "145%", "$2025"])
def test_parse_period_rejects(text):
    assert parse_period(text, ANCHOR) is None


def test_offsets_and_order():
    text = "Sales rose 5% in the third quarter of 2024, and on Friday the firm said so."
    found = find_timexes(text, ANCHOR)
    assert [t.text for t in found] == ["the third quarter of 2024", "Friday"]
    for t in found:
        assert text[t.start:t.end] == t.text
    assert found == sorted(found, key=lambda t: t.start)


def test_timex_is_immutable():
    t = Timex(0, 4, "2025", "DATE", "2025", "")
    with pytest.raises(AttributeError):
        t.value = "2026"


def test_no_django_and_no_clock_imports():
    import pathlib
    src = pathlib.Path(__file__).resolve().parents[2] / "timeline" / "extraction"
    for path in src.glob("*.py"):
        if path.name == "pages.py":
            continue
        code = path.read_text(encoding="utf-8")
        assert "import django" not in code and "from django" not in code, path
        assert ".today()" not in code and ".now()" not in code, path
