"""Time from navigation to the first screen of events drawn, and the JS heap, in Debian's Chromium.

    python bench/browser.py --database-url sqlite:////tmp/timeline-bench-100000.sqlite3
    python bench/browser.py --database-url postgres://postgres@127.0.0.1:5432/timeline_bench

Fill the databases first with bench/timeline.py. The app is served by Django's server (no reloader,
DEBUG off); each URL is opened in a fresh page, once cold (counts and chart computed) and then warm.
"First screen drawn" is the first contentful paint, which includes the events: they arrive in the HTML.
"Counts shown" is when the count line holds its number, measured from the navigation's start by the bench
(so it includes Playwright's round trips); the counts arrive in the same HTML as the events.
"""

import argparse
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
PAGES = {"timeline": "/", "filtered": "/?topic=semiconductors&from=2025-04&to=2025-07"}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(database_url, port):
    # Production settings (DEBUG off) over plain HTTP, with a key of its own, as bench/timeline.py runs them.
    env = {"SECRET_KEY": "bench-only-" + "k" * 50, **os.environ, "DATABASE_URL": database_url, "DEBUG": "0",
           "ALLOWED_HOSTS": "127.0.0.1", "HTTPS": "0"}
    # As in production: static files collected and compressed, served by WhiteNoise.
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True)
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    sys.exit("the server did not start")


def measure(browser, url):
    page = browser.new_page()
    session = page.context.new_cdp_session(page)
    session.send("Performance.enable")
    began = time.monotonic()
    page.goto(url)
    page.wait_for_selector(".event")
    # The counts come with the page (the count line, the chart and the facet numbers are in its HTML): this
    # is when the count line holds its number.
    page.wait_for_function("/\\d/.test(document.querySelector('#count')?.innerText || '')", timeout=60_000)
    counted = (time.monotonic() - began) * 1000
    paint = page.evaluate(
        "performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint')?.startTime"
    )
    first_byte = page.evaluate("performance.getEntriesByType('navigation')[0].responseStart")
    transfer = page.evaluate(
        "performance.getEntriesByType('navigation')[0].transferSize"
        " + performance.getEntriesByType('resource').reduce((sum, e) => sum + e.transferSize, 0)"
    )
    metrics = {m["name"]: m["value"] for m in session.send("Performance.getMetrics")["metrics"]}
    events = page.locator(".event").count()
    page.close()
    return first_byte, paint, counted, metrics["JSHeapUsedSize"] / 1e6, transfer, events


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    args = parser.parse_args()
    port = free_port()
    server = serve(args.database_url, port)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
            )
            print(
                "| page | load | first byte ms | first screen drawn ms | counts shown ms | JS heap MB "
                "| bytes over the wire | events |"
            )
            print("|---|---|---:|---:|---:|---:|---:|---:|")
            for name, path in PAGES.items():
                for load in ("cold", "warm", "warm"):
                    first_byte, paint, counted, heap, transfer, events = measure(
                        browser, f"http://127.0.0.1:{port}{path}"
                    )
                    print(
                        f"| {name} | {load} | {first_byte:.0f} | {paint:.0f} | {counted:.0f} | {heap:.1f} "
                        f"| {transfer:,} | {events} |",
                        flush=True,
                    )
            browser.close()
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
