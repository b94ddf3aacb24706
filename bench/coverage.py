"""Timeline17 coverage: the share of the days journalists chose that our events find, day-precise.

For each collection of ../shared/data/timeline17 (articles.jsonl, timelines.json) the articles are
turned into events by the import's own code (timeline.ingest.derive.dated_events: the engine reads each
article whole, anchored at its publication day; one passage a line) and, for each
reference timeline, a reference day counts as found when some day-precise event covers it. Each missed
day is listed with the sentences that mention it (found by searching the text for the ways a day is
written: "June 25", "25 June", "June the 25th", "25/06/2009"; and for the ways a piece published near it
names it relative to its own day: a weekday, "last Thursday", "yesterday", "last night", "three days
ago", "a week ago", "the day before yesterday", "tomorrow", "next Monday", "on the 25th", a holiday),
classed:

- not in text: no sentence mentions the day;
- missed: a sentence names it and no event's expression covers that mention;
- coarser: an expression covers the mention but gives a week, month or vaguer span holding the day;
- wrong day: an expression covers the mention and gives another day (or a span without the day);
- weekday ahead: the only mentions are a weekday alone that the sentence's tense reads as the coming
  one ("Schools will reopen on Monday" in the Friday after a Monday): the word names either day.

A mention inside a page's furniture (a dateline, an update stamp) is counted apart ("stamp"): it dates
the page and makes no event by design. A written day and month followed by another year ("25 June 2010",
"25 June last year") is no mention, nor a name ("Dominican Today", "the Today programme").

With --database the articles are imported by `manage.py ingest articles.jsonl` into a fresh SQLite
database, one per collection, and the days of its stored day-precise events are counted: the product's
own number. It says so when the fast path (the default, for iterating) finds other days.

    python bench/coverage.py [--collection NAME ...] [--misses N] [--mentions N] [--database]
"""

import argparse
import collections
import datetime as dt
import json
import os
import pathlib
import re
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The fast path derives events with the import's own code (timeline.ingest.derive), which lives in a
# Django package: set up a throwaway configuration, no database is touched.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")
os.environ.setdefault("DATABASE_URL", "sqlite:///:memory:")
import django  # noqa: E402

django.setup()

from timeline.extraction.dates import holiday  # noqa: E402
from timeline.extraction.furniture import CommentDays, stamps  # noqa: E402
from timeline.extraction.lexicon import HOLIDAYS, NUMBERS  # noqa: E402
from timeline.extraction.pages import split_passages  # noqa: E402
from timeline.ingest.derive import Taxonomy, dated_events  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "timeline17"
COLLECTIONS = ("H1N1_bbc", "H1N1_guardian", "H1N1_reuters", "MJ_bbc", "haiti_bbc")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS = {w.lower() for w in WEEKDAY_NAMES}


@dataclass(frozen=True)
class Found:
    """One timex of a passage as ingestion would keep it: its offsets, value and span."""
    start: int
    end: int
    text: str
    value: str
    precision: str
    first: dt.date
    last: dt.date


@dataclass
class Passage:
    article: str
    published: dt.date
    # The day the passage was written: the article's, or, in a thread of readers' comments, the day of
    # the comment stamp over it ("At 4:55 pm on 21 Jan 2010, X wrote:"), which the engine reads from too.
    written: dt.date
    text: str
    found: list
    stamps: list  # (start, end) of the page's furniture in the passage: a dateline, an update stamp


def load_articles(collection: str):
    with (DATA / collection / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def passages(articles):
    """Every passage of every article, with the timexes that ingestion turns into events.

    As ingest does with an article of a dump (timeline.ingest.derive.prepare and dated_events): the
    engine reads the whole text at once, anchored at the publication day, and each timex goes to the
    passage (line) that holds it."""
    out = []
    for article in articles:
        published = dt.date.fromisoformat(article["published"])
        text = article["text"].replace("\r\n", "\n").strip()
        spans = split_passages(text)
        found = [
            [Found(e.timex_start, e.timex_end, e.timex, e.timex_value, e.precision, e.date_start, e.date_end)
             for e in events]
            for events in dated_events(text, spans, published, Taxonomy())
        ]
        furniture = stamps(text)
        comments = CommentDays(text)
        out += [Passage(article["id"], published, comments.at(span.start) or published, span.text, f,
                        [(lo - span.start, hi - span.start) for lo, hi in furniture if span.start <= lo < span.end])
                for span, f in zip(spans, found, strict=True)]
    return out


def day_patterns(day: dt.date):
    """Regexes for the ways an article names this day outright."""
    month = MONTH_NAMES[day.month - 1]
    sept = r"|Sept\.?" if day.month == 9 else ""
    mon = rf"(?:{month}|{month[:3]}\.?{sept})"
    d = f"0?{day.day}(?:st|nd|rd|th)?"
    return [
        re.compile(rf"\b{mon}\s+(?:the\s+)?{d}\b"),
        re.compile(rf"\b{d}\s+(?:of\s+)?{mon}\b"),
        re.compile(rf"\b{day:%Y-%m-%d}\b"),
        re.compile(rf"\b0?{day.day}/0?{day.month}/(?:{day.year}|{day.year % 100:02d})\b"),
        re.compile(rf"\b0?{day.month}/0?{day.day}/(?:{day.year}|{day.year % 100:02d})\b"),
    ]


def _count(n: int) -> str:
    """A count as news writes it: "3" or "three"."""
    words = [w for w, v in NUMBERS.items() if v == n and " " not in w and w not in ("a", "an", "another")]
    return "(?:" + "|".join([str(n), *words]) + ")"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 < 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def relative_patterns(day: dt.date, published: dt.date):
    """The ways a piece published near the day names it relative to its own day: what the date-string
    search cannot see. Each is read at the gap between the day and the publication day, so "Monday"
    counts only in the six days after that Monday (and on it), "three days ago" only three days on."""
    gap = (published - day).days
    weekday = WEEKDAY_NAMES[day.weekday()]
    words = []
    # A weekday before a date ("Wednesday, 29 April 2009", often a page's stamp) is that date's; "each
    # Friday" recurs.
    alone = r"(?!,?\s+(?:\d|the\s+\d|[A-Za-z]+\.?\s+\d))"
    if 0 <= gap < 7:
        # "on Tuesday" in Tuesday's paper is that day; a week on, the weekday names the day of publication.
        before = "(?<!next )(?<!coming )(?<!each )(?<!every )" + ("(?<!last )(?<!past )" if not gap else "")
        words.append(rf"{before}\b{weekday}{alone}")
    if gap == 7:
        words.append(rf"\b(?:last|this\s+past)\s+{weekday}{alone}")
    if -7 <= gap < 0:
        words.append(rf"\b(?:next|this\s+coming)\s+{weekday}{alone}")
    # Approximations ("about a week ago") name no one day.
    exact = "(?<!about )(?<!around )(?<!than )(?<!nearly )(?<!almost )(?<!some )(?<!over )"
    words += {0: ["today", "tonight", r"this\s+(?:morning|afternoon|evening)"],
              1: [r"(?<!before )yesterday", r"last\s+night"], 2: [r"the\s+day\s+before\s+yesterday"],
              -1: [r"(?<!after )tomorrow"], 7: [exact + r"\ba\s+week\s+ago"],
              14: [exact + r"\b(?:two\s+weeks|a\s+fortnight)\s+ago"]}.get(gap, [])
    if 1 < gap < 7:
        words.append(exact + r"\b" + _count(gap) + r"\s+days\s+ago")
    if 0 <= gap <= 31:
        # "on the 19th": a day of the month the piece is in or the one before; "the 19th century" is not.
        words.append(rf"\bthe\s+{_ordinal(day.day)}(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|to|when|at|in)\b)")
    if abs(gap) <= 31:
        words += [re.escape(name) for name in HOLIDAYS if holiday(name, day.year) == day]
    return [re.compile(rf"\b{w}\b", re.IGNORECASE) for w in words]


# The year written (or counted) after a day and month: "25 June 2009", "25 June last year".
_YEAR_AFTER = re.compile(r"\.?\s?,?\s*(?:((?:1[6-9]|20)\d\d)\b|(this|last|next)\s+year\b)", re.IGNORECASE)


# "the Dominican Today newspaper", "the Today programme": a capitalised word or an article before
# "Today" makes a name.
_NAME_BEFORE = re.compile(r"(?<![.!?:;\"“]\s)\b[A-Z][\w&.-]*(?<!\.)\s+$|\b(?i:the|a)\s+$")


def mentions(day: dt.date, corpus):
    """(passage, start, end, weekday alone?) of every mention of day."""
    written = re.compile("|".join(p.pattern for p in day_patterns(day)))
    for passage in corpus:
        for m in written.finditer(passage.text):
            # "25 June 2010" or "25 June last year" names the 25 June of another year.
            if (y := _YEAR_AFTER.match(passage.text, m.end())) and day.year != (
                    int(y.group(1)) if y.group(1) else
                    passage.written.year + {"this": 0, "last": -1, "next": 1}[y.group(2).lower()]):
                continue
            yield passage, m.start(), m.end(), False
        for pattern in relative_patterns(day, passage.written):
            for m in pattern.finditer(passage.text):
                # A weekday or an ordinal inside a written date ("Tuesday 2 February") is that date's,
                # judged above.
                if not any(f.start < m.end() and m.start() < f.end and re.search(r"\d", f.text)
                           for f in passage.found) and not (
                        m.group() in ("Today", "Tonight") and _NAME_BEFORE.search(passage.text, 0, m.start())):
                    yield passage, m.start(), m.end(), m.group().lower() in WEEKDAYS


def classify(day: dt.date, passage: Passage, start: int, end: int, weekday: bool) -> str:
    # A dateline or an update stamp dates the page, and the product makes no event of it by design.
    if any(lo <= start and end <= hi for lo, hi in passage.stamps):
        return "stamp"
    covering = [f for f in passage.found if f.start < end and start < f.end]
    if not covering:
        return "missed"
    if any(f.precision == "day" and f.first <= day <= f.last for f in covering):
        return "found"
    if any(f.first <= day <= f.last for f in covering):
        return "coarser"
    # "Schools will reopen on Monday" in Friday's paper names the coming Monday: the word alone names
    # either, and the sentence chose the one ahead.
    if weekday and any(f.first > passage.written and f.first.weekday() == day.weekday() for f in covering):
        return "weekday ahead"
    return "wrong day"


CLASS_ORDER = ("wrong day", "coarser", "missed", "weekday ahead")


def found_days(corpus):
    days = collections.defaultdict(list)
    for passage in corpus:
        for f in passage.found:
            if f.precision == "day":
                for n in range((f.last - f.first).days + 1):
                    days[f.first + dt.timedelta(days=n)].append(f)
    return days


def imported_days(collection: str):
    """The days of the day-precise events the product stores after `manage.py ingest articles.jsonl`
    into a fresh SQLite database."""
    with tempfile.TemporaryDirectory(prefix="coverage-") as folder:
        database = pathlib.Path(folder) / "db.sqlite3"
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
        for command in (["migrate", "--noinput"], ["ingest", str(DATA / collection / "articles.jsonl"), "--jobs", "1"]):
            subprocess.run([sys.executable, str(ROOT / "manage.py"), *command], env=env, cwd=ROOT, check=True,
                           stdout=subprocess.DEVNULL)
        with sqlite3.connect(database) as connection:
            rows = connection.execute(
                "SELECT date_start, date_end FROM timeline_event WHERE precision = 'day'").fetchall()
    days = set()
    for start, end in rows:
        first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
        days.update(first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    return days


def evaluate(collection: str, show: int, database: bool = False):
    corpus = passages(load_articles(collection))
    days = found_days(corpus)
    if database:
        stored = imported_days(collection)
        if stored != set(days):
            print(f"{collection}: the import stores {len(stored)} event days, the fast path finds {len(days)}; "
                  f"only imported: {sorted(stored - set(days))[:10]}, only fast: {sorted(set(days) - stored)[:10]}")
        days = {d: days.get(d, []) for d in stored}
    timelines = json.loads((DATA / collection / "timelines.json").read_text(encoding="utf-8"))
    rows, misses, classes, examples = [], [], collections.Counter(), collections.defaultdict(list)
    for timeline in timelines:
        reference = [dt.date.fromisoformat(e["date"]) for e in timeline["entries"]]
        hit = [d for d in reference if d in days]
        rows.append((collection, timeline["name"], len(reference), len(hit)))
        for day in sorted(set(reference)):
            classed = [(classify(day, p, s, e, w), p, s, e) for p, s, e, w in mentions(day, corpus)]
            classes.update(c[0] for c in classed)
            for c in classed:
                if c[0] not in ("found", "stamp"):
                    examples[c[0]].append((day, *c[1:]))
            if day in days:
                continue
            # The most telling class first: a wrong day is a bug, a coarser one a lost precision.
            kind = next((k for k in CLASS_ORDER if any(c[0] == k for c in classed)), "not in text")
            misses.append((collection, timeline["name"], day, kind, classed[:show]))
    return rows, misses, classes, examples


def excerpt(passage: Passage, start: int, end: int) -> str:
    near = [f"{f.text!r}={f.value}" for f in passage.found if f.start < end + 40 and start - 40 < f.end]
    text = passage.text[max(0, start - 90):end + 60].replace("\n", " ")
    return f"{passage.article} ({passage.published:%Y-%m-%d %a}) ...{text}... {' '.join(near)}"


def report(rows, misses, classes, show: int):
    print(f"{'collection':15} {'timeline':32} {'days':>5} {'found':>6} {'share':>7}")
    for collection, name, n, hit in rows:
        print(f"{collection:15} {name[:32]:32} {n:5d} {hit:6d} {100 * hit / n:6.1f}%")
    total, hit = sum(r[2] for r in rows), sum(r[3] for r in rows)
    mean = sum(r[3] / r[2] for r in rows) / len(rows)
    print(f"{'all':15} {'(pooled days; mean of timelines)':32} {total:5d} {hit:6d} {100 * hit / total:6.1f}%"
          f"  mean {100 * mean:.1f}%")
    by_class = collections.Counter(m[3] for m in misses)
    print("\nmissed days by class: " + ", ".join(f"{k} {v}" for k, v in by_class.most_common()))
    # Finer than days: every sentence naming a reference day, found or not, so a change that
    # mends or breaks one mention shows even when another mention already finds the day.
    print(f"mentions of reference days: {sum(classes.values())}; "
          + ", ".join(f"{k} {classes[k]}" for k in ("found", *CLASS_ORDER, "stamp")))
    if not show:
        return
    for collection, name, day, kind, classed in misses:
        print(f"\n{collection} {name} {day:%Y-%m-%d %a}: {kind}")
        for cls, passage, start, end in classed:
            print(f"   [{cls}] {excerpt(passage, start, end)}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--collection", action="append", choices=COLLECTIONS,
                    help="collection to measure (repeatable; all five by default)")
    ap.add_argument("--misses", type=int, default=0, metavar="N",
                    help="list each missed day with up to N sentences that mention it")
    ap.add_argument("--database", action="store_true",
                    help="count the events `manage.py ingest` stores in a fresh SQLite database (slower)")
    ap.add_argument("--mentions", type=int, default=0, metavar="N",
                    help="list up to N mentions of reference days per class that were not found")
    args = ap.parse_args(argv)
    rows, misses, classes, examples = [], [], collections.Counter(), collections.defaultdict(list)
    for collection in args.collection or COLLECTIONS:
        r, m, c, e = evaluate(collection, args.misses, args.database)
        rows += r
        misses += m
        classes += c
        for cls, items in e.items():
            examples[cls] += items
    report(rows, misses, classes, args.misses)
    for cls in CLASS_ORDER if args.mentions else ():
        print(f"\n== mentions {cls}: {len(examples[cls])}")
        for day, passage, start, end in examples[cls][:args.mentions]:
            print(f"   {day:%Y-%m-%d %a} {excerpt(passage, start, end)}")


if __name__ == "__main__":
    main()
