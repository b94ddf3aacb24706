"""Real sentences of the TempEval-3 newswire (TimeBank, AQUAINT), each with its document's publication date
as the anchor. The sentences are read from the shared corpus at test time (by document, offset and length in
its text with the markup removed), so none of its text is copied here; without ../shared the tests skip.

The expected values are our own reading of each sentence, not the corpus's annotations (which disagree with
the text in places). The xfail cases are readings the engine still gets wrong.
"""

import datetime as dt
import functools
import html
import re
from pathlib import Path

import pytest

from timeline.extraction import find_timexes

D = dt.date
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"


@functools.cache
def document_text(name):
    raw = (CORPUS / name).read_text(encoding="utf-8")
    text = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", text)))


def sentence(name, start, length):
    if not CORPUS.is_dir():
        pytest.skip(f"the TempEval-3 corpus is not at {CORPUS} (shared files)")
    return document_text(name)[start : start + length]


@pytest.mark.parametrize(
    "document,start,length,anchor,expected",
    [
        ("TimeBank/AP900816-0139.tml", 704, 186, D(1990, 8, 16), [("Thursday", "DATE", "1990-08-16")]),
        ("TimeBank/APW19980306.1001.tml", 2468, 173, D(1998, 3, 6), [("Thursday", "DATE", "1998-03-05")]),
        ("TimeBank/SJMN91-06338157.tml", 1491, 74, D(1991, 12, 3), [("Monday", "DATE", "1991-12-02")]),
        ("TimeBank/wsj_0810.tml", 3211, 123, D(1989, 10, 27), [("Monday", "DATE", "1989-10-23")]),
        ("AQUAINT/APW19990410.0123.tml", 233, 99, D(1999, 4, 10), [("Friday", "DATE", "1999-04-09")]),
        (
            "AQUAINT/APW199980817.1193.tml",
            2415,
            182,
            D(1998, 8, 17),
            [("the weekend", "DATE", "1998-W33-WE"), ("Monday", "DATE", "1998-08-17")],
        ),
        (
            "AQUAINT/APW20000417.0031.tml",
            3846,
            130,
            D(2000, 4, 17),
            [("Sunday", "DATE", "2000-04-16"), ("Easter week", "DATE", "2000-W16")],
        ),
        ("TimeBank/WSJ900813-0157.tml", 2035, 107, D(1990, 8, 13), [("yesterday", "DATE", "1990-08-12")]),
        (
            "TimeBank/PRI19980303.2000.2550.tml",
            1,
            149,
            D(1998, 3, 3),
            [("Tomorrow", "DATE", "1998-03-04"), ("now", "DATE", "PRESENT_REF")],
        ),
        (
            "TimeBank/APW19980227.0489.tml",
            29,
            164,
            D(1998, 2, 27),
            [("Friday", "DATE", "1998-02-27"), ("nearly four years ago", "DATE", "1994")],
        ),
        (
            "TimeBank/wsj_0127.tml",
            465,
            121,
            D(1989, 11, 2),
            [("this year", "DATE", "1989"), ("last year", "DATE", "1988")],
        ),
        ("TimeBank/APW19980213.1310.tml", 207, 189, D(1998, 2, 13), [("next year", "DATE", "1999")]),
        ("TimeBank/wsj_0316.tml", 574, 198, D(1989, 11, 1), [("early next year", "DATE", "1990")]),
        ("TimeBank/wsj_0175.tml", 182, 147, D(1989, 11, 2), [("later this month", "DATE", "1989-11")]),
        ("TimeBank/wsj_0189.tml", 864, 143, D(1989, 11, 2), [("the next year or so", "DATE", "1990")]),
        ("TimeBank/WSJ900813-0157.tml", 8580, 94, D(1990, 8, 13), [("the end of the month", "DATE", "1990-08")]),
        ("TimeBank/wsj_0157.tml", 641, 92, D(1989, 11, 2), [("five years", "DATE", "1994")]),
        (
            "TimeBank/wsj_0124.tml",
            420,
            158,
            D(1989, 11, 2),
            [("third-quarter", "DATE", "1989-Q3"), ("a year earlier", "DATE", "1988-Q3")],
        ),
        ("TimeBank/CNN19980126.1600.1104.tml", 289, 91, D(1998, 1, 26), [("the fourth quarter", "DATE", "1997-Q4")]),
        ("TimeBank/wsj_0136.tml", 275, 97, D(1989, 11, 2), [("fiscal 1988", "DATE", "1988")]),
        (
            "TimeBank/wsj_0189.tml",
            369,
            124,
            D(1989, 11, 2),
            [("the year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "1989-09-30")],
        ),
        (
            "TimeBank/wsj_0662.tml",
            646,
            86,
            D(1989, 10, 30),
            [("the quarter", "DATE", "1989-Q2"), ("July 31", "DATE", "1989-07-31")],
        ),
        ("TimeBank/APW19980418.0210.tml", 467, 88, D(1998, 4, 18), [("May 26, 1980", "DATE", "1980-05-26")]),
        (
            "TimeBank/CNN19980227.2130.0067.tml",
            327,
            30,
            D(1998, 2, 27),
            [("January nineteen ninety-seven", "DATE", "1997-01")],
        ),
        ("TimeBank/wsj_0152.tml", 1, 112, D(1989, 11, 2), [("5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00")]),
        (
            "TimeBank/ABC19980108.1830.0711.tml",
            1462,
            151,
            D(1998, 1, 8),
            [("the past three months", "DURATION", "P3M")],
        ),
        (
            "TimeBank/VOA19980305.1800.2603.tml",
            753,
            154,
            D(1998, 3, 5),
            [("the past twenty years", "DURATION", "P20Y")],
        ),
        ("TimeBank/CNN19980227.2130.0067.tml", 935, 99, D(1998, 2, 27), []),
        pytest.param(
            "TimeBank/VOA19980331.1700.1533.tml",
            1684,
            73,
            D(1998, 3, 31),
            [("a year or two", "DATE", "FUTURE_REF")],
            marks=pytest.mark.xfail(strict=True, reason="modal 'may' is not read as pointing ahead"),
        ),
        pytest.param(
            "TimeBank/wsj_0709.tml",
            187,
            97,
            D(1989, 10, 27),
            [("December", "DATE", "1988-12")],
            marks=pytest.mark.xfail(strict=True, reason="a December two months ahead outweighs the past tense"),
        ),
    ],
)
def test_corpus_sentence(document, start, length, anchor, expected):
    found = find_timexes(sentence(document, start, length), anchor)
    assert [(t.text, t.type, t.value) for t in found] == expected


def test_periods_without_a_unit_are_no_past_ref():
    text = sentence("TimeBank/APW19980322.0749.tml", 2463, 158)
    assert text.endswith("for the past three summers.")
    assert [t.value for t in find_timexes(text, D(1998, 3, 22))] == []
