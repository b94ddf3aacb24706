"""Fetching http(s) URLs: a timeout, a size cap, a clear User-Agent, redirects followed; nothing else."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urldefrag, urlsplit

import courlan

from .records import ReadOptions

USER_AGENT = "timeline-importer/1.0 (+https://github.com/; reads news pages and feeds for a timeline)"


class FetchError(ValueError):
    pass


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    content_type: str


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def fetch(url: str, options: ReadOptions) -> Fetched:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("only http(s) URLs with a host are fetched")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=options.fetch_timeout) as response:
            data = response.read(options.max_bytes + 1)
            if len(data) > options.max_bytes:
                raise FetchError(f"the response is over the limit of {options.max_bytes:,} bytes")
            return Fetched(response.geturl(), data, response.headers.get("Content-Type", ""))
    except urllib.error.HTTPError as error:
        raise FetchError(f"HTTP {error.code} {error.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise FetchError(f"could not fetch ({getattr(error, 'reason', error)})") from None


def normalise_url(url: str) -> str:
    """The article's address in one spelling (scheme and host lower case, tracking parameters and fragment
    dropped), so the same article is recognised whichever link led to it; garbage gives ""."""
    if not is_url(url.strip()):
        return ""
    try:
        return urldefrag(courlan.normalize_url(url.strip())).url
    except ValueError:
        return ""
