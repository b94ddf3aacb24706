"""The timeline in a real browser: Debian's Chromium driven by Playwright (never a downloaded browser)."""

import os
import re
import shutil

import pytest
from django.conf import settings
from django.core.management import call_command

from timeline.ingest import ingest_paths

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (apt-get install chromium)"
    ),
]


@pytest.fixture
def page(live_server):
    from playwright.sync_api import sync_playwright

    # Playwright runs an event loop in this thread; Django would otherwise refuse ORM calls in the test body.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    call_command("loaddata", "taxonomy", verbosity=0)
    ingest_paths([settings.SEEDS_DIR], progress=lambda _: None)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        page = browser.new_page()
        page.set_default_timeout(10_000)
        yield page
        browser.close()


def test_filter_updates_url_and_results_then_back_and_follow_to_passage(page, live_server):
    page.goto(live_server.url + "/")
    all_count = page.locator("#count").inner_text()
    first_heading = page.locator(".month-heading").first.inner_text()

    page.fill("#id_q", "Geneva")
    page.wait_for_url(re.compile(r"\?.*q=Geneva"))
    page.wait_for_function(f"document.querySelector('#count').innerText !== {all_count!r}")
    assert page.locator(".event").count() >= 1
    assert page.locator("#count").inner_text() != all_count

    page.go_back()
    page.wait_for_url(live_server.url + "/")
    page.wait_for_function(f"document.querySelector('#count').innerText === {all_count!r}")
    assert page.locator(".month-heading").first.inner_text() == first_heading

    page.fill("#id_q", "Ningbo")
    page.wait_for_url(re.compile(r"q=Ningbo"))
    page.locator(".event .meta a").first.click()
    page.wait_for_url(re.compile(r"/sources/\d+/#p-\d+$"))
    target = page.url.rsplit("#", 1)[1]
    passage = page.locator(f"#{target}")
    assert "Ningbo" in passage.inner_text()
    assert passage.locator("mark").count() >= 1
    background = passage.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
