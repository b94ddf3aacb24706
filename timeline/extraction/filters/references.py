"""Vetoes of words that refer to a time from the story's day ("today", "the same day", "this week", "now",
"current") where they name a show, the present age, another event's day or no time at all."""

import re

from ..tense import direction
from .look import ARTICLE_BEFORE, NAME_BEFORE, SENTENCE_START, Look

# "today's world", "the people of tomorrow": the present or future age in
# general, not a day.
_GENERIC_DAY_AFTER = re.compile(
    r"^['’]s\s+(?:world|youth|society|generation|children|kids|teenagers|young|consumers|"
    r"culture|economy|era|age|standards|technology|family|families|women|men|"
    # "one of today's most admired tenors": a superlative ranks among the living, not the day's.
    r"most|modern|politics|climate|environment|schools|students|parents|workforce|workplace)\b", re.I)
_GENERIC_DAY_BEFORE = re.compile(r"\b(?:the|a)\s+[a-z]+\s+of\s+$", re.I)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# Sentence-initial "Now," is a discourse marker ("Now, he says, ...").
_DISCOURSE_NOW = re.compile(r"(?:^|[.!?:;\"“'‘]\s*|\n\s*)$")


# "the Radio 4 Today programme": a capitalised day before the word for a show is the show's name.
_PROGRAMME_AFTER = re.compile(r"\s+(?:programme|program|show)\b", re.I)


def deictic_in_a_name(v: Look) -> bool:
    """Names take "Today" and "Tonight" ("USA Today", "The Tonight Show", "the Today programme": no day
    takes an article); after a byline in capitals ("JANE DOE, AID AGENCY Yesterday I visited ...")
    "Yesterday" opens the report."""
    return (v.text[v.c.start].isupper() and v.g["word"].lower() in ("today", "tonight")
            and bool(NAME_BEFORE.search(v.wide) or ARTICLE_BEFORE.search(v.before)
                     or _PROGRAMME_AFTER.match(v.after)))


def generic_day(v: Look) -> bool:
    """"the world of tomorrow" is an age; "as a result of today's meeting" is a day."""
    g = v.g
    return (g["word"].lower() in ("today", "tomorrow") and not g.get("part")
            and bool(_GENERIC_DAY_AFTER.match(v.after)
                     or (_GENERIC_DAY_BEFORE.search(v.before) and not _POSSESSIVE_AFTER.match(v.after))))


# "Today" as the present age, which TimeML reads PRESENT_REF, not the story's day: held on to
# ("are still in business today", "even today"), compared ("as relevant today as in 1992", "than they
# are today"), or set by a present state ("the problems we face today", "children today are taller").
# "Still," opening a sentence is a discourse word, and "still" across a comma belongs to another clause.
_STILL_TODAY = re.compile(r"\bstill\b(?![,;])[^.;:!?,]{0,60}$|\beven\s+$|\bthan\b[^.;:!?,]{0,40}$", re.I)
_AS_TODAY_AS = re.compile(r"\bas\s+[a-z]+\s+$", re.I)
_AS_AFTER = re.compile(r"\s+as\b", re.I)
_STATE_VERBS = (r"are|is|am|['’]re|have|has|do|does|don['’]t|doesn['’]t|can|cannot|can['’]t|face|faces|live|lives|"
                r"need|needs|remain|remains|seem|seems|feature|features|exist|exists|know|knows|use|uses|tend|tends")
# "children today are", "the group today features": a present verb after "X today", not a progressive
# ("stocks today are trading higher" tells the day's trading).
_STATE_AFTER = re.compile(r"\s+(?:" + _STATE_VERBS + r")\b(?!\s+(?:\w+ly\s+)?\w+ing\b)", re.I)
# "we face today.", "than they are today": "today" closing a clause of a present state.
_STATE_BEFORE = re.compile(r"\b(?:" + _STATE_VERBS + r"|stand|stands)\s+$", re.I)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:!?)\"”]|$)")
# "still a window of time today, tonight and tomorrow": a day among days.
_TODAY_AMONG_DAYS = re.compile(r"\s*(?:,|and|or)\s*(?:and\s+)?(?:tonight|tomorrow|yesterday)\b", re.I)
# "Today, ...", "and today ...": "today" opening a clause frames what the clause tells, often a happening.
_CLAUSE_START_BEFORE = re.compile(r"(?:^|[.!?;:,(\"“'‘-]\s*|\n\s*|\b(?:and|but|so|or|yet|because|while|if|that)\s+)$",
                                  re.I)


def today_names_its_day(v: Look) -> bool:
    """"announced today", "will meet today", "today's vote": the story's day, not the present age
    ("the problems we face today", "still used today", "today's world")."""
    if generic_day(v):
        # "today's world", "the youth of today": no expression TimeML marks, no day; the deictic rule drops it.
        return True
    if _TODAY_AMONG_DAYS.match(v.after):
        return True
    if _STILL_TODAY.search(v.wide) or (_AS_TODAY_AS.search(v.before) and _AS_AFTER.match(v.after)):
        return False
    if direction(v.text, v.c.start, v.c.end) is not None:
        return True
    return not ((_STATE_AFTER.match(v.after) and not _CLAUSE_START_BEFORE.search(v.before))
                or (_STATE_BEFORE.search(v.before) and _CLAUSE_END_AFTER.match(v.after)))


# "the same day as the vote", "on the same day that she died": the day of another event, which the
# phrase names, not the day the story last named.
_SAME_AS_AFTER = re.compile(r"\s+(?:as|when|that(?!\s+(?:year|month|week|day|morning|afternoon|evening|night)\b))\b",
                            re.I)


def same_as_an_event(v: Look) -> bool:
    """"the same day as the vote" is the vote's day, which only the vote's own date gives."""
    return "same" in v.g["ana"].lower() and bool(_SAME_AS_AFTER.match(v.after))


def title_phrase(v: Look) -> bool:
    """ABC's "This Week": mid-sentence, a relative phrase with every word capitalised is a title."""
    g = v.g
    return g["rel"][0].isupper() and g["unit"][0].isupper() and not SENTENCE_START.search(v.before)


# "the current account", "current account deficit": the balance of payments, no present time.
_NOT_TIME_AFTER = re.compile(r"\s+(?:and\s+[a-z]+\s+)?accounts?\b", re.I)
_CAPITALISED_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")


def loose_ref(v: Look) -> bool:
    """Bare "recent" modifies an event noun ("the recent sale") and is annotated less often than not;
    sentence-initial "Now," is a discourse marker; "current account" is a balance; mid-sentence, a
    capitalised reference before a capitalised word is a name ("the Future Leaders Forum")."""
    ref = v.g["ref"]
    low = ref.lower()
    return low == "recent" or (ref == "Now" and v.after.startswith(",")
                               and bool(_DISCOURSE_NOW.search(v.before))) or (
        low == "current" and bool(_NOT_TIME_AFTER.match(v.after))) or (
        ref.split()[-1][0].isupper() and (len(ref.split()) > 1 or not SENTENCE_START.search(v.before))
        and bool(_CAPITALISED_WORD_AFTER.match(v.after)))
