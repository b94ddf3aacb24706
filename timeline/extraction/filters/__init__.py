"""Context filters that keep look-alikes (modal "may", money, counts, copyright
lines) out of the candidates the grammar proposes: each rule names the checks that veto it
(the rules package), and a candidate any of its rule's checks vetoes is dropped.

The vetoes are grouped by what the candidate is made of: numerals (numbers), calendar words
(calendar_words), words referring from the story's day (references), lengths and frequencies
(durations)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .look import Look

if TYPE_CHECKING:
    from ..grammar import Candidate


def rejected(c: Candidate, text: str) -> bool:
    """True when a candidate is a look-alike rather than a date: one of its rule's vetoes says so."""
    if not c.vetoes:
        return False
    look = Look(c, text, text[max(0, c.start - 24):c.start], text[max(0, c.start - 60):c.start],
                text[c.end:c.end + 40])
    return any(veto(look) for veto in c.vetoes)
