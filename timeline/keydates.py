"""Key dates: the few days that mattered among a set of dated events, and the sentences that tell each.

Pure functions over event records (no Django, no clock, no database), after the timeline-summarisation
literature: a day matters when many articles date an event to it, when they report it as it happens, and
when articles are published on it (Tran et al. 2013; Ghalandari and Ifrim 2020, "DATEWISE"); a day is told
by its sentences most central both to that day and to the whole story (Martschat and Markert 2018).
"""

import datetime
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

DAY = "day"
REJECTED = "rejected"
# An editor who verified or corrected an event vouched for its date: it weighs as much as two articles.
STATUS_WEIGHT = {"verified": 2.0, "corrected": 2.0}
# Articles published on a day are evidence it mattered, weaker than an event dated to it.
PUBLISHED_WEIGHT = 0.5
# An article out on the day or the next that dates an event to it reports the day as news, which counts as
# much again. (Counting references from later articles instead favours the early days of any span: a day near
# the end of a filter's span has had no later articles yet to refer back to it.)
REPORTED_WEIGHT = 1.0
REPORTED_WITHIN = datetime.timedelta(days=1)
# An article that dates events to more days than this is a schedule, a listing or a chronology rather than a
# report: its voice is shared among them (each day's vote scaled by this over the days it names), so a
# week of radio listings does not make seven key dates. (On Timeline17, 4 to 8 all recover the same three
# reference days of the longest story and change no other; see the README.)
DAYS_OF_A_REPORT = 6
# A week or a month spreads its support over its days; a vague date cannot outweigh a precise one.
VAGUE_SHARE = 0.5
# Two sentences sharing this much of their words are one wording (the same wire copy, lightly edited).
SAME_WORDING = 0.7
# A sentence this similar to one already shown (that day or another) adds nothing new.
REDUNDANT = 0.5
# A sentence is scored by its likeness to its day (what happened) plus this much of its likeness to the whole
# story (what the story is about, which keeps a day from being told by a side issue); the story weighs more,
# as a newsroom's timeline tells each day in the story's own terms (3 was the choice on Timeline17 whichever
# collection was left out; see the README).
STORY_WEIGHT = 3.0
# Past this many words a sentence's score shrinks with the square root of its length: a reader (and a
# newsroom's timeline) wants the event in one short line.
SHORT_WORDS = 20
# Quoted speech and a first person (a witness, a blog) are someone's view of the day, and a comment declined
# ("did not respond to requests for comment") is no one's: none of them is an account of what happened.
SPEECH_PENALTY = 0.5
SPEECH = re.compile(
    r'["“”]|\b(?:I|[Mm]y|me|[Ww]e|[Oo]ur|us)\b'
    r"|\b(?:declined|refused|did not respond|could not be reached|not (?:immediately )?available)\b.{0,40}\bcomment"
)
# A reader's comment ("At 16:14 29th Apr 2009, name wrote: …", "8th November 2011 - 17:42 This comment was
# removed …": whole pages of them on a news site) and a broadcast schedule ("7.00-10.00 pm BBC RADIO 5 LIVE
# …") are never an account of the day, however many share its words: shown only for want of another.
NOT_AN_ACCOUNT = re.compile(
    r"\b(?=[wcb\d])(?:wrote:|comment was removed\b|broke the house rules\b"
    r"|\d{1,2}[.:]\d{2}\s*(?:[ap]m|noon|midnight)?\s*[-–]\s*\d{1,2}[.:]\d{2}\s*(?:[ap]m|noon|midnight)\b)",
    re.IGNORECASE,
)
# A sentence that names its own day ("on 29 April", "on Wednesday") gives an account of that day, as each
# entry of a newsroom's timeline does; one that names another day ("since March 18", "on Tuesday" in a
# sentence dated Wednesday) is at least partly about that other day. (On Timeline17, 1.4 was the choice in
# four folds of five when a collection was left out, and 0.5 in every fold once "last Tuesday" stopped
# counting as its own day; see the README.)
NAMES_ITS_DAY = 1.4
NAMES_ANOTHER_DAY = 0.5
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = rf"({'|'.join(MONTHS)})[a-z]*\.?"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A day of a month either way round, not the start of a range ("April 21-27" names no one day), or a weekday
# ("last Tuesday" in a sentence of a Tuesday is the Tuesday before, "next Tuesday" the one after); the
# lookahead passes over at once the words that cannot begin one, which halves the cost.
NAMED_DAY = re.compile(
    rf"\b(?=[\dadfjmnostw])(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?)"
    rf"\b(?!\s*[-–]\s*\d)|\b(?=[\dadfjlmnostw])((?:(?:last|next)\s+)?(?:{'|'.join(WEEKDAYS)}))\b",
    re.IGNORECASE,
)
# A wire dateline or byline glued to a story's first sentence ("MEXICO CITY (Reuters) - ", "GENEVA | Mon May
# 4, 2009 12:48 pm EDT GENEVA (Reuters) - ") is not part of what happened; it is left out of the sentence.
DATELINE = re.compile(r"^.{0,150}?(?:\b[A-Z]{2,}|\d),?\s+\((?:Reuters|AP|AFP|PA|dpa|Xinhua|Bloomberg)\)\s*[-–—]+\s*")
# So is a page's heading ending in its date ("As it happened: Haiti earthquake 15 Jan Live coverage …", "Haiti
# earthquake: Your stories Friday 15 January Up to …", "Last updated: 1 May, 2009 - 17:54 GMT …") and a live
# blog's time stamp ("2224 The US Coast Guard has posted …"; not a year such as "2009 Swine flu …").
_ANY_MONTH = rf"(?i:{'|'.join(MONTHS)})[a-z]*\.?"
_DAY_OF_MONTH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_ANY_MONTH}|{_ANY_MONTH}\s+\d{{1,2}})"
HEADING = re.compile(
    rf"^(?:[^.!?:]{{0,60}}:\s*[^.!?:]{{0,50}}?\b{_DAY_OF_MONTH}(?:,?\s+\d{{4}})?"
    r"(?:\s*[-–,]?\s*\d{1,2}[:.]\d{2}\s*(?:[A-Z]{2,4}\b)?)?\s+(?=[A-Z])"
    r"|(?!19|20)(?:[01]\d|2[0-3])[0-5]\d\s+(?=[A-Z][a-z]))"
)
# Sentences shorter than this are datelines and captions rather than accounts of what happened; longer
# than MAX_WORDS, run-ons where a caption or byline was glued to the text. Either is shown only for want of
# another.
MIN_WORDS, MAX_WORDS = 6, 50
# Choosing among a day's sentences compares wordings pairwise: past this many, the rest of a very busy
# day still count as its support but are not read (editors' events and the first reports come first).
MAX_CANDIDATES = 300
MAX_DATES, MAX_SENTENCES = 100, 10

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*")
STOP_WORDS = frozenset(
    "a an the and or but if of to in on at by for with from as into onto over after before about than then "
    "is are was were be been being am has have had do does did will would shall should can could may might "
    "must it its it's this that these those there their they them he him his she her we our you your i me "
    "my not no so also up out who whom which what when where while said says say told just more most other "
    "some any all one two new".split()
)


class EventRecord(NamedTuple):
    """What the ranking needs of an event: its span and precision, its article and that article's day,
    the editor's status, its sentence, and the public event it was folded into (None if it is one).
    A tuple, so that a database row can become one at no cost."""

    id: int
    start: datetime.date
    end: datetime.date
    precision: str
    article: object
    published: datetime.date
    status: str = "auto"
    text: str = ""
    folded_into: int | None = None

    @property
    def shown_as(self):
        return self.folded_into or self.id


@dataclass
class KeyDate:
    date: datetime.date
    score: float
    articles: int
    sentences: list[EventRecord] = field(default_factory=list)
    support: list[int] = field(default_factory=list)
    # What the caller links each sentence to (the web views put the public events here).
    events: list = field(default_factory=list)


def key_dates(records, dates=None, sentences=2):
    """The `dates` most important days among the records (a default sized to them when None), each with
    up to `sentences` representative sentences, in date order."""
    chosen = choose_days(records, default_dates(records) if dates is None else dates)
    return tell_days(records, chosen, sentences)


def choose_days(records, dates):
    """The `dates` best days as {day: score}, best first; ties go to the earlier day so that a shared
    link always opens the same summary. Only dates, articles and statuses are read: the text may be empty."""
    scores = day_scores(records)
    best = sorted(scores, key=lambda day: (-scores[day], day))[: max(0, min(dates, MAX_DATES))]
    return {day: scores[day] for day in best}


def tell_days(records, chosen, sentences=2):
    """A KeyDate for each chosen day, in date order, from the records of the events dated to it. The best
    days choose their sentences first, and no day repeats a sentence another already shows."""
    sentences = max(0, min(sentences, MAX_SENTENCES))
    by_day = defaultdict(list)
    for record in records:
        if record.status != REJECTED and is_day(record) and record.start in chosen:
            by_day[record.start].append(record)
    wordings = {day: _wordings(by_day[day]) for day in chosen}
    # A word rare within the day tells that day's sentences apart; the story's words are weighed across days.
    vectors = {day: _tf_idf([wording.counts for wording in wordings[day]]) for day in chosen}
    story = _unit(_centroid(_tf_idf([wording.counts for day in chosen for wording in wordings[day]])))
    shown = _Shown()
    told = {
        day: central_sentences(wordings[day], vectors[day], sentences, story, shown)
        for day in sorted(chosen, key=lambda day: (-chosen[day], day))
    }
    return [
        KeyDate(
            date=day,
            score=chosen[day],
            articles=len({record.article for record in by_day[day]}),
            sentences=told[day],
            support=sorted(record.id for record in by_day[day]),
        )
        for day in sorted(chosen)
    ]


def default_dates(records):
    """About the square root of the days that have a day-precise event: a month of news gives five or
    six, years of it two dozen."""
    days = {record.start for record in records if is_day(record) and record.status != REJECTED}
    return max(1, min(25, round(math.sqrt(len(days))))) if days else 0


def day_scores(records):
    """Each day with a day-precise event, scored by the articles that date an event to it (once per
    article, more when an editor checked it, and again when the article reported it as news), by the
    articles published on it, and by the weeks and months around it that articles mention. An article that
    names many days shares its voice among them."""
    by_article = defaultdict(dict)
    vague = {}
    published = defaultdict(set)
    for record in records:
        if record.status == REJECTED:
            continue
        published[record.published].add(record.article)
        weight = STATUS_WEIGHT.get(record.status, 1.0)
        if record.precision == DAY and record.start == record.end:
            days = by_article[record.article]
            if record.start <= record.published <= record.start + REPORTED_WITHIN:
                weight *= 1 + REPORTED_WEIGHT
            if weight > days.get(record.start, 0.0):
                days[record.start] = weight
        elif (record.end - record.start).days < 31:
            key = (record.article, record.start, record.end)
            vague[key] = max(vague.get(key, 0.0), weight)
    # Spread each vague span over its days once, however many articles share it.
    spans = defaultdict(float)
    for (_, start, end), weight in vague.items():
        spans[start, end] += weight
    spread = defaultdict(float)
    for (start, end), weight in spans.items():
        length = (end - start).days + 1
        for offset in range(length):
            spread[start + datetime.timedelta(days=offset)] += weight * VAGUE_SHARE / length
    scores = {}
    for days in by_article.values():
        share = min(1.0, DAYS_OF_A_REPORT / len(days))
        for day, weight in days.items():
            scores[day] = scores.get(day, 0.0) + weight * share
    return {
        day: score + PUBLISHED_WEIGHT * len(published.get(day, ())) + spread.get(day, 0.0)
        for day, score in scores.items()
    }


class _Wording(NamedTuple):
    """Near-identical sentences of a day: the record shown for them, its text as shown, its words (how
    often each), and the articles that carry it."""

    record: EventRecord
    text: str
    counts: Counter
    words: frozenset
    articles: set


def _wordings(records):
    """The day's wordings, each with every article that carries it: near-identical sentences (the same
    wire copy, or events folded into one public event) are one wording counting every copy as support.
    Editors' events and the first reports come first, so they are the wording shown."""
    ordered = sorted(records, key=lambda r: (-STATUS_WEIGHT.get(r.status, 1.0), r.published, r.id))[:MAX_CANDIDATES]
    groups = []
    by_public_event = {}
    for record in ordered:
        text = _without_dateline(record.text)
        counts = Counter(_words(text))
        words = frozenset(counts)
        group = by_public_event.get(record.shown_as)
        if group is None:
            group = next((g for g in groups if _overlap(words, g.words) >= SAME_WORDING), None)
        if group is None:
            group = _Wording(record, text, counts, words, set())
            groups.append(group)
        group.articles.add(record.article)
        by_public_event.setdefault(record.shown_as, group)
    return groups


def central_sentences(wordings, vectors, count, story, shown):
    """Up to `count` of a day's wordings (from _wordings, with their tf-idf `vectors`), as records whose
    text is the sentence shown: ranked by how central each is among the day's sentences (cosine to the
    day's centroid) and to the `story` (the centroid of all the days told), times its support, shrunk for
    length and reported speech, weighed by the days it names; any too like one in `shown` is skipped (unless
    that leaves the day nothing to show), and those chosen join `shown`."""
    if count <= 0 or not wordings:
        return []
    accounts = [not NOT_AN_ACCOUNT.search(wording.text) for wording in wordings]
    # What the day's reports say: readers' comments and schedules, however many, are not among them.
    support = [len(wording.articles) if account else 0 for wording, account in zip(wordings, accounts, strict=True)]
    day = _unit(_centroid(vectors, support))
    ranked = []
    for vector, wording, account in zip(vectors, wordings, accounts, strict=True):
        length = len(wording.text.split())
        readable = account and MIN_WORDS <= len(wording.words) and length <= MAX_WORDS
        score = _dot(vector, day) + STORY_WEIGHT * _dot(vector, story)
        score *= 1 + math.log(len(wording.articles))
        score *= math.sqrt(min(1.0, SHORT_WORDS / max(length, 1)))
        if SPEECH.search(wording.text):
            score *= SPEECH_PENALTY
        score *= day_named_weight(wording.text, wording.record.start)
        ranked.append((not readable, -score, wording.record.published, wording.record.id, vector, wording))
    return pick_ranked(ranked, count, shown)


def pick_ranked(ranked, count, shown):
    """The first `count` of the ranked (readable first, best score, earliest, id; then vector and wording)
    that repeat nothing in `shown`, as records whose text is the sentence shown; they join `shown`."""
    ranked.sort(key=lambda item: item[:4])
    chosen = []
    for *_, vector, wording in ranked:
        if shown.repeats(vector):
            continue
        chosen.append(wording.record._replace(text=wording.text))
        shown.add(vector)
        if len(chosen) == count:
            break
    if not chosen:
        # Every sentence of the day is shown for another: a key date still says what happened on it.
        *_, vector, wording = ranked[0]
        chosen.append(wording.record._replace(text=wording.text))
    return chosen


class _Shown:
    """The sentences shown so far, indexed by word: whether another repeats one of them costs the words
    they share rather than a comparison with each."""

    def __init__(self):
        self.postings = defaultdict(list)
        self.count = 0

    def add(self, vector):
        for term, value in vector.items():
            self.postings[term].append((self.count, value))
        self.count += 1

    def repeats(self, vector):
        dots = defaultdict(float)
        for term, value in vector.items():
            for index, other in self.postings.get(term, ()):
                dots[index] += value * other
        return any(dot >= REDUNDANT for dot in dots.values())


def day_named_weight(text, day):
    """NAMES_ITS_DAY if the text names `day` (a day of the month or a weekday), times NAMES_ANOTHER_DAY if it
    names some other day: an account of the day outranks a sentence about another that merely mentions it."""
    named = set()
    for match in NAMED_DAY.finditer(text):
        first, month, other_month, last, weekday = match.groups()
        if weekday:
            *relative, name = weekday.lower().split()
            named.add(not relative and WEEKDAYS.index(name) == day.weekday())
        else:
            month = MONTHS.index((month or other_month)[:3].lower()) + 1
            named.add((month, int(first or last)) == (day.month, day.day))
    return (NAMES_ITS_DAY if True in named else 1.0) * (NAMES_ANOTHER_DAY if False in named else 1.0)


def is_day(record):
    return record.precision == DAY and record.start == record.end


def _words(text):
    return [word for word in WORD.findall(text.lower()) if word not in STOP_WORDS]


def _without_dateline(text):
    rest = HEADING.sub("", DATELINE.sub("", text, count=1), count=1)
    return rest if rest.strip() else text


def _centroid(vectors, weights=None):
    centroid = Counter()
    for vector, weight in zip(vectors, weights or [1] * len(vectors), strict=True):
        for term, value in vector.items():
            centroid[term] += value * weight
    return centroid


def _overlap(a, b):
    return len(a & b) / len(a | b) if a or b else 1.0


def _tf_idf(counts):
    """Unit-length tf-idf vectors of texts given as word counts, so that a dot product is their cosine."""
    documents = Counter(term for count in counts for term in count)
    total = len(counts)
    return [_unit({term: n * math.log((1 + total) / (1 + documents[term])) + n for term, n in count.items()})
            for count in counts]


def _unit(vector):
    norm = math.sqrt(sum(value * value for value in vector.values()))
    return {term: value / norm for term, value in vector.items()} if norm else {}


def _dot(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(value * b.get(term, 0.0) for term, value in a.items())
