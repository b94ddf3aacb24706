"""Saved HTML pages: the article's main text, title and metadata (trafilatura), its publication date."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import trafilatura

from .records import Article, DateOrigin, Kind, Problem


def read_page(data: bytes, origin: str, url: str = "") -> Iterator[Article | Problem]:
    document = trafilatura.bare_extraction(
        data, url=url or None, with_metadata=True, include_comments=False, include_tables=False
    )
    if document is None or not (document.text or "").strip():
        yield Problem(origin, "no article text found on the page")
        return
    published = datetime.date.fromisoformat(document.date) if document.date else None
    yield Article(
        text=document.text,
        origin=origin,
        kind=Kind.PAGE,
        title=document.title or "",
        outlet=document.sitename or "",
        author=document.author or "",
        url=document.url or url,
        language=document.language or "",
        published=published,
        date_origin=DateOrigin.PAGE if published else None,
    )
