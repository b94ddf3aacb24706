"""Where articles come from: paths (files and folders), URLs and uploaded bytes, each told apart by content."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from . import dumps, feeds, pages, text, web
from .records import DEFAULTS, Article, Problem, ReadOptions

FEED_START = re.compile(rb"<(?:rss|feed|rdf:rdf)\b", re.IGNORECASE)
HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
TABLE_SUFFIXES = {".csv", ".tsv"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}


def read_paths(paths, options: ReadOptions = DEFAULTS) -> Iterator[Article | Problem]:
    """Every article in these files, folders (with their manifest.toml) and http(s) URLs, in a stable order."""
    for given in paths:
        if web.is_url(str(given)):
            yield from read_url(str(given), options)
            continue
        path = Path(given)
        if path.is_dir():
            yield from _read_folder(path, options)
        elif path.is_file():
            entries, problems = text.read_manifest(path.parent)
            yield from (p for p in problems if f"for {path.name} " in p.reason)
            yield from _read_file(path, entries, options)
        else:
            yield Problem(str(path), "no such file or folder")


def _read_folder(folder: Path, options: ReadOptions) -> Iterator[Article | Problem]:
    files = sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.name != text.MANIFEST_NAME and not any(part.startswith(".") for part in p.parts[-1:])
    )
    if not files:
        yield Problem(str(folder), "the folder holds no files to import")
        return
    manifests = {}
    for path in files:
        if path.parent not in manifests:
            entries, problems = text.read_manifest(path.parent)
            manifests[path.parent] = entries
            yield from problems
        yield from _read_file(path, manifests[path.parent], options)


def _read_file(path: Path, entries: dict, options: ReadOptions) -> Iterator[Article | Problem]:
    if entries.get(path.name, {}) is None:
        return  # its manifest entry is broken, which was reported with the manifest
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            yield Problem(str(path), f"{size:,} bytes, over the limit of {options.max_bytes:,} (--max-bytes)")
            return
        data = path.read_bytes()
    except OSError as error:
        yield Problem(str(path), f"cannot read ({error.strerror or error})")
        return
    yield from read_bytes(data, str(path), name=path.name, options=options, entry=entries.get(path.name))


def read_bytes(
    data: bytes, origin: str, *, name: str = "", url: str = "", options: ReadOptions = DEFAULTS,
    entry: dict | None = None, fetch=None,
) -> Iterator[Article | Problem]:
    """The articles in one input, whatever its format; `fetch` reads linked pages (feeds fetched from a URL)."""
    if len(data) > options.max_bytes:
        yield Problem(origin, f"{len(data):,} bytes, over the limit of {options.max_bytes:,}")
        return
    head = _head(data)
    # Markup opens the document; a text that only mentions "<html>" somewhere is still text.
    markup = head.lstrip().startswith(b"<")
    feed, page = (FEED_START.search(head), HTML_START.search(head)) if markup else (None, None)
    if _is_json(data, head, name):
        yield from dumps.read_json(data, origin, options)
    elif feed and (not page or feed.start() < page.start()):
        yield from feeds.read_feed(data, origin, fetch=fetch, options=options)
    elif page:
        yield from pages.read_page(data, origin, url=url or (entry or {}).get("url", ""))
    elif Path(name).suffix.lower() in TABLE_SUFFIXES:
        yield from dumps.read_csv(data, origin, options)
    else:
        yield from text.read_capture(data, origin, entry)


def read_url(url: str, options: ReadOptions = DEFAULTS) -> Iterator[Article | Problem]:
    try:
        fetched = web.fetch(url, options)
    except web.FetchError as error:
        yield Problem(url, str(error))
        return
    yield from read_bytes(
        fetched.data, url, name=fetched.url.rsplit("/", 1)[-1], url=fetched.url, options=options,
        fetch=lambda link: web.fetch(link, options),
    )


def _is_json(data: bytes, head: bytes, name: str) -> bool:
    """A file named as JSON is read as JSON (its errors reported); any other must parse as JSON, so a
    text capture that happens to open with "[Updated]" stays text."""
    if Path(name).suffix.lower() in JSON_SUFFIXES:
        return True
    if not dumps.looks_like_json(head.decode("latin-1")):
        return False
    try:
        lines = text.decode(data).lstrip()
    except text.Unreadable:
        return False
    for candidate in (lines.split("\n", 1)[0], lines):
        try:
            json.loads(candidate)
            return True
        except json.JSONDecodeError:
            continue
    return False


def _head(data: bytes) -> bytes:
    """The first bytes as ASCII-compatible bytes, whatever the encoding, for telling formats apart."""
    for bom, encoding in text.BOMS:
        if data.startswith(bom):
            return data[:4096].decode(encoding, errors="ignore").encode("utf-8", errors="ignore")
    if data[:2].count(b"\x00") == 1:  # UTF-16 without a mark
        encoding = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        return data[:4096].decode(encoding, errors="ignore").encode("utf-8", errors="ignore")
    return data[:4096]
