"""Load on the real server: gunicorn with N workers over a synthetic archive, C concurrent clients for S
seconds mixing distinct filters, htmx fragments, exports and event/source pages; on SQLite an import runs
in another process meanwhile. Prints requests/s, p50/p95/p99 and errors as a README table row.

    python bench/load.py                                   # SQLite, 100k events, 4 workers, 50 clients, 60 s
    python bench/load.py --database-url postgres://postgres@127.0.0.1:5432/timeline_bench
    python bench/load.py --seconds 20 --events 10000       # a quick look

The archive is filled by bench/timeline.py's fill() (reused when it already holds that many events).
"""

import argparse
import datetime
import http.client
import importlib.util
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
HTMX = {"HX-Request": "true", "HX-Trigger": "filters"}
SUMMARY = {"HX-Request": "true", "HX-Target": "summary"}
WORDS = ["chips", "export", "tariffs", "Huawei", "rare earth", "talks", "sanctions", "TikTok", "Nvidia", "Geneva",
         "semiconductor", "ban", "deal", "lithography", "quantum", "steel", "soybeans", "visa", "students", "drones"]


def load_bench_timeline():
    spec = importlib.util.spec_from_file_location("bench_timeline", ROOT / "bench" / "timeline.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def request_mix(rng, topics, actors, event_ids, source_ids):
    """One request as readers make them: mostly distinct filter combinations, so caches rarely answer."""
    def filters():
        query = []
        if rng.random() < 0.4:
            query.append(("topic", rng.choice(topics)))
        if rng.random() < 0.3:
            query.append(("actor", rng.choice(actors)))
        if rng.random() < 0.3:
            query.append(("q", rng.choice(WORDS)))
        if rng.random() < 0.4:
            year = rng.randrange(2016, 2026)
            query += [("from", f"{year}-{rng.randrange(1, 13):02d}"), ("to", str(year + rng.randrange(0, 3)))]
        if rng.random() < 0.1:
            query.append(("precision", rng.choice(["day", "month", "year"])))
        return urlencode(query)

    kind = rng.random()
    if kind < 0.25:
        return "page", f"/?{filters()}", {}
    if kind < 0.50:
        return "fragment", f"/?{filters()}", HTMX
    if kind < 0.62:
        return "counts", f"/?{filters()}", SUMMARY
    if kind < 0.70:
        return "export", f"/events.{rng.choice(['json', 'csv'])}?{filters()}&limit=200", {}
    if kind < 0.90:
        return "event", f"/events/{rng.choice(event_ids)}/", {}
    return "source", f"/sources/{rng.choice(source_ids)}/", {}


def client_loop(port, deadline, seed, pools, results, lock):
    rng = random.Random(seed)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    local = []
    while time.monotonic() < deadline:
        kind, path, headers = request_mix(rng, *pools)
        began = time.perf_counter()
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as error:
            status = type(error).__name__
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        local.append((kind, status, time.perf_counter() - began))
    with lock:
        results.extend(local)


def synthetic_articles(folder, count, rng):
    """Articles for the import that runs during the load: seed sentences around dated lines."""
    from timeline.extraction.pages import split_sentences

    sentences = [s.text for f in sorted((ROOT / "seeds").glob("*.txt")) for s in split_sentences(f.read_text())]
    for n in range(count):
        day = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randrange(365))
        lines = [f"Load test article {n}: {rng.choice(WORDS)} talks", f"Published {day:%d %B %Y}", ""]
        for _ in range(12):
            lines.append(" ".join(rng.sample(sentences, 3)) + f" Officials met on {day:%d %B %Y}.")
        (folder / f"load-{n:04d}.txt").write_text("\n\n".join(lines))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--database-url", help="Default: bench/timeline.py's SQLite file for that size.")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--redis-url", help="Share the cache through Redis (default: each worker its own).")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--import-articles", type=int, default=None,
                        help="Articles imported during the run (default: 150 on SQLite, 0 on PostgreSQL).")
    args = parser.parse_args()
    url = args.database_url or f"sqlite:////tmp/timeline-bench-{args.events}.sqlite3"
    database = url.split(":")[0]
    bench = load_bench_timeline()
    bench.configure(url)
    began = time.perf_counter()
    bench.fill(args.events, random.Random(20250718))
    print(f"{args.events:,} events ready in {time.perf_counter() - began:.0f} s ({database})", flush=True)

    from timeline.models import Actor, Event, Source, Topic

    pools = (list(Topic.objects.values_list("slug", flat=True)), list(Actor.objects.values_list("slug", flat=True)),
             list(Event.objects.values_list("pk", flat=True)[:: max(1, args.events // 5000)]),
             list(Source.objects.values_list("pk", flat=True)[:2000]))
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"} | {"DATABASE_URL": url, "HTTPS": "0", "DEBUG": "0"}
    if args.redis_url:
        env["REDIS_URL"] = args.redis_url
    with socket_port() as port, tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "gunicorn.log"
        server = subprocess.Popen(
            [Path(sys.executable).with_name("gunicorn"), "timeline.wsgi", "--bind", f"127.0.0.1:{port}",
             "--workers", str(args.workers), "--timeout", "120"],
            cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
        )
        try:
            wait_until_serving(port)
            articles = args.import_articles
            if articles is None:
                articles = 150 if database == "sqlite" else 0
            importer = None
            if articles:
                inputs = Path(folder) / "inputs"
                inputs.mkdir()
                synthetic_articles(inputs, articles, random.Random(7))
            results, lock = [], threading.Lock()
            deadline = time.monotonic() + args.seconds
            threads = [threading.Thread(target=client_loop, args=(port, deadline, n, pools, results, lock))
                       for n in range(args.clients)]
            for thread in threads:
                thread.start()
            if articles:
                time.sleep(min(5, args.seconds / 6))
                import_began = time.monotonic()
                importer = subprocess.Popen([sys.executable, "manage.py", "ingest", str(inputs)], cwd=ROOT, env=env,
                                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            for thread in threads:
                thread.join()
            import_note = "none"
            if importer:
                output, _ = importer.communicate(timeout=1800)
                import_note = (f"{articles} articles, exit {importer.returncode}, "
                               f"{time.monotonic() - import_began:.0f} s")
                if importer.returncode:
                    print(output[-3000:])
        finally:
            server.terminate()
            server.wait(timeout=60)
        server_log = log.read_text()
    report(results, args, database, import_note, server_log)


def report(results, args, database, import_note, server_log):
    timings = sorted(seconds for _, _, seconds in results)
    errors = [(kind, status) for kind, status, _ in results if not (isinstance(status, int) and status < 500)]
    locked = server_log.count("database is locked")

    def percentile(share):
        return timings[min(len(timings) - 1, int(len(timings) * share))] * 1000

    by_kind = {}
    for kind, _, seconds in results:
        by_kind.setdefault(kind, []).append(seconds * 1000)
    print("| database | events | workers | clients | seconds | requests | req/s | p50 ms | p95 ms | p99 ms | errors "
          "| 'database is locked' | import during the run |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    print(f"| {database} | {args.events:,} | {args.workers} | {args.clients} | {args.seconds:.0f} | {len(results):,} "
          f"| {len(results) / args.seconds:.1f} | {percentile(0.5):.0f} | {percentile(0.95):.0f} "
          f"| {percentile(0.99):.0f} | {len(errors)} | {locked} | {import_note} |")
    print("per kind (p50 ms): " + ", ".join(
        f"{kind} {statistics.median(values):.0f} (n={len(values)})" for kind, values in sorted(by_kind.items())))
    if errors:
        print("errors:", errors[:20])
        first = server_log.find("Internal Server Error")
        print("first error in the server's log:", server_log[first : first + 6000] if first >= 0 else "none")


class socket_port:
    def __enter__(self):
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return sock.getsockname()[1]

    def __exit__(self, *exc):
        return False


def wait_until_serving(port):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/events.json?limit=0")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("gunicorn did not start")


if __name__ == "__main__":
    main()
