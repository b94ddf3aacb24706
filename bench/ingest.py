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
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "timeline17"
sys.path.insert(0, str(ROOT))


def fresh_database(url):
    """An empty, migrated database at `url` (dropped and made again), holding the taxonomy."""
    from django.core.management import call_command
    from django.db import connections

    connections.close_all()
    if url.startswith("postgres"):
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    else:
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    call_command("migrate", verbosity=0)
    call_command("loaddata", "taxonomy", verbosity=0)


def cpu_seconds():
    """CPU time of this process and of its finished workers: on a busy machine, wall time alone hides whether
    the pipeline is held up by its own work or by other programs."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


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
    folder = tempfile.mkdtemp()
    url = args.database_url or f"sqlite:///{folder}/ingest.sqlite3"
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
    # DEBUG would record every query and slow the import down: a throwaway key lets it stay off.
    os.environ.setdefault("SECRET_KEY", "bench-only-" + os.urandom(16).hex())
    import django

    django.setup()
    from timeline.ingest import ingest_paths
    from timeline.models import Source

    articles, characters, engine_seconds = engine_rate(files)
    engine = characters / engine_seconds
    print(f"{articles} articles, {characters:,} characters; find_timexes alone: {engine:,.0f} characters/s (1 core)")
    print("| database | jobs | seconds | articles/s | characters/s | vs engine per core | CPU s: main / workers |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    vendor = "PostgreSQL" if url.startswith("postgres") else "SQLite"
    for jobs in args.jobs:
        fresh_database(url)
        started, cpu = time.perf_counter(), cpu_seconds()
        report = ingest_paths(files, progress=lambda _line: None, jobs=jobs)
        seconds = time.perf_counter() - started
        main_cpu, workers_cpu = (after - before for after, before in zip(cpu_seconds(), cpu, strict=True))
        assert not report.failed, report.failed[:3]
        assert Source.objects.count() == sum(item.outcome == "new" for item in report.items) > 0
        rate = characters / seconds
        print(f"| {vendor} | {jobs} | {seconds:.1f} | {articles / seconds:.1f} | {rate:,.0f} | "
              f"{rate / jobs / engine:.2f} | {main_cpu:.1f} / {workers_cpu:.1f} |")
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
