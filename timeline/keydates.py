"""Key dates: the few days that mattered among a set of dated events, and the sentences that tell each.

Pure functions over event records (no Django, no clock, no database), after the timeline-summarisation
literature: a day matters when many articles date an event to it, when articles are published on it, and
when later articles still refer back to it (Tran et al. 2013; Ghalandari and Ifrim 2020, "DATEWISE");
a day is told by its most central sentences (Martschat and Markert 2018).
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
# An article that refers back to a day once the day is over says it still mattered.
LATER_WEIGHT = 1.0
# A week or a month spreads its support over its days; a vague date cannot outweigh a precise one.
VAGUE_SHARE = 0.5
# Two sentences sharing this much of their words are one wording (the same wire copy, lightly edited).
SAME_WORDING = 0.7
# A sentence this similar to one already chosen for the day adds nothing new.
REDUNDANT = 0.5
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
    """A KeyDate for each chosen day, in date order, from the records of the events dated to it."""
    sentences = max(0, min(sentences, MAX_SENTENCES))
    by_day = defaultdict(list)
    for record in records:
        if record.status != REJECTED and is_day(record) and record.start in chosen:
            by_day[record.start].append(record)
    return [
        KeyDate(
            date=day,
            score=chosen[day],
            articles=len({record.article for record in by_day[day]}),
            sentences=central_sentences(by_day[day], sentences),
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
    article, more when an editor checked it, and again when the article came out after the day), by the
    articles published on it, and by the weeks and months around it that articles mention."""
    mentions = defaultdict(dict)
    vague = {}
    published = defaultdict(set)
    for record in records:
        if record.status == REJECTED:
            continue
        published[record.published].add(record.article)
        weight = STATUS_WEIGHT.get(record.status, 1.0)
        if record.precision == DAY and record.start == record.end:
            articles = mentions[record.start]
            if record.published > record.start:
                weight *= 1 + LATER_WEIGHT
            if weight > articles.get(record.article, 0.0):
                articles[record.article] = weight
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
    return {
        day: sum(articles.values()) + PUBLISHED_WEIGHT * len(published.get(day, ())) + spread.get(day, 0.0)
        for day, articles in mentions.items()
    }


def central_sentences(records, count):
    """Up to `count` sentences telling the day: near-identical wordings are one candidate that counts
    every copy as support; candidates are ranked by how central they are among the day's sentences
    (cosine to the day's centroid) times that support, skipping any that repeat one already chosen."""
    if count <= 0 or not records:
        return []
    ordered = sorted(records, key=lambda r: (-STATUS_WEIGHT.get(r.status, 1.0), r.published, r.id))[:MAX_CANDIDATES]
    groups = []  # [representative, its words, the articles behind it]
    by_public_event = {}
    for record in ordered:
        words = set(_words(record.text))
        group = by_public_event.get(record.shown_as)
        if group is None:
            group = next((g for g in groups if _overlap(words, g[1]) >= SAME_WORDING), None)
        if group is None:
            group = [record, words, set()]
            groups.append(group)
        group[2].add(record.article)
        by_public_event.setdefault(record.shown_as, group)
    vectors = _tf_idf([group[0].text for group in groups])
    centroid = Counter()
    for vector, group in zip(vectors, groups, strict=True):
        for term, value in vector.items():
            centroid[term] += value * len(group[2])
    ranked = []
    for vector, group in zip(vectors, groups, strict=True):
        readable = len(group[1]) >= MIN_WORDS and len(group[0].text.split()) <= MAX_WORDS
        score = _cosine(vector, centroid) * (1 + math.log(len(group[2])))
        ranked.append((not readable, -score, group[0].published, group[0].id, vector, group[0]))
    ranked.sort(key=lambda item: item[:4])
    chosen, chosen_vectors = [], []
    for *_, vector, record in ranked:
        if any(_cosine(vector, other) >= REDUNDANT for other in chosen_vectors):
            continue
        chosen.append(record)
        chosen_vectors.append(vector)
        if len(chosen) == count:
            break
    return chosen


def is_day(record):
    return record.precision == DAY and record.start == record.end


def _words(text):
    return [word for word in WORD.findall(text.lower()) if word not in STOP_WORDS]


def _overlap(a, b):
    return len(a & b) / len(a | b) if a or b else 1.0


def _tf_idf(texts):
    counts = [Counter(_words(text)) for text in texts]
    documents = Counter(term for count in counts for term in count)
    total = len(texts)
    return [{term: n * math.log((1 + total) / (1 + documents[term])) + n for term, n in count.items()}
            for count in counts]


def _cosine(a, b):
    if len(a) > len(b):
        a, b = b, a
    dot = sum(value * b.get(term, 0.0) for term, value in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0
