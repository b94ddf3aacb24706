"""The record every reader returns, whatever the input's format."""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass


class DateOrigin(enum.StrEnum):
    """How an article's publication date is known; the values are Source.DateOrigin's."""

    PAGE = "page"
    FEED = "feed"
    DUMP = "dump"
    MANIFEST = "manifest"
    INFERRED = "inferred"


class Kind(enum.StrEnum):
    CAPTURE = "text"  # a plain-text page capture, cleaned by extraction.pages.split_page
    PAGE = "page"
    FEED = "feed"
    DUMP = "dump"


@dataclass(frozen=True)
class Article:
    """One article as read, before anything is stored.

    `published` is a date, or an aware datetime in the outlet's own offset when the input gives a time:
    its `.date()` is then the outlet's local day. `origin` says where it came from for messages
    ("feeds/x.rss item 3", "dump.jsonl:12", a URL).
    """

    text: str
    origin: str
    kind: Kind
    title: str = ""
    outlet: str = ""
    author: str = ""
    url: str = ""
    language: str = ""
    published: datetime.date | datetime.datetime | None = None
    date_origin: DateOrigin | None = None
    captured: datetime.date | None = None

    @property
    def published_day(self) -> datetime.date | None:
        if isinstance(self.published, datetime.datetime):
            return self.published.date()
        return self.published


@dataclass(frozen=True)
class Problem:
    """An item that was not imported: where it is (path or URL, with its line where there is one) and why."""

    origin: str
    reason: str

    def __str__(self):
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True)
class ReadOptions:
    """What the user can tune about reading: dump field names, limits on what is read and fetched."""

    fields: tuple[tuple[str, str], ...] = ()  # (our field, the input's field), e.g. ("published", "pubDate")
    max_bytes: int = 20_000_000
    fetch_timeout: float = 20.0

    def field(self, name: str) -> str:
        return dict(self.fields).get(name, name)
DEFAULTS = ReadOptions()
