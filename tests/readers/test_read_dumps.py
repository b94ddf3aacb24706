"""Article dumps: JSON Lines, JSON arrays and CSV, with their fields renamed where an export names them otherwise."""

import datetime
import json

import pytest

from timeline.readers import Article, DateOrigin, Kind, Problem, ReadOptions
from timeline.readers.dumps import read_csv, read_json

BRIDGE = "The harbour bridge reopened on Tuesday. Engineers had closed it two years ago."


def jsonl(*items):
    return "\n".join(item if isinstance(item, str) else json.dumps(item) for item in items).encode("utf-8")


def test_json_lines_give_one_article_a_line_with_every_field():
    data = jsonl({"id": "a1", "url": "https://courier.example/bridge", "title": "Bridge reopens", "text": BRIDGE,
                  "published": "2021-03-02", "outlet": "The Coastal Courier", "author": "Ana Lima",
                  "language": "en"})
    (article,) = read_json(data, "dump.jsonl", ReadOptions())
    assert article == Article(
        text=BRIDGE, origin="dump.jsonl:1", kind=Kind.DUMP, title="Bridge reopens", outlet="The Coastal Courier",
        author="Ana Lima", url="https://courier.example/bridge", language="en",
        published=datetime.date(2021, 3, 2), date_origin=DateOrigin.DUMP,
    )


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2021-03-02", datetime.date(2021, 3, 2)),
        ("2021-03-02T23:30:00-05:00",
         datetime.datetime(2021, 3, 2, 23, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))),
        ("2021-03-02 23:30:00", datetime.date(2021, 3, 2)),
        ("Tue, 02 Mar 2021 23:30:00 -0500",
         datetime.datetime(2021, 3, 2, 23, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))),
        ("2 March 2021", datetime.date(2021, 3, 2)),
        ("1614745800", datetime.datetime(2021, 3, 3, 4, 30, tzinfo=datetime.UTC)),
        (None, None),
        ("", None),
    ],
)
def test_published_as_a_date_or_a_timestamp_keeping_its_offset(published, expected):
    (article,) = read_json(jsonl({"text": BRIDGE, "published": published}), "dump.jsonl", ReadOptions())
    assert article.published == expected
    assert article.date_origin == (DateOrigin.DUMP if expected else None)


def test_renamed_fields_are_mapped_with_options():
    options = ReadOptions(fields=(("text", "body"), ("published", "pubDate"), ("title", "headline")))
    data = jsonl({"body": BRIDGE, "pubDate": "2019-07-04", "headline": "Bridge reopens", "text": "not this"})
    (article,) = read_json(data, "export.jsonl", options)
    assert (article.text, article.title, article.published) == (BRIDGE, "Bridge reopens", datetime.date(2019, 7, 4))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (BRIDGE, "The harbour bridge reopened on Tuesday."),
        ("Short text without a full stop", "Short text without a full stop"),
        ("word " * 60, ("word " * 24).strip() + "\u2026"),
    ],
)
def test_a_missing_title_is_the_first_sentence_shortened(text, title):
    (article,) = read_json(jsonl({"text": text, "title": None}), "dump.jsonl", ReadOptions())
    assert article.title == title


def test_bad_lines_are_problems_with_their_line_and_the_rest_still_read():
    data = jsonl(
        {"text": BRIDGE},
        "[1, 2, 3]",
        '{"text": "broken',
        "",
        {"title": "No text here"},
        {"text": BRIDGE, "published": "next Tuesday-ish"},
        {"text": "The ferry timetable changes on Sunday."},
    )
    records = list(read_json(data, "dump.jsonl", ReadOptions()))
    assert [r.origin for r in records] == [f"dump.jsonl:{n}" for n in (1, 2, 3, 5, 6, 7)]
    assert [type(r) for r in records] == [Article, Problem, Problem, Problem, Problem, Article]
    assert "not a JSON object but list" in records[1].reason
    assert "not valid JSON" in records[2].reason
    assert "no text" in records[3].reason
    assert "'next Tuesday-ish' is not a date" in records[4].reason


def test_a_json_array_of_articles():
    data = json.dumps([{"text": BRIDGE}, "oops"]).encode("utf-8")
    article, problem = read_json(data, "dump.json", ReadOptions())
    assert article.text == BRIDGE
    assert problem.origin == "dump.json item 2"


def test_csv_with_a_header_and_a_row_without_text():
    data = (
        "title,text,published,url\n"
        f'Bridge reopens,"{BRIDGE}",2021-03-02,https://courier.example/bridge\n'
        "Empty,,2021-03-03,\n"
        '"Ferry, timetable","The ferry timetable changes\non Sunday.",2021-03-04,\n'
    ).encode("cp1252")
    first, problem, third = read_csv(data, "dump.csv", ReadOptions())
    assert (first.title, first.text, first.published) == ("Bridge reopens", BRIDGE, datetime.date(2021, 3, 2))
    assert problem.origin == "dump.csv:3" and "no text" in problem.reason
    assert third.text == "The ferry timetable changes\non Sunday."
    assert third.title == "Ferry, timetable"


def test_csv_with_semicolons_and_renamed_columns():
    data = "Überschrift;Inhalt;Datum\nBrücke offen;Die Brücke ist wieder offen.;02.03.2021\n".encode("latin-1")
    options = ReadOptions(fields=(("title", "Überschrift"), ("text", "Inhalt"), ("published", "Datum")))
    (article,) = read_csv(data, "export.csv", options)
    assert (article.title, article.text) == ("Brücke offen", "Die Brücke ist wieder offen.")
    assert article.published == datetime.date(2021, 3, 2)


def test_csv_without_a_text_column_says_how_to_name_it():
    (problem,) = read_csv(b"headline,body\nBridge,It reopened.\n", "dump.csv", ReadOptions())
    assert problem.origin == "dump.csv"
    assert "'text'" in problem.reason and "headline, body" in problem.reason and "--field text=" in problem.reason


@pytest.mark.parametrize(
    ("published", "expected"),
    [("02.03.2021", datetime.date(2021, 3, 2)), ("13/04/2021", datetime.date(2021, 4, 13)),
     ("04/13/2021", datetime.date(2021, 4, 13)), ("03/04/2021", None)],
)
def test_numeric_dates_are_read_only_when_they_read_one_way(published, expected):
    (record,) = read_json(jsonl({"text": BRIDGE, "published": published}), "dump.jsonl", ReadOptions())
    if expected:
        assert record.published == expected
    else:
        assert isinstance(record, Problem)
        assert "YYYY-MM-DD" in record.reason
