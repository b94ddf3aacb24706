"""Saved HTML pages: the article's main text, title and metadata (trafilatura), its publication date.

The date comes from the page itself. A structured publication timestamp (JSON-LD `datePublished`, an
`article:published_time` meta tag, `itemprop="datePublished"`) is kept whole, in the zone the outlet wrote
it in, so its day is the outlet's day. Otherwise htmldate (through trafilatura) reads the URL, the header,
the byline and the text for the original date. A page that gives no whole date gets none: no year-only
guess, no copyright-notice 1 January.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator

import htmldate
import trafilatura
from htmldate.extractors import COMPLETE_URL

from .dates import parse_moment
from .records import Article, DateOrigin, Kind, Problem
from .text import Unreadable, decode
from .web import is_url

DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)
# Where outlets state the first publication, most specific first; update times are never read here.
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
    "article.published", "parsely-pub-date", "pubdate", "publishdate", "publish-date", "dc.date.issued",
    "dcterms.issued", "dcterms.created",
)
ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report|LiveBlogPosting|Posting", re.IGNORECASE)
ONE_DAY = datetime.timedelta(days=1)
TRAILING_HEADING = re.compile(
    r"(related|more|recommended|popular|trending|read (more|next)|see also|you (may|might) (also )?like)"
    r"( (stories|articles|news|posts|on this|from \w+( \w+)?|reading))?:?", re.IGNORECASE)
MIN_ARTICLE_WORDS = 10  # below this, what is left after the chrome is a menu or a caption, not an article
OFFSET_WEST, OFFSET_EAST = datetime.timedelta(hours=-10), datetime.timedelta(hours=14)


def read_page(data: bytes, origin: str, url: str = "") -> Iterator[Article | Problem]:
    try:
        html = decode(data, declared=_declared_charset(data))
    except Unreadable as error:
        yield Problem(origin, str(error))
        return
    tree = trafilatura.load_html(html)
    if tree is None:
        yield Problem(origin, "not an HTML page that can be read")
        return
    stamp = _structured_published(tree)
    document = trafilatura.bare_extraction(
        tree, url=url or None, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True, date_extraction_params={"extensive_search": True, "original_date": True},
    )
    title = " ".join((document.title or "").split()) if document else ""
    text = _article_text(document.text or "", title) if document else ""
    if len(text.split()) < MIN_ARTICLE_WORDS and document:
        # A photo or video page: its own summary is the only article text it has.
        text = document.description or _meta(tree, "description", "og:description", "twitter:description")
    words = len(text.split())
    if words < MIN_ARTICLE_WORDS:
        yield Problem(origin, "no article text found on the page"
                      + (f" (only {words} word{'s' * (words > 1)} outside menus and links)" if words else ""))
        return
    page_url = url or document.url or _canonical(tree)
    published = _published(stamp, _htmldate_day(tree, document.date, page_url), _url_day(page_url))
    yield Article(
        text=text,
        origin=origin,
        kind=Kind.PAGE,
        title=title,
        outlet=document.sitename if document.sitename and document.sitename != document.title else "",
        author=document.author or "",
        url=page_url,
        language=(document.language or _declared_language(tree)),
        published=published,
        date_origin=DateOrigin.PAGE if published else None,
    )


def _article_text(text: str, title: str) -> str:
    """The article's text without the headline many pages repeat as its first line, nor a "Related
    stories" heading left dangling at its end once the links under it are gone."""
    lines = [line for line in text.strip().split("\n") if line.strip()]
    if len(lines) > 1 and " ".join(lines[0].split()) == title:
        lines = lines[1:]
    while len(lines) > 1 and TRAILING_HEADING.fullmatch(lines[-1].strip()):
        lines = lines[:-1]
    return "\n".join(lines)


def _meta(tree, *names: str) -> str:
    for element in tree.iterfind(".//meta"):
        if (element.get("property") or element.get("name") or "").lower() in names and element.get("content"):
            return " ".join(element.get("content").split())
    return ""


def _canonical(tree) -> str:
    for link in tree.iterfind(".//link[@rel='canonical']"):
        if is_url(link.get("href") or ""):
            return link.get("href").strip()
    return _meta(tree, "og:url") if is_url(_meta(tree, "og:url")) else ""


def _declared_charset(data: bytes) -> str | None:
    found = DECLARED_CHARSET.search(data[:8192])
    return found.group(1).decode("ascii", "ignore") if found else None


def _declared_language(tree) -> str:
    return (tree.get("lang") or "").split("-")[0].lower()


def _structured_published(tree) -> datetime.date | datetime.datetime | None:
    """The publication moment the page states in machine-readable form, article metadata first."""
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, RecursionError):
            continue
        for item in _json_objects(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if item.get("datePublished") and any(ARTICLE_TYPES.search(str(k)) for k in kinds):
                moment = parse_moment(str(item["datePublished"]))
                if moment:
                    return moment
    metas = {}
    for element in tree.iterfind(".//meta"):
        name = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        if element.get("content") and name not in metas:
            metas[name] = element.get("content")
    for name in PUBLISHED_META:
        moment = parse_moment(metas.get(name, ""))
        if moment:
            return moment
    for element in tree.xpath(".//*[@itemprop='datePublished']|.//time[@pubdate]"):
        moment = parse_moment(element.get("datetime") or element.get("content") or "")
        if moment:
            return moment
    return None


def _json_objects(data) -> Iterator[dict]:
    """Every object in a JSON-LD block, @graph members and nested lists included."""
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            yield item
            stack.extend(v for k, v in item.items() if k == "@graph" or isinstance(v, list) and k != "@context")


def _htmldate_day(tree, found: str | None, url: str) -> datetime.date | None:
    """htmldate's original date, unless it is only a default it fell back to (a year's or month's first day)."""
    if not found:
        return None
    day = datetime.date.fromisoformat(found)
    if day.day == 1:
        # The extensive search ends with year-only and month-only guesses (a copyright notice becomes
        # 1 January); a first of the month must also be found without those guesses to count.
        strict = htmldate.find_date(tree, extensive_search=False, original_date=True, url=url or None)
        if strict != found:
            return None
    return day


def _url_day(url: str) -> datetime.date | None:
    found = COMPLETE_URL.search(url or "")
    if not found:
        return None
    try:
        return datetime.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def _published(stamp, day: datetime.date | None, url_day: datetime.date | None):
    """The structured timestamp where the page gives one, checked against the day in its URL and htmldate's.

    A URL is minted at first publication and never changes, while metadata is rewritten when a page is
    republished: a URL day far from the timestamp wins. A timestamp in UTC may fall on the outlet's next or
    previous day: when the page's other dates put it one day off, and an outlet's offset could do that,
    that local day wins.
    """
    if stamp is None:
        return day
    if not isinstance(stamp, datetime.datetime):
        return url_day if url_day and url_day != stamp else stamp
    other = url_day or day
    if other is None or other == stamp.date():
        return stamp
    if url_day and abs(url_day - stamp.date()) > ONE_DAY:
        return url_day
    if stamp.utcoffset() == datetime.timedelta(0) and other in _local_days(stamp):
        return other
    return stamp


def _local_days(stamp: datetime.datetime) -> set[datetime.date]:
    """The days a UTC moment can be somewhere an outlet publishes from (UTC-10 to UTC+14)."""
    return {(stamp + offset).date() for offset in (OFFSET_WEST, OFFSET_EAST)}
