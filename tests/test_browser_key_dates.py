"""The key-dates view in Chromium: switching views keeps the filter in the URL, the counts are chosen by
keyboard, a shared link opens the same summary, and it fits a phone."""

import os
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
SCREENSHOTS = os.environ.get("TIMELINE_SCREENSHOTS")


def shown_days(page):
    return page.locator(".key-date time").evaluate_all("els => els.map(e => e.getAttribute('datetime'))")


def test_key_dates_by_keyboard_from_the_filtered_timeline(browser_page, live_server):
    page = browser_page
    page.goto(live_server.url + "/?from=2025-04&to=2025-07")
    page.get_by_role("link", name="Key dates").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"from=2025-04&to=2025-07&view=key"))
    page.wait_for_selector(".key-date")
    days = shown_days(page)
    assert days == sorted(days) and all("2025-04-01" <= day <= "2025-07-31" for day in days)
    assert page.get_by_role("link", name="Key dates").get_attribute("aria-current") == "page"

    page.locator("#id_dates").focus()
    page.keyboard.type("3")
    page.keyboard.press("Tab")
    page.locator("#id_sentences").fill("1")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"view=key.*dates=3&sentences=1"))
    page.wait_for_function("document.querySelectorAll('.key-date').length === 3")
    assert page.locator(".key-sentences li").count() == 3
    chosen = shown_days(page)
    assert set(chosen) <= set(days)

    # Changing a filter keeps the key-dates view and its counts.
    page.fill("#id_to", "2025-05")
    page.locator("#id_to").press("Tab")
    page.wait_for_url(re.compile(r"to=2025-05.*view=key.*dates=3"))
    page.wait_for_function("[...document.querySelectorAll('.key-date time')].every(t => t.dateTime <= '2025-05-31')")

    # A shared link opens the same summary, here without JavaScript's help.
    url = page.url
    copy = page.context.new_page()
    copy.goto(url)
    assert shown_days(copy) == shown_days(page)

    # A day's link opens all its events in the timeline.
    page.locator(".key-date p.meta a").first.click()
    page.wait_for_url(re.compile(r"from=(\d{4}-\d\d-\d\d)&to=\1"))
    page.wait_for_selector(".event")
    assert page.get_by_role("link", name="All events").get_attribute("aria-current") == "page"


@pytest.mark.parametrize(("width", "height", "name", "query"), [
    (360, 740, "phone", "view=key&dates=6&sentences=2"),
    (1280, 900, "desktop", "view=key&dates=6&sentences=2"),
    (1280, 900, "topic", "topic=semiconductors&view=key&dates=5&sentences=1"),
])
def test_key_dates_fit_the_screen(browser_context, live_server, tmp_path, width, height, name, query):
    page = browser_context.new_page()
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{live_server.url}/?{query}")
    page.wait_for_selector(".key-date")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.evaluate("document.querySelector('.views').scrollIntoView()")
    page.screenshot(path=str(Path(SCREENSHOTS or tmp_path) / f"key-dates-{name}.png"))
