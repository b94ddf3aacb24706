"""Bytes to text in whatever encoding they came in, and plain-text page captures with their manifest."""

from __future__ import annotations

import codecs
import datetime
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import charset_normalizer

from .records import Article, DateOrigin, Kind, Problem

MANIFEST_NAME = "manifest.toml"
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MANIFEST_FIELDS = {"title": str, "outlet": str, "url": str, "author": str, "language": str,
                   "published": datetime.date, "captured": datetime.date}


class Unreadable(ValueError):
    """The bytes are not text we can read; the message says why."""


def decode(data: bytes) -> str:
    """The text of `data`: a byte-order mark or valid UTF-8 decide, otherwise the likeliest encoding."""
    if not data.strip():
        raise Unreadable("empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"))
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    candidates = list(charset_normalizer.from_bytes(data))
    if not candidates:
        raise Unreadable("binary data, not text")
    best = candidates[0]
    # Short Western text fits several legacy code pages equally well; Windows-1252 (a superset of
    # Latin-1) is by far the commonest of them, so it wins a tie.
    western = next((c for c in candidates if c.encoding == "cp1252" and c.chaos <= best.chaos), None)
    return _checked(str(western or best))


def _checked(text: str) -> str:
    if "\x00" in text:
        raise Unreadable(f"binary data, not text (NUL character at offset {text.index(chr(0))})")
    if not text.strip():
        raise Unreadable("empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_capture(data: bytes, origin: str, entry: dict | None = None) -> Iterator[Article | Problem]:
    """A plain-text capture of a page; `entry` is its manifest entry (already checked), if any."""
    try:
        text = decode(data)
    except Unreadable as error:
        yield Problem(origin, str(error))
        return
    entry = entry or {}
    published = entry.get("published")
    yield Article(
        text=text,
        origin=origin,
        kind=Kind.CAPTURE,
        title=entry.get("title", ""),
        outlet=entry.get("outlet", ""),
        author=entry.get("author", ""),
        url=entry.get("url", ""),
        language=entry.get("language", ""),
        published=published,
        date_origin=DateOrigin.MANIFEST if published else None,
        captured=entry.get("captured"),
    )


def read_manifest(folder: Path) -> tuple[dict[str, dict], list[Problem]]:
    """Each file's entry in the folder's manifest.toml, and the entries that could not be read.

    Entries are parsed one by one, so a mistyped date spoils only its own entry, not the whole folder.
    """
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}, []
    try:
        text = decode(path.read_bytes())
    except (OSError, Unreadable) as error:
        return {}, [Problem(str(path), f"manifest not read: {error}")]
    entries, problems = {}, []
    starts = [m.start() for m in re.finditer(r"^\s*\[", text, re.MULTILINE)]
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        line = text.count("\n", 0, start) + 1
        try:
            table = tomllib.loads(text[start:end])
        except tomllib.TOMLDecodeError as error:
            problems.append(Problem(f"{path}:{line}", f"manifest entry skipped: {error}"))
            continue
        for name, entry in table.items():
            if not isinstance(entry, dict):
                continue
            try:
                entries[name] = _checked_entry(entry)
            except ValueError as error:
                problems.append(Problem(f"{path}:{line}", f"manifest entry for {name} skipped: {error}"))
                entries[name] = None
    return entries, problems


def _checked_entry(entry: dict) -> dict:
    checked = {}
    for name, kind in MANIFEST_FIELDS.items():
        value = entry.get(name)
        if value is None:
            continue
        if kind is datetime.date and isinstance(value, str):
            try:
                value = datetime.date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"{name} {value!r} is not a date (YYYY-MM-DD)") from None
        if name == "captured" and isinstance(value, datetime.datetime):
            value = value.date()
        if not isinstance(value, kind):
            raise ValueError(f"{name} should be a {kind.__name__}, not {value!r}")
        checked[name] = value
    return checked
