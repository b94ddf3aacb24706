"""Which way an underspecified expression points, read from the sentence's tense.

"Friday" or "in December" has no year or week of its own; news convention
resolves it towards the past when the sentence reports ("said on Friday",
"rose in December") and towards the future when it plans ("will meet on
Friday", "payable in December"). The cue nearest the expression wins, since a
reporting verb ("said") often frames a clause with its own tense.
"""

import re

PAST, FUTURE = "past", "future"
# Past told by a verb of a finished event ("took effect", "rose"), not by a
# reporting verb ("said") that may frame a clause about what comes next.
DONE = "done"
# Future told by time granted or moved ("has until", "postponed until") or by the future tense of the
# clause itself ("will close on Dec. 24"): a date there cannot have passed.
AHEAD = "ahead"
# Future told from a past vantage ("said it expected to feed them on Sunday", "was scheduled to
# return on Friday"): the plan may have been carried out by the time the story runs, so a bare
# weekday takes the nearer of its two readings; for other readings it is the future.
PLANNED = "planned"

# Modal "could" and "until" are left out: in reported speech they point as
# often to the past as to the future. "would" is the future of reported speech
# ("said the talks would resume Thursday") only for a date it governs, one
# after it that names no known event ("get around Wednesday's ruling").
_FUTURE_WORDS = (
    r"will|won't|wo n't|'ll|shall|going to|plans to|plan to|planning|planned (?:to|for)|expects?|expected|"
    r"as soon as|as early as|(?:is|are) to|"
    r"scheduled|is due|are due|due to|aims? to|intends? to|"
    r"set to|set for|to be held|hopes? to|tomorrow|soon|tentatively|"
    # A schedule told in the present tense: "the waiver expires", "voting ends".
    r"expires?|expiring|takes effect|kicks off|ends|begins|starts|opens"
)
# Words that give a noun a future time ("an upcoming vote", "payable Feb. 1")
# say little about the tense of the clause around another date. "Deadline" is
# not one: stories report deadlines that have passed as often as coming ones.
_NOUN_FUTURE_WORDS = r"upcoming|next|projected|payable|effective"
_PAST_WORDS = (
    # "was planning", "were due to" tell a plan, not a past event.
    r"said|(?:was|were)(?!\s+(?:planning|scheduled|expected|due|going|set|about|to)\b)|had|did|ago|announced|reported|rose|fell|met|held|told|took|made|"
    r"came|went|began|saw|won|lost|paid|sold|bought|grew|gave|left|got|became|spent|led|"
    r"built|ran|hit|cut|put|shut|struck|sent|brought|thought|found|knew|wrote|spoke|"
    r"chose|drove|flew|fought|froze|overtook|rang|rode|sank|sought|stood|swore|threw|"
    # The verb "last" ("talks could last into the weekend") is no past cue.
    r"withdrew|died|last(?!\s+(?:into|until|till|through|beyond|longer|for)\b)|earlier|previously|yesterday|already|since"
)
# Verbs whose past is written as their present ("We broadcast a trial on Friday", "it spread on Monday"):
# past after a pronoun subject, where the noun ("a live broadcast", "the spread") cannot stand.
_SAME_FORM_PAST = ("(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("I", "we", "you", "they", "he", "she", "it", "who"))
                   + r")(?:broadcast|telecast|webcast|spread|quit|upset|burst|split)")
# Verbs of a finished event. "ago" and "yesterday" are no such verbs: they date their own
# expression and tell only that the clause is past ("Single out Feb. 7 - 18 hrs ago").
_DONE_WORDS = {"took", "rose", "fell", "met", "held", "came", "went", "began", "won", "lost", "paid", "sold",
               "bought", "grew", "became", "spent", "ran", "struck", "sent", "chose",
               "fought", "froze", "overtook", "sank", "withdrew", "died"}
# "was scheduled to", "were due to", "it expected to": a plan told in the past tense.
_PLAN_IN_PAST = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?$", re.I)
_PLANNER_IN_PAST = re.compile(r"\b(?:it|he|she|they|we|who|which|that)\s+$", re.I)
# ", officials said" after the date attributes the sentence; it does not tell the tense of the
# clause that holds the date ("Pupils go back to class on Thursday, he said").
_ATTRIBUTION = re.compile(r"^[^,]*,(?:\s+[\w'’-]+){0,4}\s+$")
_REPORTING = {"said", "told", "reported", "announced", "added"}
# "On Tuesday the brothers, who will take part in the concert, defended it": a relative clause
# after the date is a clause of its own, and its tense is not the date's. (Before the date a
# comma may be a list's: "who stepped down as chairman, president and chief in March".)
_RELATIVE = re.compile(r",\s+(?:who|which|whose|whom)\b[^,;]*,", re.I)
_DATED_VERB_GAP = re.compile(r"\s*(?:(?:on|in|at|during)\s+)?", re.I)
_CUE_RE = re.compile(
    r"\b(?:(?P<fut>" + _FUTURE_WORDS + r")|(?P<nfut>" + _NOUN_FUTURE_WORDS + r")|"
    # A participle after "be" is passive ("will be paid"), not past tense.
    # After a modal or "to" the verb is a bare form ("will cut rates", "to hit").
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)"
    r"(?<!\bmay\s)(?<!\bmight\s)(?<!\bshould\s)(?<!\bmust\s)(?P<past>" + _PAST_WORDS + r")|"
    r"(?P<same>" + _SAME_FORM_PAST + r")|"
    # "un-...-ed" words ("unspecified", "undisclosed") and "-ed" words after
    # a determiner ("a revised plan") are adjectives, not past tense; after "is" a passive present ("is repeated").
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    r"(?P<ed>(?!un|(?:expected|scheduled|proposed|planned|need|feed|seed|speed|bed|red|"
    r"shed|hundred|based|used|so-called|called|named|listed|related|advanced|detailed|"
    r"limited|united|interested|concerned|supposed|required)\b)[a-z]{3,}ed))\b"
    r"|(?P<by>\bby\b)|(?P<would>\bwould\b)", re.I)
# A reporting verb outside a quotation does not set the tense inside it
# ("will leave at 4 a.m. Thursday,'' Castro said").
_QUOTE_RE = re.compile(r"''|``|[\"“”]")
# The future tense itself, not a plan or an expectation ("expects", "set to", "begins" may tell of
# a date gone by): a date its verb phrase governs ("will close on Dec. 24", "will be held in March")
# is still ahead. A date compared to ("will be like New Year's Eve") or set before it ("received after
# 21 April will be") is not governed.
_FUTURE_TENSE = {"will", "won't", "wo n't", "'ll", "shall"}
_GOVERNED_GAP = re.compile(r"\s+(?:(?!(?:like|than|as|since|after|before|ago|that|which|who|and|but|or|when|if|"
                           r"said|says)\b)[a-z]+\s+){1,4}?(?:(?:on|in|by|until|till|through|from|at)\s+)?", re.I)
# "postponed until Tuesday", "extended the deadline to Friday", "extended $90
# million in loans through January": the new time lies after the (reported)
# act of moving it.
_POSTPONED = re.compile(r"\b(?:postpon|delay|defer|extend|adjourn|put off|push(?:ed)? back|"
                        r"moved? back)\w*\b[^.;:]{0,60}\b(?:until|till|to|through)\s+(?:at\s+least\s+)?$", re.I)
# "has until Jan. 19 to sell", "remains in force until March": time granted or
# a state holding now runs up to a date still ahead, whatever verb reports it.
# So does a period told in the present or future as lasting ("runs through October", "will last
# until October") or a suspension ("flights are suspended until October", "closed until at least Thursday").
_STANDING = re.compile(r"\b(?:has|have|gets?|gave|given|granted|remains?|stays?|(?:is|are)\s+(?:valid|good|open|"
                       r"in\s+(?:place|force|effect))|lasts?|runs?|continues?|go(?:es)?\s+on|suspended|"
                       r"closed|shut|banned|halted)\b(?!\s+been)[^.;:]{0,40}?\b(?:until|till|through|into)\s+"
                       r"(?:at\s+least\s+|at\s+the\s+earliest\s+)?$",
                       re.I)
# "The agency has convened a meeting in Geneva on Friday": a perfect takes no weekday of its own (English writes
# none with it), so a weekday after it in its clause belongs to what it brought about, which may lie ahead. ("They have
# gathered evidence in the October slaying": a month may be the perfect's past; "On Friday a man who has helped
# us ...", "Tuesday's quake has left ...": before the perfect, the weekday is the past it tells of.)
_PERFECT = re.compile(r"\b(?:has|have|['’]ve)\s+(?:(?:also|already|now|just|recently|\w+ly)\s+)?$", re.I)
# "has convened a meeting -- which members asked for -- on Friday": an aside between dashes leaves the clause whole.
_DASHED_ASIDE = re.compile(r"\s(?:--|—|–)\s[^.;:]*?\s(?:--|—|–)\s")
_WEEKDAY_AT = re.compile(r"(?:(?:early|late|mid)[\s-]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?:(?:scheduled|due|set|expected|planned|planning|"
                         r"going|supposed|meant|to|for)\s+)*$", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")
# "Thursday's closing price", "Wednesday's ruling": a day whose outcome is
# reported has passed, whatever the tense of the clause; "ahead of Friday's
# ruling" still waits for it.
_OUTCOME_AFTER = re.compile(
    r"['’]s\s+(?:[\w.-]+\s+)?(?:close|closing|ruling|decision|verdict|announcement|declaration|remarks|"
    r"comments|statement|losses|gains|rally|sell-?off|plunge|drop|decline|slump|surge|trading|attack|"
    r"bombing|shooting|killing|crash|purchases|acquisition|"
    # Nobody schedules a disaster: "Tuesday's quake" has happened.
    r"earthquake|quake|tremor|aftershock|tsunami|explosion|blast|blaze|fire|storm|flood|floods|"
    r"collapse|accident|derailment|massacre|assassination|murder|death|riots?|violence)\b", re.I)
# "since his death on 25 June", "the quake on Tuesday": a date told as the day of a death or a
# disaster has passed, whatever the tense around it.
_OUTCOME_BEFORE = re.compile(
    r"\b(?:death|killing|murder|assassination|earthquake|quake|tsunami|explosion|blast|crash|collapse|"
    r"massacre|derailment)\s+(?:on|in)\s+(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?$", re.I)
_AWAITED_BEFORE = re.compile(r"\b(?:ahead\s+of|before|until|till|awaits?|awaiting|awaited|pending|expected|"
                             r"upcoming)\s+(?:the\s+)?(?:last\s+|this\s+|next\s+)?$", re.I)
_CLAUSE_RE = re.compile(r"\b(?:that|which|who|because|but|and|while|when|although|as)\b|[;:]")
_BOUNDARY_RE = re.compile(r"[.!?](?<![A-Z][a-z]\.)(?<!\b[A-Z]\.)(?<![A-Z][a-z][a-z]\.)"
                          r"(?<!\bvs\.)(?<!\bv\.)[\"'”’)]*\s+(?=[\"'“‘(`]*[A-Z])|\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the sentence holding text[start:end]."""
    lo = max(0, start - 400)
    s = 0 if lo == 0 else lo
    for m in _BOUNDARY_RE.finditer(text, lo, start):
        s = m.end()
    m = _BOUNDARY_RE.search(text, end, end + 400)
    e = m.start() + 1 if m else min(len(text), end + 400)
    return s, e


def direction(text: str, start: int, end: int) -> str | None:
    """PAST, DONE, FUTURE, PLANNED, AHEAD or None (present/unclear) for the expression at text[start:end]."""
    s, e = sentence_bounds(text, start, end)
    if _POSTPONED.search(text, max(s, start - 80), start) or _STANDING.search(text, max(s, start - 80), start):
        return AHEAD
    if ((_OUTCOME_AFTER.match(text, end) and not _AWAITED_BEFORE.search(text, max(s, start - 40), start))
            or _OUTCOME_BEFORE.search(text, max(s, start - 60), start)):
        return DONE
    best = None
    asides = [(r.start(), r.end()) for r in _RELATIVE.finditer(text, end, e)]
    for m in _CUE_RE.finditer(text, s, e):
        if start <= m.start() < end or any(lo < m.start() < hi for lo, hi in asides):
            continue
        if m.group("by"):
            if m.end() > start:
                continue
            # "by January 19": a deadline only when "by" directly precedes the
            # date, and a weak one: "had filed reports by Wednesday" is past.
            if text[m.end():start].strip():
                continue
            kind, weight = FUTURE, 30
        elif m.group("would"):
            if m.end() > start or _POSSESSIVE.match(text, end):
                continue
            kind, weight = FUTURE, 0
        elif m.group("fut"):
            # "had been due to expire Friday": a plan told in the pluperfect
            # belonged to the past.
            before = text[max(s, m.start() - 50):m.start()]
            word = m.group("fut").lower()
            if _PLUPERFECT.search(before):
                kind = PAST
            elif _PLAN_IN_PAST.search(before) or (word.startswith(("expected", "planned"))
                                                   and _PLANNER_IN_PAST.search(before)):
                kind = PLANNED
            else:
                kind = FUTURE
            weight = 0
        elif m.group("nfut"):
            kind, weight = FUTURE, 40
        elif ((m.group("past") or m.group("ed")) and m.end() <= start and _WEEKDAY_AT.match(text, start)
              and _PERFECT.search(text, max(s, m.start() - 30), m.start())
              and not _CLAUSE_RE.search(_DASHED_ASIDE.sub(" ", text[m.end():start]))):
            continue
        elif m.group("same"):
            kind, weight = PAST, 0
        elif m.group("past"):
            kind, weight = (DONE if m.group("past").lower() in _DONE_WORDS else PAST), 0
        else:
            kind, weight = PAST, 5
        gap = text[m.end():start] if m.end() <= start else text[end:m.start()]
        # "said in September", "announced Friday": the verb itself is dated.
        # A plan told in the pluperfect ("had been set to expire Nov. 6") is no such verb.
        if kind == PAST and not m.group("fut") and m.end() <= start and _DATED_VERB_GAP.fullmatch(gap):
            kind = DONE
        elif (kind == FUTURE and m.group("fut") and m.group("fut").lower() in _FUTURE_TENSE
              and m.end() <= start and _GOVERNED_GAP.fullmatch(gap)):
            kind = AHEAD
        # A cue across a clause boundary ("said on Monday that it would") is
        # less likely to govern the expression.
        score = len(gap) + weight + (40 if _CLAUSE_RE.search(gap) else 0) \
            + (40 if _QUOTE_RE.search(gap) else 0)
        if m.start() >= end and m.group("past") and m.group("past").lower() in _REPORTING \
                and _ATTRIBUTION.match(gap):
            score += 40
        if best is None or score < best[0]:
            best = (score, kind)
    return best[1] if best else None
