"""Time the timeline's htmx fragment over N synthetic events (p50/p95 in ms per typical filter).

    python bench/timeline.py --events 100000                  # SQLite file in /tmp
    python bench/timeline.py --events 1000000 --database-url postgres://postgres@127.0.0.1:5432/timeline_bench
    python bench/timeline.py --events 100000 --cold           # distinct random filters, each seen once

--cold draws --filters distinct random filters (topics, actors, date windows, a search word, and mixes of
them) with a fixed seed and times, for each one seen for the first time (the database's files read into the
system's cache first, as a server's memory holds them): the events fragment (the first
page of events, rendered), the counts (total, facets and chart, computed), the complete view (the htmx
response a reader gets: both), and the full page. It prints p50/p95/max of each and, as a yardstick from
the same run, a plain COUNT(*) of the public events; --slowest N then lists the N filters whose complete
view took longest, with each of their measures.

The database is filled once per size and reused by later runs when it holds that many events (the filling
draws from a fixed seed, so a size always gives the same data; a million events on PostgreSQL take six
to twelve minutes): sources, passages and events with a realistic spread of dates (dense in recent years, a
tail back to the 1990s), topics, actors and precisions, their sentences drawn from the seed articles.
"""

import argparse
import datetime
import math
import os
import random
import statistics
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILTERS = {
    "none": "",
    "topic": "topic=semiconductors",
    "date range": "from=2025-04&to=2025-07",
    "text": "q=export+controls",
    "combined": "q=chips&topic=export-controls&actor=china&from=2024&to=2025",
}


def configure(database_url):
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
    # A local measurement with production settings (DEBUG off), over plain HTTP.
    os.environ.setdefault("SECRET_KEY", "bench-only-" + "k" * 50)
    os.environ.setdefault("HTTPS", "0")
    if database_url.startswith("postgres"):
        import psycopg

        name = database_url.rsplit("/", 1)[1]
        with psycopg.connect(database_url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("loaddata", "taxonomy", verbosity=0)
    import timeline.wsgi  # noqa: F401  the server's own start-up, so the timings are what a worker gives


def seed_sentences():
    from timeline.extraction.pages import split_page, split_sentences

    manifest = tomllib.loads((ROOT / "seeds" / "manifest.toml").read_text())
    sentences = []
    for name, meta in manifest.items():
        raw = (ROOT / "seeds" / name).read_text()
        for piece in split_page(raw, meta["published"], meta["captured"], meta["title"]):
            sentences += [s.text for s in split_sentences(piece.text) if 40 < len(s.text) < 400]
    return sentences


def random_span(rng):
    from timeline.models import Event

    # Most news events are recent; a tail reaches back decades, as in real archives.
    year = 2025 - int(rng.expovariate(1 / 3)) if rng.random() < 0.95 else rng.randint(1990, 2020)
    year = max(1990, year)
    precision = rng.choices(
        [Event.Precision.DAY, Event.Precision.WEEK, Event.Precision.MONTH, Event.Precision.QUARTER,
         Event.Precision.YEAR], weights=[55, 10, 20, 5, 10])[0]
    start = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(365))
    if precision == Event.Precision.DAY:
        return start, start, precision
    if precision == Event.Precision.WEEK:
        monday = start - datetime.timedelta(days=start.weekday())
        return monday, monday + datetime.timedelta(days=6), precision
    if precision == Event.Precision.MONTH:
        first = start.replace(day=1)
        following = (first + datetime.timedelta(days=32)).replace(day=1)
        return first, following - datetime.timedelta(days=1), precision
    if precision == Event.Precision.QUARTER:
        month = (start.month - 1) // 3 * 3 + 1
        first = datetime.date(year, month, 1)
        following = datetime.date(year + (month == 10), 1 if month == 10 else month + 3, 1)
        return first, following - datetime.timedelta(days=1), precision
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31), precision


def fill(count, rng):
    from django.db import connection, transaction

    from timeline.ingest import refresh_planner_statistics
    from timeline.models import Actor, Event, Passage, Source, Topic
    from timeline.models.tags import tag_bits

    existing = Event.objects.count()
    if existing == count:
        return
    Event.objects.all().delete()
    Source.objects.all().delete()
    sentences = seed_sentences()
    topics, actors = list(Topic.objects.all()), list(Actor.objects.all())
    per_source, per_passage = 50, 2
    outlets = ["Reuters", "Bloomberg", "AP", "The Straits Times", "Financial Times", "SCMP", "Nikkei", "Caixin"]
    with transaction.atomic():
        for source_index in range(0, count, per_source):
            published = datetime.date(2025, 7, 1) - datetime.timedelta(days=rng.randrange(3650))
            source = Source.objects.create(
                file_name=f"bench-{source_index}.txt", title=f"Synthetic article {source_index}",
                outlet=rng.choice(outlets), published_on=published, text="", content_hash="bench",
            )
            passages = Passage.objects.bulk_create([
                Passage(source=source, order=n, start=0, end=0, text=" ".join(rng.sample(sentences, 3)))
                for n in range(per_source // per_passage)
            ])
            events = []
            for n in range(min(per_source, count - source_index)):
                passage = passages[n // per_passage]
                text = passage.text.split(". ")[0]
                start, end, precision = random_span(rng)
                events.append(Event(
                    passage=passage, timex="synthetic", timex_start=0, timex_end=0, sentence_start=0, text=text,
                    date_start=start, date_end=end, precision=precision,
                ))
            # Drawn in the same order as before the tags' marks, so a size still gives the same data.
            event_topics = [rng.sample(topics, rng.choice([1, 1, 2, 3])) for _ in events]
            event_actors = [rng.sample(actors, rng.choice([1, 2, 2, 3])) for _ in events]
            for event, its_topics, its_actors in zip(events, event_topics, event_actors, strict=True):
                # As an import does: the marks set with the event, so the database has no row to rewrite.
                event.topic_bits, event.actor_bits = tag_bits(its_topics), tag_bits(its_actors)
            events = Event.objects.bulk_create(events)
            Event.topics.through.objects.bulk_create([
                Event.topics.through(event_id=e.pk, topic_id=t.pk)
                for e, its_topics in zip(events, event_topics, strict=True) for t in its_topics
            ])
            Event.actors.through.objects.bulk_create([
                Event.actors.through(event_id=e.pk, actor_id=a.pk)
                for e, its_actors in zip(events, event_actors, strict=True) for a in its_actors
            ])
    refresh_planner_statistics()
    if connection.vendor == "postgresql":
        # What autovacuum would do before long: without the visibility map, an index-only scan reads the
        # table page of every row it passes, and the first runs after a fill measure that instead.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM")


def measure(runs):
    """(first, p50, p95) per filter, in ms.

    first: the htmx response right after the data changed (events, count, facets and chart, nothing
    cached); p50/p95: the same response afterwards, its counts from the cache (kept until the next write).
    """
    from django.core.cache import cache
    from django.test import Client

    client = Client()
    results = {}
    for name, query in FILTERS.items():
        cache.clear()
        client.get("/")  # the opening period, worked out once per change of the data
        began = time.perf_counter()
        client.get(f"/?{query}", headers={"HX-Request": "true", "HX-Trigger": "filters"})
        first = (time.perf_counter() - began) * 1000
        timings = []
        for _ in range(runs):
            began = time.perf_counter()
            response = client.get(f"/?{query}", headers={"HX-Request": "true", "HX-Trigger": "filters"})
            timings.append((time.perf_counter() - began) * 1000)
            assert response.status_code == 200, response.status_code
        timings.sort()
        results[name] = (first, statistics.median(timings), timings[int(len(timings) * 0.95) - 1])
    return results


def random_filters(count, rng):
    """Distinct filters a reader exploring might pick, drawn with a fixed seed."""
    from timeline.models import Actor, Topic

    topics = list(Topic.objects.values_list("slug", flat=True))
    actors = list(Actor.objects.values_list("slug", flat=True))
    words = sorted({w.lower() for s in seed_sentences() for w in s.split() if w.isalpha() and len(w) > 4})

    def window():
        year = rng.choice([2018, 2020, 2022, 2023, 2024, 2024, 2025, 2025])
        if rng.random() < 0.5:
            return [("from", str(year)), ("to", str(year + rng.randint(0, 2)))]
        month = rng.randint(1, 10)
        return [("from", f"{year}-{month:02d}"), ("to", f"{year}-{month + rng.randint(0, 2):02d}")]

    parts = {
        "topic": lambda: [("topic", t) for t in rng.sample(topics, rng.choice([1, 1, 2]))],
        "actor": lambda: [("actor", a) for a in rng.sample(actors, rng.choice([1, 1, 2]))],
        "dates": window,
        "q": lambda: [("q", rng.choice(words))],
        "precision": lambda: [("precision", rng.choice(["day", "month", "year"]))],
    }
    drawn = {}
    while len(drawn) < count:
        kinds = rng.sample(list(parts), rng.choice([1, 1, 2, 2, 3]))
        query = "&".join(f"{k}={v}" for kind in kinds for k, v in parts[kind]())
        drawn.setdefault(query, None)
    return list(drawn)


def read_into_memory():
    """Read the database's files into the system's cache (MB read), as the memory of a server that holds its
    database keeps them: --cold times filters nobody has opened, not a disk. This machine drops files from
    its cache within minutes when idle, and a search then reads its passages from disk (see the README)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        path = Path(connection.settings_dict["NAME"])
        read = 0
        for name in (path, path.with_name(path.name + "-wal")):
            if name.exists():
                with name.open("rb") as file:
                    while chunk := file.read(1 << 20):
                        read += len(chunk)
        return read / 2**20
    with connection.cursor() as cursor:
        # pg_prewarm's 'read' mode reads each block through the system's cache, leaving PostgreSQL's own
        # buffers as they are.
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
        cursor.execute(
            "SELECT coalesce(sum(pg_prewarm(oid, 'read')), 0) * current_setting('block_size')::int / 1048576.0 "
            "FROM pg_class WHERE relkind IN ('r', 'i', 't') AND relpersistence = 'p'"
        )
        return cursor.fetchone()[0]


def percentiles(timings):
    timings = sorted(timings)
    return statistics.median(timings), timings[max(0, math.ceil(len(timings) * 0.95) - 1)], timings[-1]


def measure_cold(count, rng):
    """(queries, {measure: [ms per filter]}) for distinct random filters, each seen once."""
    from django.core.cache import cache
    from django.db import connection
    from django.http import QueryDict
    from django.template.loader import render_to_string
    from django.test import Client

    from timeline.caching import generation
    from timeline.counting import Counter, small_queries
    from timeline.focus import focus_period
    from timeline.forms import TimelineFilter
    from timeline.paging import first_page

    client = Client()
    client.get("/")  # the opening period is worked out once per change of the data, not per filter
    timings = {"counts": [], "events fragment": [], "complete view": [], "full page": [], "COUNT(*) yardstick": []}

    def timed(name, work, *args, **kwargs):
        began = time.perf_counter()
        result = work(*args, **kwargs)
        timings[name].append((time.perf_counter() - began) * 1000)
        return result

    def events_fragment(query, counted):
        filters = TimelineFilter(QueryDict(query), focus=focus_period)
        events = first_page(filters, counted.page_plan, None, 26)
        return render_to_string("timeline/index.html#page", {"filters": filters, "events": events[:25]})

    def counts(query):
        with small_queries():
            return Counter(TimelineFilter(QueryDict(query), focus=focus_period), generation()).summary()

    def yardstick():
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM timeline_event WHERE status <> 'rejected' AND merged_into_id IS NULL")
            return cursor.fetchone()

    queries = random_filters(count, rng)
    for query in queries:
        counted = timed("counts", counts, query)
        timed("events fragment", events_fragment, query, counted)
        cache.clear()
        client.get("/")  # the opening period again, after clearing
        response = timed("complete view", client.get, f"/?{query}", headers={"HX-Request": "true"})
        assert response.status_code == 200, (query, response.status_code)
        cache.clear()
        client.get("/")
        response = timed("full page", client.get, f"/?{query}")
        assert response.status_code == 200, (query, response.status_code)
        timed("COUNT(*) yardstick", yardstick)
    return queries, timings


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--database-url", help="Default: a SQLite file per size in /tmp.")
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--cold", action="store_true", help="Distinct random filters, each seen once.")
    parser.add_argument("--filters", type=int, default=40, help="How many random filters --cold draws.")
    parser.add_argument("--slowest", type=int, default=0, help="With --cold, list this many slowest filters.")
    args = parser.parse_args()
    os.environ["ALLOWED_HOSTS"] = "testserver"
    rng = random.Random(20250718)
    count = args.events
    url = args.database_url or f"sqlite:////tmp/timeline-bench-{count}.sqlite3"
    database = url.split(":")[0]
    configure(url)
    began = time.perf_counter()
    fill(count, rng)
    print(f"{count:,} events ready in {time.perf_counter() - began:.0f} s ({database})", flush=True)
    if args.cold:
        print(f"{read_into_memory():,.0f} MB of database files read into the system's cache", flush=True)
        queries, timings = measure_cold(args.filters, random.Random(20250719))
        print(f"{args.filters} distinct random filters, each seen once")
        print("| events | database | measure | p50 ms | p95 ms | max ms |")
        print("|---:|---|---|---:|---:|---:|")
        for name, values in timings.items():
            p50, p95, most = percentiles(values)
            print(f"| {count:,} | {database} | {name} | {p50:.1f} | {p95:.1f} | {most:.1f} |", flush=True)
        measures = [name for name in timings if name != "COUNT(*) yardstick"]
        slowest = sorted(range(len(queries)), key=lambda i: -timings["complete view"][i])[: args.slowest]
        for i in slowest:
            print(" ".join(f"{name} {timings[name][i]:.0f}" for name in measures), "ms:", queries[i])
        return
    print("| events | database | filter | first ms | p50 ms | p95 ms |")
    print("|---:|---|---|---:|---:|---:|")
    for name, (first, p50, p95) in measure(args.runs).items():
        print(f"| {count:,} | {database} | {name} | {first:.0f} | {p50:.1f} | {p95:.1f} |", flush=True)


if __name__ == "__main__":
    main()
