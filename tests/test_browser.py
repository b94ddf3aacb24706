"""The timeline in a real browser: Debian's Chromium driven by Playwright (never a downloaded browser)."""

import re

import pytest

pytestmark = pytest.mark.browser


def test_filter_updates_url_and_results_then_back_and_follow_to_passage(browser_page, live_server):
    page = browser_page
    page.goto(live_server.url + "/")
    all_count = page.locator("#count").inner_text()
    first_heading = page.locator(".month-heading").first.inner_text()

    page.fill("#id_q", "Geneva")
    page.wait_for_url(re.compile(r"\?.*q=Geneva"))
    page.wait_for_function("document.querySelector('#count').innerText.includes('Geneva')")
    assert page.locator(".event").count() >= 1

    page.go_back()
    page.wait_for_url(live_server.url + "/")
    page.wait_for_function(f"document.querySelector('#count').innerText === {all_count!r}")
    assert page.locator(".month-heading").first.inner_text() == first_heading

    page.fill("#id_q", "Ningbo")
    page.wait_for_url(re.compile(r"q=Ningbo"))
    # The address changes with the swap; wait for the new results before following one of them.
    page.wait_for_function("document.querySelector('#count').innerText.includes('Ningbo')")
    page.locator(".event .meta a").first.click()
    page.wait_for_url(re.compile(r"/sources/\d+/#p-\d+$"))
    target = page.url.rsplit("#", 1)[1]
    passage = page.locator(f"#{target}")
    assert "Ningbo" in passage.inner_text()
    assert passage.locator("mark").count() >= 1
    background = passage.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
