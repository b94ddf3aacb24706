"""Article dumps: JSON Lines (or a JSON array) of objects, and CSV with a header row.

Fields: id, url, title, text, published, outlet, author, language; only text is required. Other exports
name them otherwise: ReadOptions.fields maps ours to theirs.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator

from .dates import parse_moment
from .records import Article, DateOrigin, Kind, Problem, ReadOptions
from .text import Unreadable, decode

TITLE_CHARACTERS = 120
FIRST_SENTENCE = re.compile(r"\S.*?(?:[.!?](?=\s)|$)", re.DOTALL)
csv.field_size_limit(50_000_000)


def looks_like_json(text: str) -> bool:
    return text.lstrip()[:1] in ("{", "[")


def read_json(data: bytes, origin: str, options: ReadOptions) -> Iterator[Article | Problem]:
    try:
        text = decode(data)
    except Unreadable as error:
        yield Problem(origin, str(error))
        return
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except json.JSONDecodeError as error:
            yield Problem(f"{origin}:{error.lineno}", f"not valid JSON ({error.msg})")
            return
        yield from _articles(((n, item) for n, item in enumerate(items, 1)), origin, options, " item ")
        return
    try:
        document = json.loads(stripped)
    except json.JSONDecodeError:
        yield from _articles(_json_lines(text, origin), origin, options, ":")
        return
    # One JSON document: an article, or some other JSON (a config, a report) that is one problem, not one a line.
    if isinstance(document, dict) and options.field("text") not in document:
        yield Problem(origin, f"a JSON object without a {options.field('text')!r} field, not articles "
                      "(a dump is one article object a line, or an array of them)")
        return
    yield from _articles([(1, document)], origin, options, ":")


def _json_lines(text: str, origin: str) -> Iterator[tuple[int, object]]:
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as error:
            yield number, Problem(f"{origin}:{number}", f"not valid JSON ({error.msg})")


def read_csv(data: bytes, origin: str, options: ReadOptions) -> Iterator[Article | Problem]:
    try:
        text = decode(data)
    except Unreadable as error:
        yield Problem(origin, str(error))
        return
    try:
        dialect = csv.Sniffer().sniff(text[:5000], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = csv.DictReader(io.StringIO(text), dialect=dialect)
    if options.field("text") not in (rows.fieldnames or []):
        yield Problem(origin, f"the header has no {options.field('text')!r} column (it has: "
                      f"{', '.join(rows.fieldnames or []) or 'nothing'}); name it with --field text=COLUMN")
        return
    try:
        # Line numbers are the reader's: a quoted field may span lines.
        yield from _articles(((rows.line_num, row) for row in rows), origin, options, ":")
    except csv.Error as error:
        yield Problem(f"{origin}:{rows.line_num}", f"broken CSV ({error})")


def _articles(items: Iterable[tuple[int, object]], origin: str, options: ReadOptions, where: str):
    for number, item in items:
        at = f"{origin}{where}{number}"
        if isinstance(item, Problem):
            yield item
        elif not isinstance(item, dict):
            yield Problem(at, f"not a JSON object but {type(item).__name__}")
        else:
            yield _article(item, at, options)


def _article(item: dict, at: str, options: ReadOptions) -> Article | Problem:
    def field(name):
        value = item.get(options.field(name))
        return "" if value is None else str(value).strip()

    text = field("text")
    if not text:
        return Problem(at, f"no text (field {options.field('text')!r} is missing or empty)")
    published = field("published")
    day = parse_moment(published) if published else None
    if published and day is None:
        return Problem(at, f"published {published[:40]!r} is not a date or timestamp that reads one way only "
                       "(write it as YYYY-MM-DD or an ISO 8601 timestamp)")
    return Article(
        text=text.replace("\r\n", "\n"),
        origin=at,
        kind=Kind.DUMP,
        title=field("title") or first_sentence(text),
        outlet=field("outlet"),
        author=field("author"),
        url=field("url"),
        language=field("language"),
        published=day,
        date_origin=DateOrigin.DUMP if day else None,
    )


def first_sentence(text: str) -> str:
    """A title for an article that has none: its first sentence, cut at a word if long."""
    sentence = " ".join(FIRST_SENTENCE.match(text.strip()).group().split())
    if len(sentence) <= TITLE_CHARACTERS:
        return sentence
    return sentence[:TITLE_CHARACTERS].rsplit(" ", 1)[0] + "…"
