"""Score the input readers on the shared real inputs: saved pages (publication day) and feeds (every item).

Pages: ../shared/data/pages/gold.json gives each page's checked publication day, or null for a page that
has none; a page counts when its article has that day (null: no date). Feeds: each NAME.expected.json
lists the items another parser read (title, link, UTC date); every item must come out once, in order,
with that title, link and instant (uolNoticias.rss.dates.json holds the Portuguese feed's titles and dates).

    python bench/inputs.py [--pages] [--feeds]
"""

import argparse
import datetime
import json
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.readers import Article, read_paths  # noqa: E402
from timeline.readers.text import decode  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
PAGES, FEEDS = DATA / "pages", DATA / "feeds"
PAGES_TARGET = 0.9


def score_pages(folder: pathlib.Path = PAGES) -> dict:
    """Per page: the gold day, the day read, and whether they agree; pages read as they would be imported
    (bytes of a saved file, no URL given)."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    rows = []
    for name, expected in sorted(gold.items()):
        records = list(read_paths([folder / name]))
        articles = [r for r in records if isinstance(r, Article)]
        day = articles[0].published_day if len(articles) == 1 else None
        rows.append({
            "page": name, "gold": expected["published"], "read": day.isoformat() if day else None,
            "problem": "; ".join(str(r) for r in records if not isinstance(r, Article)),
            "title": articles[0].title if articles else "",
        })
        rows[-1]["right"] = rows[-1]["read"] == rows[-1]["gold"] and not rows[-1]["problem"]
    right = sum(row["right"] for row in rows)
    undated = [row for row in rows if row["gold"] is None]
    return {"rows": rows, "right": right, "total": len(rows), "share": right / len(rows),
            "undated_kept": sum(row["read"] is None for row in undated), "undated": len(undated)}


def expected_items(feed: pathlib.Path) -> list[dict]:
    """title, link and UTC instant (or None) of each item, as the expectation files give them."""
    expectation = json.loads(decode((feed.parent / f"{feed.name}.expected.json").read_bytes()))
    items = [{"title": item.get("title", ""), "link": item.get("link", ""), "isoDate": item.get("isoDate")}
             for item in expectation["feed"]["items"]]
    dates = feed.parent / f"{feed.name}.dates.json"
    if dates.exists():  # our hand-read titles and dates, where the other parser gave neither right
        for item, fixed in zip(items, json.loads(dates.read_text(encoding="utf-8"))["feed"]["items"], strict=True):
            item.update(title=fixed["title"], isoDate=fixed["isoDate"])
    return items


def check_feeds(folder: pathlib.Path = FEEDS) -> dict:
    """Per feed: items expected, items read, and each mismatch (item number, field, expected, read)."""
    report = {}
    for feed in sorted(folder.glob("*.expected.json")):
        feed = feed.with_name(feed.name.removesuffix(".expected.json"))
        expected = expected_items(feed)
        records = list(read_paths([feed]))
        articles = [r for r in records if isinstance(r, Article)]
        mismatches = [(0, "problem", "", str(r)) for r in records if not isinstance(r, Article)]
        if len(articles) != len(expected):
            mismatches.append((0, "items", len(expected), len(articles)))
        for number, (want, got) in enumerate(zip(expected, articles, strict=False), 1):
            instant = _utc(got.published)
            for field, wanted, read in (
                ("title", " ".join(want["title"].split()), got.title),
                ("link", want["link"], got.url),
                ("date", _utc(want["isoDate"] and datetime.datetime.fromisoformat(want["isoDate"])), instant),
            ):
                if wanted != read:
                    mismatches.append((number, field, wanted, read))
        report[feed.name] = {"expected": len(expected), "read": len(articles), "mismatches": mismatches}
    return report


def _utc(moment):
    if isinstance(moment, datetime.datetime):
        return moment.astimezone(datetime.UTC).replace(microsecond=0).isoformat()
    return moment.isoformat() if moment else None


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", action="store_true", help="only the pages")
    parser.add_argument("--feeds", action="store_true", help="only the feeds")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        sys.exit(f"no shared data at {DATA}")
    failed = False
    if not args.feeds:
        started = time.perf_counter()
        pages = score_pages()
        seconds = time.perf_counter() - started
        for row in pages["rows"]:
            if not row["right"]:
                print(f"  miss {row['page']}: gold {row['gold']}, read {row['read']} {row['problem']}")
        print(f"pages: {pages['right']}/{pages['total']} right day ({pages['share']:.1%}, target "
              f"{PAGES_TARGET:.0%}); {pages['undated_kept']}/{pages['undated']} undated pages left undated; "
              f"{pages['total'] / seconds:.1f} pages/s")
        failed |= pages["share"] < PAGES_TARGET or pages["undated_kept"] < pages["undated"]
    if not args.pages:
        report = check_feeds()
        for name, feed in report.items():
            for number, field, wanted, read in feed["mismatches"][:5]:
                print(f"  {name} item {number} {field}: expected {wanted!r}, read {read!r}")
            print(f"feed {name}: {feed['read']}/{feed['expected']} items, {len(feed['mismatches'])} mismatches")
        items = sum(feed["expected"] for feed in report.values())
        bad = sum(len(feed["mismatches"]) for feed in report.values())
        print(f"feeds: {len(report)} feeds, {items} items expected, {bad} mismatches")
        failed |= bad > 0
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
