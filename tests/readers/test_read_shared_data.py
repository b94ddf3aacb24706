"""The readers on the real inputs in ../shared/data (CI has them): saved pages and feeds, scored by bench/inputs.py."""

import pytest

from bench.inputs import FEEDS, PAGES, PAGES_TARGET, check_feeds, score_pages


@pytest.mark.skipif(not (PAGES / "gold.json").is_file(), reason=f"no saved pages with gold dates at {PAGES}")
def test_saved_pages_get_their_checked_publication_day():
    score = score_pages()
    misses = [f"{row['page']}: gold {row['gold']}, read {row['read']} {row['problem']}"
              for row in score["rows"] if not row["right"]]
    assert score["share"] >= PAGES_TARGET, "\n".join(misses)
    assert score["undated_kept"] == score["undated"], "a page without a date was given one"
    assert all(row["title"] for row in score["rows"]), "every page has a title"


@pytest.mark.skipif(not FEEDS.is_dir(), reason=f"no real feeds at {FEEDS}")
def test_every_feed_item_comes_once_with_its_title_link_and_date():
    report = check_feeds()
    assert len(report) == 8
    assert sum(feed["expected"] for feed in report.values()) > 200
    mismatches = {name: feed["mismatches"][:3] for name, feed in report.items() if feed["mismatches"]}
    assert not mismatches
