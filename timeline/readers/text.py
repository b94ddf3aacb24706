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
MANIFEST_HEADER = re.compile(r"[ \t]*\[\s*([\"']?)(?P<name>[^\"'\]]+)\1\s*\]")
# The legacy encodings text on the web and in newsroom exports actually comes in; left to itself the
# detector also weighs exotic code pages (HP Roman-8, DOS 850) that fit short text by accident.
WEB_ENCODINGS = [
    "cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "koi8_u", "cp1253", "cp1254", "cp1255",
    "cp1256", "cp1257", "cp1258", "cp874", "shift_jis", "euc_jp", "iso2022_jp", "gb18030",
    "big5", "euc_kr", "utf_16", "utf_32",
]
# Letters of French, German, Spanish, Portuguese, Italian, Dutch, Scandinavian languages and the
# punctuation of their typography; not the Icelandic thorn and eth, which the Turkish and Cyrillic code pages
# turn up when read as Windows-1252.
WESTERN_CHARACTERS = set(
    "àáâãäåæçèéêëìíîïñòóôõöøùúûüÿßœšžÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜŸŒŠŽ"
    "“”‘’‚„–—…€«»‹›°ºª¡¿·•©®™£¥§¶½¼¾±×÷\xa0\xad"
)
MANIFEST_FIELDS = {"title": str, "outlet": str, "url": str, "author": str, "language": str,
                   "published": datetime.date, "captured": datetime.date}


class Unreadable(ValueError):
    """The bytes are not text we can read; the message says why."""


def decode(data: bytes, declared: str | None = None) -> str:
    """The text of `data`: a byte-order mark or valid UTF-8 decide, then the encoding the input declares
    (when its bytes fit it), otherwise the likeliest encoding."""
    if not data.strip():
        raise Unreadable("empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"))
    if _unmarked_utf16(data):  # before UTF-8, which its NULs and ASCII would pass
        return _checked(data.decode(_unmarked_utf16(data), errors="replace"))
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    declared = _codec(declared)
    if declared:
        try:
            return _checked(data.decode(declared))
        except UnicodeDecodeError:
            pass
    western = _western(data)
    if western is not None:
        return _checked(western)
    candidates = list(charset_normalizer.from_bytes(data, cp_isolation=WEB_ENCODINGS))
    if not candidates:
        raise Unreadable("binary data, not text")
    return _checked(str(candidates[0]))


def _western(data: bytes) -> str | None:
    """The text as Windows-1252 (a superset of Latin-1), if every character outside ASCII it then has is one
    Western European languages write. That is the commonest legacy encoding by far, and the detector tends
    to mistake it for a Baltic or Central European code page, which also read as letters."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    foreign = [c for c in text if ord(c) > 127]
    if not foreign:
        return text
    western = sum(c in WESTERN_CHARACTERS for c in foreign)
    return text if western >= 0.98 * len(foreign) else None


def _codec(name: str | None) -> str | None:
    """The Python codec for a declared encoding; browsers read a declared Latin-1 as Windows-1252."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def _unmarked_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: text in Latin script has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    even, odd = sample[0::2], sample[1::2]
    if not sample or min(even.count(0), odd.count(0)) > 0:
        return None
    if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


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
    starts = [m.start() for m in re.finditer(r"^[ \t]*\[", text, re.MULTILINE)]
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        line = text.count("\n", 0, start) + 1
        try:
            table = tomllib.loads(text[start:end])
        except tomllib.TOMLDecodeError as error:
            problems.append(Problem(f"{path}:{line}", f"manifest entry skipped: {error}"))
            if header := MANIFEST_HEADER.match(text, start):
                entries[header["name"]] = None  # its file is skipped too, rather than imported without its facts
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
