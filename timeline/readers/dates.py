"""Publication dates as inputs write them: ISO 8601, RFC 822 (feeds, mail) or words in any language.

A timestamp with a zone stays in that zone, so its `.date()` is the day where it was written; one without a
zone is only trusted for its day, since the reader cannot know which zone the writer meant.
"""

from __future__ import annotations

import datetime
import email.utils
import re
import warnings

import dateparser

# What a date needs to be a date: a year or a month alone is no publication day.
# Relative words ("yesterday") would be read against the clock, not the input: never a publication date.
STRICT = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
          "PARSERS": ["custom-formats", "absolute-time"]}
NUMERIC = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})\b")
LONGEST = 80  # "Wednesday, 24 September 2018, 19:42:40 Brasília time" fits; a paragraph is not a date
EPOCH = re.compile(r"\d{9,10}(\d{3})?")


def parse_moment(value: str, languages: list[str] | None = None) -> datetime.date | datetime.datetime | None:
    """The date, or the aware timestamp, `value` gives; None when it is not a whole date."""
    value = " ".join(str(value).split())
    if not value or len(value) > LONGEST:
        return None
    moment = _epoch(value) or _iso(value) or _rfc822(value) or _words(value, languages)
    if moment is None:
        return None
    if isinstance(moment, datetime.datetime):
        if moment.utcoffset() is None:
            return moment.date()
        # A fixed offset: the zone libraries' tzinfo classes would not survive pickling to a worker unchanged.
        return moment.replace(tzinfo=datetime.timezone(moment.utcoffset()))
    return moment


def _epoch(value: str):
    """Seconds (or milliseconds) since 1970, as exports write them: a moment in UTC."""
    if not EPOCH.fullmatch(value):
        return None
    seconds = int(value) / 1000 if len(value) > 10 else int(value)
    return datetime.datetime.fromtimestamp(seconds, datetime.UTC)


def _iso(value: str):
    for kind in (datetime.date, datetime.datetime):
        try:
            return kind.fromisoformat(value)
        except ValueError:
            pass
    return None


def _rfc822(value: str):
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    # "-0000" means "zone unknown" in RFC 5322; parsedate_to_datetime gives it as naive.
    return moment


def _words(value: str, languages: list[str] | None):
    numeric = NUMERIC.match(value)
    order = None
    if numeric:
        first, separator, second = int(numeric[1]), numeric[2], int(numeric[3])
        if separator == "." or first > 12:
            order = "DMY"  # dotted dates are day first wherever they are written
        elif second > 12:
            order = "MDY"
        else:
            return None  # 03/04/2021: April or March depends on the writer's country, which we do not know
    with warnings.catch_warnings():
        # dateparser warns about its own use of deprecated datetime APIs; nothing for our users.
        warnings.simplefilter("ignore")
        try:
            return dateparser.parse(value, languages=languages,
                                    settings={**STRICT, "DATE_ORDER": order} if order else STRICT)
        except (ValueError, OverflowError, TypeError):
            return None
