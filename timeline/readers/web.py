"""Fetching http(s) URLs: a timeout, a size cap, a clear User-Agent, redirects followed; nothing else.

The size cap is checked while the body streams in, so an endless or 2 GB response costs at most the cap;
the timeout bounds the connection and every read, and the whole download gets a few times that.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import courlan
from courlan.clean import normalize_url, scrub_url

from .records import DEFAULTS, ReadOptions

USER_AGENT = "timeline-importer/1.0 (reads news pages and feeds into a timeline of dated events)"
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
WHOLE_DOWNLOAD = 3  # times the timeout a whole download may take, however steadily it trickles


class FetchError(ValueError):
    """The URL could not be fetched; the message says why, for the import's report."""


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    content_type: str


def is_url(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://"))


def checked_url(url: str) -> str:
    """The URL, whitespace and markup scrubbed, if it is an http(s) URL with a host; FetchError otherwise."""
    cleaned = scrub_url(url or "")
    parts = urlsplit(cleaned) if courlan.is_valid_url(cleaned) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"not an http(s) URL with a host: {url[:200]!r}")
    return cleaned


def normalise_url(url: str) -> str:
    """The URL as an article's identity: host lower-cased, default port, fragment and tracking parameters
    (utm_*, fbclid, …) dropped, query sorted; "" for anything that is not an http(s) URL."""
    try:
        cleaned = checked_url(url)
        normal = urlsplit(normalize_url(cleaned, strict=False))
    except (FetchError, ValueError, AttributeError):
        return ""
    return urlunsplit(normal._replace(fragment=""))


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def http_error_302(self, req, fp, code, msg, headers):
        target = urljoin(req.full_url, headers.get("Location") or headers.get("URI") or "")
        try:
            checked_url(target)
        except FetchError:
            raise FetchError(f"redirected to {target[:200]!r}, which is not fetched") from None
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


_opener = urllib.request.build_opener(_Redirects)


def fetch(url: str, options: ReadOptions = DEFAULTS) -> Fetched:
    """The body of an http(s) URL after redirects; FetchError for anything else, with a reason to show."""
    request = urllib.request.Request(
        checked_url(url), headers={"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "identity"}
    )
    timeout = options.fetch_timeout
    try:
        with _opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > options.max_bytes:
                raise FetchError(_too_big(int(declared), options))
            data = _body(response, options, time.monotonic() + WHOLE_DOWNLOAD * timeout)
            return Fetched(response.geturl(), data, response.headers.get("Content-Type", ""))
    except urllib.error.HTTPError as error:
        if error.code in (301, 302, 303, 307, 308):
            raise FetchError(f"more than {MAX_REDIRECTS} redirects (HTTP {error.code})") from None
        raise FetchError(f"HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise FetchError(f"no answer within {timeout:g} s (timed out)") from None
        raise FetchError(f"could not connect ({error.reason})") from None
    except TimeoutError:
        raise FetchError(f"no answer within {timeout:g} s (timed out)") from None
    except (http.client.HTTPException, OSError) as error:
        raise FetchError(f"the connection failed ({error.__class__.__name__}: {error})") from None


def _body(response, options: ReadOptions, deadline: float) -> bytes:
    chunks, size = [], 0
    while chunk := response.read1(CHUNK):  # what has arrived, so a trickle cannot outlast the deadline
        size += len(chunk)
        if size > options.max_bytes:
            raise FetchError(_too_big(size, options, streamed=True))
        if time.monotonic() > deadline:
            raise FetchError(f"the download took over {WHOLE_DOWNLOAD * options.fetch_timeout:g} s (timed out)")
        chunks.append(chunk)
    return b"".join(chunks)


def _too_big(size: int, options: ReadOptions, streamed: bool = False) -> str:
    told = f"over {options.max_bytes:,} bytes read" if streamed else f"{size:,} bytes announced"
    return f"the response is too large ({told}; the limit is {options.max_bytes:,} bytes, --max-bytes)"
