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
    qualifier: str = ""  # "early", "mid" or "late" (a third of the span), or "circa" (near it)


class Rule(NamedTuple):
    """One construction of the grammar, as a record.

    ``kind`` names the reading its match gets (``value``, the function that reads it); ``vetoes``
    are the checks that reject a look-alike of this rule's match, each called with the candidate
    and the text around it (filters.Look); a ``core`` group, when the pattern has one, is the
    expression and the rest its context. ``examples`` are phrases the rule must read: the tests run
    each one. When two rules match the same span the higher ``priority`` wins; otherwise the longest
    match at a position does.
    """

    name: str
    kind: str
    pattern: str
    examples: tuple[str, ...]
    priority: int = 0
    vetoes: tuple = ()

    # The readers import this module for its records, hence the late import.
    @property
    def value(self):
        """The reading of a match: (type, value, mod) or None; None here for an anaphor, which the
        document context reads."""
        from .engine import NORMALISERS
        return NORMALISERS.get(self.kind)
