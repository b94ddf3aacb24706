"""A candidate as the vetoes read it, with the text around it, and the readings of that text that vetoes of
several kinds make."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # the grammar imports the rules, which import the vetoes
    from ..grammar import Candidate

# "USA Today", "Communications Today": a capitalised deictic word after a
# capitalised word mid-sentence is part of a name; after "Wednesday." it
# opens a sentence.
NAME_BEFORE = re.compile(r"(?<![.!?:;\"“'‘]\s)\b[A-Z][\w&.-]*(?<!\.)\s+$")
ARTICLE_BEFORE = re.compile(r"\b(?:the|a)\s+$", re.I)
SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n\s*)$")


class Look(NamedTuple):
    """A candidate with the text around it, as the vetoes read it."""

    c: Candidate
    text: str
    before: str
    wide: str  # wide enough that a long name still has the word before it in view
    after: str

    @property
    def g(self) -> dict:
        return self.c.groups
