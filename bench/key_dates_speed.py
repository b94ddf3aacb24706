"""Time the key-dates fragment against the events fragment over N synthetic events (bench/timeline.py's data).

    python bench/key_dates_speed.py --events 100000

For each typical filter, in one process: the events fragment (the reference, p50/p95 with its counts
cached), then the key-dates fragment: `work` is the request that works the key dates out after the data
changed (a reader changing filters meanwhile gets the rest of the page at once and this in a follow-up
request), p50/p95 are later requests for the same view, and `ratio` is key-dates p95 / events p95.
`selected` is how many events the filter selects over every date (the unfiltered page's key dates cover
only its opening period): the work grows linearly with the events selected.
"""

import argparse
import importlib.util
import os
import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
# bench/timeline.py builds the database and names the filters; loaded by path, as "timeline" is the app.
_spec = importlib.util.spec_from_file_location("timeline_bench", HERE / "timeline.py")
timeline_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(timeline_bench)


def timed(client, url, headers, runs):
    timings = []
    for _ in range(runs):
        began = time.perf_counter()
        response = client.get(url, headers=headers)
        timings.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, response.status_code
    timings.sort()
    return statistics.median(timings), timings[max(0, int(len(timings) * 0.95) - 1)]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--database-url", help="Default: bench/timeline.py's SQLite file for that size in /tmp.")
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    os.environ["ALLOWED_HOSTS"] = "testserver"
    url = args.database_url or f"sqlite:////tmp/timeline-bench-{args.events}.sqlite3"
    timeline_bench.configure(url)
    timeline_bench.fill(args.events, random.Random(20250718))
    from django.http import QueryDict
    from django.test import Client

    from timeline.caching import data_changed
    from timeline.forms import TimelineFilter

    client = Client()
    fragment = {"HX-Request": "true", "HX-Trigger": "filters"}
    print("| events | filter | selected | events p50 | events p95 | key dates work | key p50 | key p95 | ratio |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, query in timeline_bench.FILTERS.items():
        selected = TimelineFilter(QueryDict(query)).events().count()
        data_changed()
        client.get(f"/?{query}", headers={"HX-Request": "true", "HX-Target": "summary"})
        events = timed(client, f"/?{query}", fragment, args.runs)
        key_url = f"/?{query}&view=key"
        began = time.perf_counter()
        client.get(key_url, headers={"HX-Request": "true", "HX-Target": "key-dates"})
        work = (time.perf_counter() - began) * 1000
        key = timed(client, key_url, fragment, args.runs)
        print(f"| {args.events:,} | {name} | {selected:,} | {events[0]:.1f} | {events[1]:.1f} | {work:.0f} "
              f"| {key[0]:.1f} | {key[1]:.1f} | {key[1] / events[1]:.2f} |", flush=True)


if __name__ == "__main__":
    main()
