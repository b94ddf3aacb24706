"""RSS 2.0, RSS 1.0 and Atom feeds: one article per item, dated by the item (feedparser)."""

from __future__ import annotations

import datetime
import email.utils
from collections.abc import Iterator

import feedparser
import lxml.html

from .records import DEFAULTS, Article, DateOrigin, Kind, Problem, ReadOptions


def read_feed(
    data: bytes, origin: str, fetch=None, options: ReadOptions = DEFAULTS
) -> Iterator[Article | Problem]:
    feed = feedparser.parse(data)
    if not feed.entries:
        yield Problem(origin, f"no items in the feed ({feed.get('bozo_exception') or 'empty'})")
        return
    outlet = feed.feed.get("title", "")
    for number, entry in enumerate(feed.entries, 1):
        at = f"{origin} item {number}"
        html = (entry.get("content") or [{}])[0].get("value") or entry.get("summary", "")
        text = _text(html)
        if not text:
            yield Problem(at, "the item has no text")
            continue
        published = _published(entry)
        yield Article(
            text=text, origin=at, kind=Kind.FEED, title=entry.get("title", ""), outlet=outlet,
            author=entry.get("author", ""), url=entry.get("link", ""), language=feed.feed.get("language", ""),
            published=published, date_origin=DateOrigin.FEED if published else None,
        )


def _text(html: str) -> str:
    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    blocks = [" ".join(p.text_content().split()) for p in root.iter("p")] or [" ".join(root.text_content().split())]
    return "\n".join(b for b in blocks if b)


def _published(entry) -> datetime.datetime | None:
    raw = entry.get("published") or entry.get("updated")
    if not raw:
        return None
    try:
        return email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        try:
            return datetime.datetime.fromisoformat(raw)
        except ValueError:
            return None
