"""Turn raw news page captures into cleaned article pieces, passages and sentences.

Captures saved from news sites and aggregators mix the article with page chrome
(paywalls, newsletter prompts, comment and share widgets, photo credits) and often
append "related" articles below it, each introduced by an "N hours ago" line.
Everything here is pure and standard-library only, so it can run outside Django.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from .furniture import stamps


@dataclass(frozen=True)
class Piece:
    title: str
    text: str
    published: date
    age_label: str = ""
    outlet: str = ""


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


# --- sentences -------------------------------------------------------------------------

# Closing quotes/brackets after the stop belong to the sentence they close.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'’”»)\]]*(?=\s|$)")
# Words that, abbreviated, are followed by the rest of their own sentence.
_TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov", "gen", "lt", "col", "maj",
    "sgt", "capt", "cmdr", "adm", "st", "mt", "ft", "vs", "approx",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})
# Abbreviations only before a number: "No. 2" but "He said no. Then ...".
_NUMBERED = frozenset({"no", "nos", "fig", "figs", "vol", "art"})
# Abbreviations that often end a sentence too ("... from Walmart Inc. The deal ...").
_SUFFIXES = frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "bros", "jr", "sr"})
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # U.S / a.m / D.C, final dot excluded
# After an ambiguous abbreviation only these openers are taken as a new sentence:
# "U.S. Treasury" continues, "the U.S. The deal" does not.
_OPENERS = frozenset({
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on",
    "at", "this", "that", "these", "those", "its", "their", "his", "her", "however",
    "meanwhile", "still", "yet", "so", "there", "some", "many", "if", "when", "while",
    "after", "before", "as",
})


def _ends_sentence(text: str, stop: re.Match) -> bool:
    # Only the words either side of the stop matter; bounded slices keep a
    # paragraph of thousands of sentences linear to split.
    following = text[stop.end():stop.end() + 200].lstrip().lstrip("\"'‘“(")
    if not following:
        return True
    if following[0].islower():
        return False
    if text[stop.start()] != ".":
        return True
    word = re.search(r"[\w.]*$", text[max(0, stop.start() - 100):stop.start()]).group()
    if len(word) == 1 and word.isupper():  # an initial, as in "John F. Kennedy"
        return False
    if word.lower() in _TITLES:
        return False
    if word.lower() in _NUMBERED:
        return not following[0].isdigit()
    if word.lower() in _SUFFIXES or _DOTTED.fullmatch(word):
        return following.split()[0].strip(",;:").lower() in _OPENERS
    return True


def _add_span(spans: list[Span], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        begin = start + len(chunk) - len(chunk.lstrip())
        spans.append(Span(begin, begin + len(stripped), stripped))


def split_sentences(text: str) -> list[Span]:
    """Sentences of text; a dateline or update stamp is a span of its own, so the sentence after it
    starts clean."""
    spans: list[Span] = []
    start = 0
    bounds = sorted({stop.end() for stop in _SENTENCE_END.finditer(text) if _ends_sentence(text, stop)}
                    | {edge for stamp in stamps(text) for edge in stamp})
    for bound in bounds:
        _add_span(spans, text, start, bound)
        start = max(start, bound)
    _add_span(spans, text, start, len(text))
    return spans


def split_passages(text: str) -> list[Span]:
    """One span per line of text: split_page emits one paragraph per line (blank lines
    between), and raw captures likewise put each paragraph on a line of its own."""
    spans: list[Span] = []
    for line in re.finditer(r"[^\n]+", text):
        _add_span(spans, text, line.start(), line.end())
    return spans


# --- boilerplate -----------------------------------------------------------------------

# Calls to action and site notices. Matched per sentence, so they are phrased as the
# site addresses its reader, to spare news sentences that mention subscribers or logins.
_PROMO_PHRASES = (
    r"\bsubscribe (?:now|today|to (?:read|unlock|continue|our|get))",
    r"\bsubscribers? only\b",
    r"\b(?:sign|log) ?in (?:to|or)\b",
    r"\bsign up (?:for|to|now)\b",
    r"\bcreate an account\b",
    r"\b(?:register )?to unlock\b",
    r"\bfree to read\b",
    r"\breading experience\b",
    r"\bby signing up\b",
    r"\bto your inbox\b",
    r"\bdelivered to you\b",
    r"\b(?:telegram|whatsapp) channel\b",
    r"\bfollow (?:us|[\w'’ ]{1,40}) on (?:google news|twitter|facebook|instagram|linkedin|x)\b",
    r"\bclick (?:here|to \w+|the \w+ button)\b",
    r"\bno comments yet\b|\bpost a comment\b|\bleave a (?:reply|comment)\b",
    r"\bjoin the conversation\b",
    r"\bcopyright\s*(?:©|\(c\)|\d{4})|©|\ball rights reserved\b",
    r"\bcontent is protected\b",
    r"\berror (?:in )?(?:retrieving|loading)\b",
    r"^read (?:more|also|next|entire article)\b",
    r"\bearn (?:a|an affiliate) commission\b",
    r"\b(?:we|this site) uses? cookies\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings)\b",
    r"\btry our ai\b|\bwhat .{1,30} can do for you\b",
    r"\bdownload (?:the|our) app\b",
)
_PROMO = re.compile("|".join(_PROMO_PHRASES), re.IGNORECASE)
# Widget labels, possibly with a counter ("Comments (12)").
_WIDGET = re.compile(
    r"^(?:related (?:articles|stories|content|news)|hashtags|tags|comments?|share(?: this)?"
    r"|sign (?:up|in)|log ?in|register|subscribe|advertisement|leave a (?:reply|comment)"
    r"|connect with us|follow us|most (?:read|popular)|top stories|you may also like"
    r"|recommended(?: for you)?)(?:\s*\(?\d+\)?)?$",
    re.IGNORECASE,
)
_AGE = re.compile(r"^(an?|one|\d+)\s+(second|minute|min|hour|hr|day|week)s?\s+ago$", re.IGNORECASE)
# Timestamps with share/comment counters ("10 hours ago 2") that are not piece headers.
_AGE_WIDGET = re.compile(r"^(?:an?|\d+)\s+\w+\s+ago\b[\s\d]*$", re.IGNORECASE)
_CREDIT = re.compile(r"\b(?:PHOTO|IMAGE|Photo|Image)\s*:|\bPhotographer:|\bPhoto by\b|\bGetty Images\b")
_BULLET = re.compile(r"^[•·▪●◦*\-–—]\s")
_ATTRIBUTION = re.compile(r"^[-–—]\s*\S+(?:\s+\S+){0,3}$")  # "- Yahoo" under a timestamp
_CMS_TOKEN = re.compile(r"\[\[[^\]]*\]\]")  # unexpanded embeds such as "[[nid:720394]]"
_TERMINAL = re.compile(r"[.!?:;…\"'’”)\]]$")
_UNITS = {
    "second": timedelta(seconds=1),
    "minute": timedelta(minutes=1),
    "min": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "hr": timedelta(hours=1),
    "day": timedelta(days=1),
    "week": timedelta(weeks=1),
}
_TITLE_WINDOW = 10  # navigation and section labels above a headline are never this long
_QUOTES = str.maketrans("‘’‛“”„–—", "'''\"\"\"--")


def _is_widget(line: str, repeats: Counter) -> bool:
    return bool(
        (repeats[line] >= 3 and len(line.split()) < 10)  # "Article content" between paragraphs
        or _WIDGET.match(line)
        or _AGE_WIDGET.match(line)
        or _CREDIT.search(line)
    )


def _is_chrome(line: str, repeats: Counter) -> bool:
    # A fragment this short, without sentence punctuation or a number, cannot report a
    # datable event: in captures these are outlet names, section labels and buttons.
    fragment = len(line.split()) <= 4 and not _TERMINAL.search(line) and not re.search(r"\d", line)
    return fragment or _is_widget(line, repeats)


def _clean_line(line: str) -> str:
    """Drop promotional sentences that the capture glued onto article text."""
    line = _CMS_TOKEN.sub("", line)
    return " ".join(s.text for s in split_sentences(line) if not _PROMO.search(s.text))


def _paragraphs(lines: list[str], repeats: Counter) -> list[str]:
    paragraphs: list[str] = []
    lead_in_dropped = False
    for line in lines:
        if not line:
            continue
        bullet = bool(_BULLET.match(line))
        # A list belongs to the line that introduced it: bullets under a paywall
        # prompt are a sales pitch however innocent each one looks.
        if bullet and lead_in_dropped:
            continue
        cleaned = "" if _is_chrome(line, repeats) else _clean_line(line)
        if not bullet:
            lead_in_dropped = not cleaned
        if not cleaned:
            continue
        # Captures sometimes break a paragraph mid-sentence across lines.
        if paragraphs and not _TERMINAL.search(paragraphs[-1]) and cleaned[0].islower():
            paragraphs[-1] += " " + cleaned
        else:
            paragraphs.append(cleaned)
    return paragraphs


def _normalised(text: str) -> str:
    return " ".join(text.translate(_QUOTES).casefold().split())


def _find_title(lines: list[str], title: str, repeats: Counter) -> tuple[int, str]:
    """Return where the article body starts and its title; anything above the headline
    is navigation."""
    leading = [i for i, line in enumerate(lines) if line][:_TITLE_WINDOW]
    if title:
        wanted = _normalised(title)
        for i in leading:
            if _normalised(lines[i]) == wanted:
                return i + 1, title
        return 0, title
    # Without a known title, the headline is the last non-widget line above the first
    # sentence; short labels above it ("Connect with us", a section name) look the same.
    body = next((n for n, i in enumerate(leading) if _is_sentence(lines[i])), 0)
    for i in reversed(leading[:body]):
        if not _is_widget(lines[i], repeats):
            return i + 1, lines[i]
    return 0, ""


def _is_sentence(line: str) -> bool:
    # Headlines drop the full stop; "?" is left out because headlines often ask.
    return bool(re.search(r"[.!…][\"'’”)]*$", line))


def _published_before(reference: date, age_label: str) -> date:
    count, unit = _AGE.match(age_label).groups()
    amount = 1 if count.lower() in ("a", "an", "one") else int(count)
    # The capture's time of day is unknown; taking the end of the day keeps anything
    # younger than a day on the capture date.
    return (datetime.combine(reference, time.max) - amount * _UNITS[unit.lower()]).date()


def split_page(
    raw: str, published: date, captured: date | None = None, title: str = ""
) -> list[Piece]:
    """Split a capture into its main article followed by any appended related pieces.

    Related pieces are dated `captured` (or `published` when the capture date is
    unknown) minus the age on their "N hours ago" line.
    """
    lines = [line.strip() for line in raw.splitlines()]
    repeats = Counter(lines)
    start, title = _find_title(lines, title, repeats)
    blocks: list[tuple[str, str, str, list[str]]] = [("", title, "", [])]
    i = start
    while i < len(lines):
        line = lines[i]
        i += 1
        # A timestamp before the main article has any text dates the main article itself.
        if _AGE.match(line) and (len(blocks) > 1 or _paragraphs(blocks[0][3], repeats)):
            outlet = ""
            while i < len(lines) and (not lines[i] or _ATTRIBUTION.match(lines[i])):
                outlet = lines[i].lstrip("-–— ") or outlet
                i += 1
            piece_title = lines[i] if i < len(lines) else ""
            i += 1
            blocks.append((line, piece_title, outlet, []))
        else:
            blocks[-1][3].append(line)

    reference = captured or published
    pieces = []
    for age_label, piece_title, outlet, body in blocks:
        text = "\n\n".join(_paragraphs(body, repeats))
        if not age_label:
            pieces.append(Piece(piece_title, text, published))
        elif text:
            published_before = _published_before(reference, age_label)
            pieces.append(Piece(piece_title, text, published_before, age_label, outlet))
    return pieces
