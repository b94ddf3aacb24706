"""The engine's public records."""

import datetime as dt
from typing import NamedTuple


class Timex(NamedTuple):
    """A temporal expression: text[start:end] == text, TIMEX3 type/value/mod."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""
    # In a page's furniture (a dateline, an update stamp): it dates the page, never an event.
    furniture: bool = False


class EventSpan(NamedTuple):
    """The calendar span a DATE/TIME timex stands for; end is inclusive."""

    start: dt.date
    end: dt.date
    precision: str
    qualifier: str = ""
