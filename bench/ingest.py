"""Import speed: the whole pipeline against the date engine alone, on the same text in the same run.

    python bench/ingest.py                      # SQLite file in /tmp, --jobs 1 and 2
    python bench/ingest.py --database-url postgres://postgres@127.0.0.1:5432/timeline_ingest_bench

Imports every `../shared/data/timeline17/*/articles.jsonl` into a fresh database and prints articles/s and
characters/s beside `find_timexes`' own characters/s over the same articles (each anchored at its publication
day, single core). The target: per core used, the pipeline reaches at least half the engine's single-core rate.
"""

import argparse
import datetime
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "timeline17"
sys.path.insert(0, str(ROOT))


def fresh_database(url):
    if url.startswith("postgres"):
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    os.environ["DATABASE_URL"] = url
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("loaddata", "taxonomy", verbosity=0)


def engine_rate(files):
    """Characters per second of find_timexes alone, over each article's text, on one core."""
    from timeline.extraction import find_timexes

    texts = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            texts.append((article["text"], datetime.date.fromisoformat(article["published"])))
    find_timexes("warm up on 3 May 2009", anchor=datetime.date(2009, 5, 3))
    started = time.perf_counter()
    for text, anchor in texts:
        find_timexes(text, anchor=anchor)
    elapsed = time.perf_counter() - started
    return len(texts), sum(len(t) for t, _ in texts), elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    files = sorted(SHARED.glob("*/articles.jsonl"))
    if not files:
        sys.exit(f"No Timeline17 collections under {SHARED}: the shared data is not here.")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
    os.environ.setdefault("DATABASE_URL", "sqlite:///:memory:")
    import django

    django.setup()
    from django.db import connections

    from timeline.ingest import ingest_paths

    articles, characters, engine_seconds = engine_rate(files)
    engine = characters / engine_seconds
    print(f"{articles} articles, {characters:,} characters; find_timexes alone: {engine:,.0f} characters/s (1 core)")
    print("| database | jobs | seconds | articles/s | characters/s | vs engine per core |")
    print("|---|---:|---:|---:|---:|---:|")
    for jobs in args.jobs:
        with tempfile.TemporaryDirectory() as folder:
            url = args.database_url or f"sqlite:///{folder}/ingest.sqlite3"
            connections.close_all()
            connections["default"].settings_dict["NAME"] = url.rsplit("/", 1)[1] if url.startswith("postgres") \
                else f"{folder}/ingest.sqlite3"
            if url.startswith("postgres"):
                import dj_database_url

                connections["default"].settings_dict.update(dj_database_url.parse(url))
            fresh_database(url)
            started = time.perf_counter()
            report = ingest_paths(files, progress=lambda _line: None, jobs=jobs)
            seconds = time.perf_counter() - started
            connections.close_all()
        assert not report.failed, report.failed[:3]
        rate = characters / seconds
        vendor = "PostgreSQL" if url.startswith("postgres") else "SQLite"
        print(f"| {vendor} | {jobs} | {seconds:.1f} | {articles / seconds:.1f} | {rate:,.0f} | "
              f"{rate / jobs / engine:.2f} |")


if __name__ == "__main__":
    main()
