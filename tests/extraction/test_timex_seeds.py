"""Required behaviour on sentences of the app's seed articles (seeds/*.txt).

Each case names a seed file, a fragment locating the sentence, the anchor
(publication date of the piece the sentence stands in) and the expected
timex text/value; the engine runs over the whole sentence.
"""

import datetime as dt
import pathlib
import re

import pytest

from timeline.extraction import event_span, find_timexes

SEEDS = pathlib.Path(__file__).resolve().parents[2] / "seeds"


def _sentence(prefix: str, fragment: str) -> str:
    path = next(SEEDS.glob(prefix + "_*.txt"))
    text = path.read_text(encoding="utf-8")
    i = text.index(fragment)
    starts = [m.end() for m in re.finditer(r"[.!?]\s+|\n", text[:i])]
    start = starts[-1] if starts else 0
    m = re.compile(r"[.!?](?=\s+[A-Z'\"])|\n").search(text, i + len(fragment))
    return text[start:m.end() if m else len(text)]


def _timex(sentence: str, anchor: dt.date, expr: str):
    found = [t for t in find_timexes(sentence, anchor) if t.text == expr]
    assert found, f"{expr!r} not found in {sentence!r}: {find_timexes(sentence, anchor)}"
    return found[0]


@pytest.mark.parametrize("seed,fragment,anchor,expr,value,mod", [
    ("000", "last month, after another meeting in Geneva", dt.date(2025, 6, 28),
     "last month", "2025-05", ""),
    ("000", "framework'' that Trump announced June 11", dt.date(2025, 6, 28),
     "June 11", "2025-06-11", ""),
    ("000", "racing against a July 8 deadline", dt.date(2025, 6, 28), "July 8", "2025-07-08", ""),
    ("000", "That pause lasts until July 8", dt.date(2025, 6, 28), "July 8", "2025-07-08", ""),
    ("000", "In April, the US further tightened", dt.date(2025, 5, 1), "April", "2025-04", ""),
    ("000", "revealed in January that it had built", dt.date(2025, 5, 1), "January", "2025-01", ""),
    ("000", "was there for four days in late April", dt.date(2025, 5, 1),
     "late April", "2025-04", "END"),
    ("000", "in the Zhejiang port city of Ningbo on April 25", dt.date(2025, 5, 1),
     "April 25", "2025-04-25", ""),
    ("000", "Zhejiang on April 23. PHOTO", dt.date(2025, 5, 1), "April 23", "2025-04-23", ""),
    ("002", "In a reversal this week", dt.date(2025, 7, 18), "this week", "2025-W29", ""),
    ("002", "In a Facebook post published over the weekend", dt.date(2025, 7, 21),
     "the weekend", "2025-W29-WE", ""),
    ("002", "After meeting his Chinese counterpart last week", dt.date(2025, 7, 18),
     "last week", "2025-W28", ""),
    ("002", "Xi Jinping later this year", dt.date(2025, 7, 18), "later this year", "2025", "END"),
    ("003", "by January 19 or risk a ban", dt.date(2024, 11, 22), "January 19", "2025-01-19", ""),
    ("003", "sidelines of the APEC summit on Saturday", dt.date(2024, 11, 22),
     "Saturday", "2024-11-16", ""),
    ("003", "the company announced on Thursday", dt.date(2024, 11, 22),
     "Thursday", "2024-11-21", ""),
    ("003", "will convene a hearing on Tuesday", dt.date(2024, 11, 22),
     "Tuesday", "2024-11-26", ""),
    ("003", "signed into law in April", dt.date(2024, 11, 22), "April", "2024-04", ""),
    ("003", "in the first half of 2024", dt.date(2024, 11, 22),
     "the first half of 2024", "2024-H1", ""),
    ("003", "in early 2025, despite", dt.date(2024, 11, 22), "early 2025", "2025", "START"),
    ("003", "scheme launching in December", dt.date(2024, 11, 22), "December", "2024-12", ""),
    ("003", "In October, China imported", dt.date(2024, 11, 22), "October", "2024-10", ""),
    ("003", "previous encounter in 2023", dt.date(2024, 11, 22), "2023", "2023", ""),
    ("003", "Last year, the Biden-Harris administration", dt.date(2024, 11, 22),
     "Last year", "2023", ""),
    ("003", "split into six business units last year", dt.date(2024, 11, 22),
     "last year", "2023", ""),
    ("004", "Jefferies analysts said in a note on Monday", dt.date(2020, 11, 10),
     "Monday", "2020-11-09", ""),
    ("004", "Beijing has in recent months announced", dt.date(2020, 11, 10),
     "recent months", "PAST_REF", ""),
    ("001", "On a government-organized trip this month", dt.date(2025, 6, 29),
     "this month", "2025-06", ""),
    ("001", "founded barely more than a year ago", dt.date(2025, 6, 29),
     "more than a year ago", "2024", "BEFORE"),
    # A bare weekday in past-tense narration is the latest one before the
    # anchor (a Saturday); "the July 8 deadline" describes its own date only.
    ("000", "Trump further played down the July 8 deadline", dt.date(2025, 6, 28),
     "Friday", "2025-06-27", ""),
    # A sentence opening with a year is about that year.
    ("000", "In 1777, they were used in Philadelphia", dt.date(2025, 6, 28),
     "Independence Day", "1777-07-04", ""),
    ("002", "crafts publicly four years back", dt.date(2025, 7, 21), "four years back", "2021", ""),
    ("003", "29% increase in the September quarter", dt.date(2024, 11, 22),
     "the September quarter", "2024-Q3", ""),
    # the coming ten years, not the calendar 2030s
    ("004", "innovation capabilities in the next decade", dt.date(2020, 11, 10),
     "the next decade", "P10Y", ""),
])
def test_seed_sentence(seed, fragment, anchor, expr, value, mod):
    t = _timex(_sentence(seed, fragment), anchor, expr)
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize("seed,fragment,anchor,forbidden", [
    ("000", "technology and innovation minister Sun Dong", dt.date(2025, 5, 1), "Sun"),
    ("000", "exporting Nvidia's lower-end H20 chip", dt.date(2025, 5, 1), "H20"),
    ("000", "as much as 145 per cent tariffs", dt.date(2025, 5, 1), "145"),
    ("000", "some 600 government and business leaders", dt.date(2025, 5, 1), "600"),
    ("001", "in its $19 trillion economy", dt.date(2025, 6, 29), "19"),
    ("004", "Copyright © 2024 Communications Today", dt.date(2020, 11, 10), "2024"),
    ("004", "Copyright © 2024 Communications Today", dt.date(2020, 11, 10), "Today"),
    ("003", "Huawei’s success in advancing its AI chips may shape", dt.date(2024, 11, 22), "may"),
    # generic uses: the season as a noun modifier, the present age, a name
    ("000", "fireworks are synonymous with the summer holiday", dt.date(2025, 6, 28), "summer"),
    ("000", "fireworks are synonymous with the summer holiday", dt.date(2025, 6, 28), "Now"),
    ("002", "they must be relevant in today's world", dt.date(2025, 7, 21), "today"),
    ("000", "the state-run China Daily published", dt.date(2025, 5, 1), "Daily"),
    # a holiday naming a kind of thing or of time, not a day
    ("002", "unique Chinese New Year zodiac animal decorations", dt.date(2025, 7, 21), "New Year"),
    ("002", "Outside of Chinese New Year, I would collaborate", dt.date(2025, 7, 21), "New Year"),
])
def test_seed_non_dates(seed, fragment, anchor, forbidden):
    sentence = _sentence(seed, fragment)
    assert all(forbidden not in t.text for t in find_timexes(sentence, anchor))


def test_two_year_old_is_never_a_date():
    # An age: no timex at all, or at most a DURATION.
    sentence = _sentence("000", "Zhejiang's two-year-old tech upstart")
    assert all(t.type == "DURATION" for t in find_timexes(sentence, dt.date(2025, 5, 1))
               if "year" in t.text)


def test_this_week_span():
    t = _timex("In a reversal this week, the White House said.", dt.date(2025, 7, 18), "this week")
    span = event_span(t)
    assert (span.start, span.end, span.precision) == (dt.date(2025, 7, 14), dt.date(2025, 7, 20),
                                                       "week")


def test_related_article_widget_line_does_not_crash():
    text = "10 hours ago 2\nChina Shows Off Tech Resilience"
    find_timexes(text, dt.date(2025, 6, 29))
