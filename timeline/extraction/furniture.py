"""Web and wire furniture: the stamps that date a page rather than report anything.

Real articles carry them inline: a wire dateline ("WASHINGTON | Mon Mar 2, 2009 4:23 pm EST"), an update
stamp ("Page last updated at 08:58 GMT, Thursday, 24 June 2010 09:58 UK", "Updated 10:32 GMT"), a byline
with its time ("Jane Doe | 17:45 UK time, Wednesday, 29 April 2009") or a blog's post stamp ("Friday 1 May
2009 22.51 BST"). Their dates say when the page was written, never when something happened, and the
sentence after them is a sentence of its own.
"""

import bisect
import datetime as dt
import re

_WEEKDAY = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\.?"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_CLOCK = r"\d{1,2}[:.]\d\d(?:\s?[AaPp]\.?[Mm]\.?)?"
_ZONE = r"(?:GMT|BST|UTC|CET|CEST|[ECMP][SD]T|ET|UK(?:\s+time)?|local\s+time)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (r"(?:" + _WEEKDAY + r",?\s+)?(?:" + _DAY + r"\s+" + _MONTH + r"|" + _MONTH + r"\s+" + _DAY + r")"
         r",?\s+(?:19|20)\d\d")
_TIME = _CLOCK + r"(?:\s+" + _ZONE + r")?"
# A label that makes whatever date or time follows it a stamp.
_AT = r"(?:\s+(?:at|on))?"
# Capitalised, "Published" and "Posted" head a stamp without their colon ("Published 4 March 2024"); in a
# sentence they are lower-case ("was published on 4 March").
_LABEL = (r"(?:(?:Page\s+)?[Ll]ast\s+(?:updated|[Mm]odified)" + _AT + r":?|[Uu]pdated" + _AT + r":?|"
          r"(?:Published|Posted)" + _AT + r":?|(?:published|posted)" + _AT + r":|Added:|First\s+published"
          + _AT + r":?)")
_PART = r"(?:" + _DATE + r"|" + _TIME + r"|" + _ZONE + r"|" + _WEEKDAY + r")"
# "Mon 4 Mar 2024 at 5:47pm": a date and its time, perhaps joined by "at".
_JOIN = r"(?:\s*[,|\-–]?\s*|\s+at\s+)"
_RUN = _PART + r"(?:" + _JOIN + _PART + r")*"
# "WASHINGTON |" and "Jane Doe |" before a stamp: the wire's city and the author, both furniture.
_CITY = r"[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*\s+\|\s+"
_AUTHOR = r"(?:By\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\s+\|\s+"
_BODY = (
    r"(?:" + _CITY + r"|" + _AUTHOR + r")?(?:(?:" + _DATE + r"\s+)?" + _LABEL + r"\s*" + _RUN
    # Unlabelled, a stamp needs a pipe before it or a full date and a time with its zone.
    + r"|(?<=\|\s)" + _RUN + r"|(?:" + _WEEKDAY + r",?\s+)?" + _DATE + _JOIN + _CLOCK + r"\s*" + _ZONE + r")"
    # the same moment again in another zone ("08:58 GMT, ... 09:58 UK")
    + r"(?:\s+" + _CLOCK + r"\s+" + _ZONE + r")?(?=\s|$)")
# A stamp opens a line or follows a sentence; a wire city's stamp, or one under a capitalised label
# ("By Jane Doe, BBC News Published 4 March 2024"), may follow a byline anywhere.
_CAPITAL_LABEL = r"(?:Page\s+last|Last|Updated|Published|Posted|First\s+published)\b"
_STAMP = re.compile(r"(?:(?:^|(?<=\n)|(?<=[.!?\"”]\s))\s*|(?<=\s)(?=" + _CITY + r"|" + _CAPITAL_LABEL + r"))(?P<stamp>"
                    + _BODY + r")")
_NEXT_STAMP = re.compile(r"\s*(?P<stamp>" + _BODY + r")")


# Every stamp holds a pipe, a label or a clock time; looking only near them keeps the scan cheap.
# (Python's re scans fastest for a pattern that opens with one character class, and str's "in"
# faster still: the hints are found in two passes.)
_HINT_WORDS = ("|", "pdated", "ublished", "osted", "odified", "Added:")
_WORD_HINT = re.compile(r"\||pdated|ublished|osted|odified|Added:")
_CLOCK_HINT = re.compile(r"[:.]\d\d\s?(?:[AaPp]\.?[Mm]|" + _ZONE + r")")
_REACH = 120


def _hints(text: str) -> list[int]:
    found = [m.start() for m in _CLOCK_HINT.finditer(text)]
    if any(word in text for word in _HINT_WORDS):
        found = sorted(found + [m.start() for m in _WORD_HINT.finditer(text)])
    return found


def stamps(text: str) -> list[tuple[int, int]]:
    """(start, end) of each stamp in text, in order; stamps in a row ("Published: ... Added: ...") each count."""
    found: list[tuple[int, int]] = []
    scanned = 0
    for hint in _hints(text):
        if hint < scanned:
            continue
        lo, hi = max(scanned, hint - _REACH), min(len(text), hint + _REACH)
        for m in _STAMP.finditer(text, lo, hi):
            if found and m.start("stamp") < found[-1][1]:
                continue
            found.append(m.span("stamp"))
            while following := _NEXT_STAMP.match(text, found[-1][1]):
                found.append(following.span("stamp"))
        scanned = max(hi, found[-1][1] if found else 0)
    return found


# A reader's comment quoted in a thread, "At 4:52 pm on 20 Nov 2009, reader7 wrote:": what follows was written
# that day, which may be months after the page's own date.
_COMMENT = re.compile(r"\bAt\s+" + _CLOCK + r"\s+on\s+(?P<day>\d{1,2})\s+(?P<mon>[A-Z][a-z]{2})[a-z]*\.?,?\s+"
                      r"(?P<year>(?:19|20)\d\d),\s+[^\s:]{1,40}\s+wrote:")
_MONTHS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                                        "Nov", "Dec"), 1)}


class CommentDays:
    """The day each quoted comment of a thread was written, for its stamp and the text after it."""

    def __init__(self, text: str):
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.days: list[dt.date] = []
        if "wrote:" not in text:
            return
        for m in _COMMENT.finditer(text):
            try:
                day = dt.date(int(m.group("year")), _MONTHS[m.group("mon")], int(m.group("day")))
            except (KeyError, ValueError):
                continue
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.days.append(day)

    def at(self, offset: int) -> dt.date | None:
        """The day of the last comment stamp at or before offset (its own clock time included), if any."""
        i = bisect.bisect_right(self.starts, offset)
        return self.days[i - 1] if i else None

    def stamp_at(self, offset: int) -> dt.date | None:
        """The day of the comment stamp that holds offset, if one does."""
        i = bisect.bisect_right(self.starts, offset)
        return self.days[i - 1] if i and offset < self.ends[i - 1] else None
