"""RSS 2.0, RSS 1.0 and Atom feeds: one article per item, dated by the item (feedparser).

An item's date keeps the offset the outlet wrote ("Mon, 24 Sep 2018 19:42:40 -0300"), so its day is the
outlet's; day and month names in other languages are read by dateparser. The text is the item's full
content where the feed carries it, otherwise its page fetched (when the feed itself came from a URL),
otherwise its summary, and at the very least its title.
"""

from __future__ import annotations

import datetime
import re
import warnings
import xml.sax
from collections.abc import Callable, Iterator

import dateparser
import feedparser
import lxml.etree
import lxml.html

from .dates import parse_moment
from .pages import read_page
from .records import DEFAULTS, Article, DateOrigin, Kind, Problem, ReadOptions
from .text import Unreadable, decode

BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
          "article", "figure", "figcaption", "pre", "table", "dd", "dt"}
XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?(encoding\s*=\s*[\"']([\w.:-]+)[\"'])?[^>]*\?>")
XML_DECLARATION_TEXT = re.compile(r"^\s*<\?xml[^>]*\?>")
UNREAD = ("script", "style", "iframe", "noscript", "object", "embed")


def _dateparser_handler(value: str):
    """feedparser's handler for dates its own parsers miss (other languages): UTC, as feedparser wants."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            moment = dateparser.parse(value, settings={"STRICT_PARSING": True, "TO_TIMEZONE": "UTC",
                                                       "RETURN_AS_TIMEZONE_AWARE": True})
        except (ValueError, OverflowError, TypeError):
            return None
    return moment.utctimetuple() if moment else None


feedparser.registerDateHandler(_dateparser_handler)


def read_feed(
    data: bytes, origin: str, fetch: Callable | None = None, options: ReadOptions = DEFAULTS
) -> Iterator[Article | Problem]:
    """The feed's items; `fetch(url)` (a feed read from a URL) fetches an item's page when the item has
    no full text."""
    try:
        feed = feedparser.parse(_utf8(data))
    except Unreadable as error:
        yield Problem(origin, str(error))
        return
    broken = feed.get("bozo_exception") if isinstance(feed.get("bozo_exception"), xml.sax.SAXException) else None
    if broken is not None:
        line = broken.getLineNumber() if isinstance(broken, xml.sax.SAXParseException) else None
        yield Problem(f"{origin}:{line}" if line else origin,
                      f"the feed is not well-formed XML ({broken.getMessage()})"
                      + (f"; the {len(feed.entries)} items read before or around it were kept" if feed.entries
                         else ""))
    if not feed.entries:
        if broken is None:
            yield Problem(origin, "no items in the feed" if feed.version else "not a feed that can be read")
        return
    outlet = " ".join(feed.feed.get("title", "").split())
    language = feed.feed.get("language", "")
    languages = _dateparser_languages(language)
    for number, entry in enumerate(feed.entries, 1):
        at = f"{origin} item {number}"
        title = " ".join(entry.get("title", "").split())
        link = entry.get("link") or (entry.get("id", "") if entry.get("guidislink") else "")
        text = _full_text(entry)
        author = entry.get("author", "")
        if not text and fetch and link:
            page = _fetched_page(fetch, link, at)
            if page:
                text, author = page.text, author or page.author
        text = text or _html_text(entry.get("summary", "")) or title
        if not text:
            yield Problem(at, "the item has no title and no text")
            continue
        published = _published(entry, languages)
        yield Article(
            text=text, origin=at, kind=Kind.FEED, title=title, outlet=outlet, author=author, url=link,
            language=language, published=published, date_origin=DateOrigin.FEED if published else None,
        )


def _utf8(data: bytes) -> bytes:
    """The feed as UTF-8 saying so: feedparser trusts a declaration, but not every feed has a true one (UTF-16
    without a mark, Latin-1 with no declaration)."""
    declared = XML_DECLARATION.search(data[:200].replace(b"\x00", b""))
    text = decode(data, declared=declared.group(2).decode("ascii") if declared and declared.group(2) else None)
    body = XML_DECLARATION_TEXT.sub("", text.lstrip("\ufeff"), count=1)
    return b'<?xml version="1.0" encoding="utf-8"?>' + body.encode("utf-8")  # same lines as the input


def _full_text(entry) -> str:
    """The item's full content (content:encoded, Atom content), when it says more than the summary."""
    summary = _html_text(entry.get("summary", ""))
    for content in entry.get("content") or []:
        text = _html_text(content.get("value", ""))
        if text and len(text) > len(summary):
            return text
    return ""


def _fetched_page(fetch: Callable, link: str, at: str) -> Article | None:
    try:
        fetched = fetch(link)
    except ValueError:  # the page could not be fetched: the item keeps its summary
        return None
    return next((page for page in read_page(fetched.data, at, url=fetched.url) if isinstance(page, Article)),
                None)


def _html_text(html: str) -> str:
    """The text of an HTML fragment, one paragraph a line."""
    if not html or not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return " ".join(html.split())
    for element in root.iter(*UNREAD):
        element.drop_tree()
    for element in root.iter():
        # Line breaks in the source are spaces; only <br> and block elements break lines.
        element.text, element.tail = _spaced(element.text), _spaced(element.tail)
        if element.tag == "br" or element.tag in BLOCKS:
            element.tail = "\n" + (element.tail or "")
        if element.tag in BLOCKS:
            element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _spaced(text: str | None) -> str | None:
    """Runs of whitespace, newlines included, as one space, keeping a space at either end."""
    if not text:
        return text
    words = " ".join(text.split())
    if not words:
        return " "
    return " " * text[0].isspace() + words + " " * text[-1].isspace()


def _dateparser_languages(language: str) -> list[str] | None:
    code = language.split("-")[0].lower()
    return [code, "en"] if code and code != "en" else None


def _published(entry, languages) -> datetime.date | datetime.datetime | None:
    """The item's publication moment in its own offset; feedparser's UTC reading when only it understood it."""
    for key in ("published", "created", "updated"):
        raw = entry.get(key)
        if not raw:
            continue
        moment = parse_moment(raw, languages)
        if moment:
            return moment
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return datetime.datetime(*parsed[:6], tzinfo=datetime.UTC)
    return None
