"""A reader's tour of the timeline in Chromium: filters, chart, sharing, history, scrolling, keyboard, phone."""

import os
import re
from pathlib import Path

import pytest
from django.conf import settings

from timeline.models import Event, Topic

pytestmark = pytest.mark.browser
# `TIMELINE_SCREENSHOTS=static/readme make test` refreshes the README's pictures; by default they are thrown away.
SCREENSHOTS = os.environ.get("TIMELINE_SCREENSHOTS")


def shown_ids(page):
    return [int(i.split("-")[1]) for i in page.locator(".event").evaluate_all("els => els.map(e => e.id)")]


def wait_for_count_change(page, before):
    """The count line changes twice: to "Counting events…", then to the new count."""
    page.wait_for_function(
        f"(t => t !== {before!r} && !t.startsWith('Counting'))(document.querySelector('#count').innerText)"
    )


def test_topic_actor_text_and_date_filters_update_url_and_results(browser_page, live_server):
    page = browser_page
    page.goto(live_server.url + "/")
    count = page.locator("#count").inner_text()

    page.locator("summary", has_text="Topics").click()
    page.locator("input[name=topic][value=semiconductors]").check()
    page.wait_for_url(re.compile(r"topic=semiconductors"))
    wait_for_count_change(page, count)
    tagged = {e.pk for e in Topic.objects.get(slug="semiconductors").events.public()}
    assert shown_ids(page) and set(shown_ids(page)) <= tagged

    count = page.locator("#count").inner_text()
    page.locator("summary", has_text="Actors").click()
    page.locator("input[name=actor][value=china]").check()
    page.wait_for_url(re.compile(r"actor=china"))
    wait_for_count_change(page, count)

    count = page.locator("#count").inner_text()
    page.fill("#id_from", "2025")
    page.fill("#id_to", "2025-06")
    page.locator("#id_to").press("Tab")
    page.wait_for_url(re.compile(r"from=2025&to=2025-06"))
    wait_for_count_change(page, count)
    for pk in shown_ids(page):
        event = Event.objects.get(pk=pk)
        assert event.date_start.year == 2025 and event.date_end.isoformat() <= "2025-06-30"

    page.fill("#id_q", "chips")
    page.wait_for_url(re.compile(r"q=chips"))
    page.wait_for_function("document.querySelector('#count').innerText.includes('mentioning “chips”')")


def test_a_bar_narrows_the_dates_and_the_form_follows(browser_page, live_server):
    page = browser_page
    page.goto(live_server.url + "/?from=2025-06&to=2025-07")
    page.locator(".chart a").first.click()
    page.wait_for_url(re.compile(r"from=2025-06&to=2025-06"))
    # The address can change a moment before the new results and form are in place.
    page.wait_for_function("document.querySelector('#id_to').value === '2025-06'")
    page.wait_for_function("document.querySelector('#count').innerText.includes('Jun 2025.')")
    assert all(Event.objects.get(pk=pk).date_start.month == 6 for pk in shown_ids(page))
    page.get_by_role("link", name="show all dates").click()
    page.wait_for_url(re.compile(r"/\?period=all$"))
    page.wait_for_function("document.querySelector('#id_from').value === ''")


def test_a_copied_link_opens_the_same_view(browser_context, live_server):
    page = browser_context.new_page()
    page.goto(live_server.url + "/")
    page.fill("#id_q", "tariffs")
    page.wait_for_url(re.compile(r"q=tariffs"))
    page.wait_for_function("document.querySelector('#count').innerText.includes('tariffs')")
    page.get_by_role("button", name="Copy link").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.url
    other = browser_context.new_page()
    other.goto(copied)
    assert shown_ids(other) == shown_ids(page)
    assert other.locator("#id_q").input_value() == "tariffs"


def test_back_and_forward_restore_filters_and_results(browser_page, live_server):
    page = browser_page
    page.goto(live_server.url + "/")
    everything = shown_ids(page)
    page.fill("#id_q", "Geneva")
    page.wait_for_url(re.compile(r"q=Geneva"))
    page.wait_for_function("document.querySelector('#count').innerText.includes('Geneva')")
    geneva = shown_ids(page)
    page.go_back()
    page.wait_for_url(live_server.url + "/")
    page.wait_for_function("!document.querySelector('#count').innerText.includes('Geneva')")
    assert shown_ids(page) == everything and page.locator("#id_q").input_value() == ""
    page.go_forward()
    page.wait_for_url(re.compile(r"q=Geneva"))
    page.wait_for_function("document.querySelector('#count').innerText.includes('Geneva')")
    assert shown_ids(page) == geneva and page.locator("#id_q").input_value() == "Geneva"


def test_scrolling_loads_later_events(browser_page, live_server):
    page = browser_page
    page.goto(live_server.url + "/?period=all")
    first = len(shown_ids(page))
    assert first == settings.TIMELINE_PAGE_SIZE
    page.locator(".more a").scroll_into_view_if_needed()
    page.wait_for_function(f"document.querySelectorAll('.event').length > {first}")
    ordered = [e.pk for e in Event.objects.public().chronological()]
    assert shown_ids(page) == ordered[: len(shown_ids(page))]


def test_keyboard_alone_can_search_and_reach_an_event(browser_page, live_server):
    page = browser_page
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "id_q":
            break
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.type("Ningbo")
    page.wait_for_url(re.compile(r"q=Ningbo"))
    page.wait_for_function("document.querySelectorAll('.event').length === 1")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_from"
    page.keyboard.type("2025")
    page.keyboard.press("Tab")
    page.wait_for_url(re.compile(r"from=2025"))
    assert page.evaluate("document.activeElement.id") == "id_to"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").startswith("Topics")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "topic"
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"topic="))
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"^((?!topic=).)*$"))
    page.wait_for_function("document.querySelectorAll('.event').length === 1")
    page.locator(".event .when a").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/events/\d+/$"))


@pytest.mark.parametrize(("width", "height", "name"), [(360, 740, "phone"), (1280, 900, "desktop")])
def test_the_timeline_fits_the_screen(browser_context, live_server, tmp_path, width, height, name):
    page = browser_context.new_page()
    page.set_viewport_size({"width": width, "height": height})
    page.goto(live_server.url + "/?from=2025-04&to=2025-07")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=str(Path(SCREENSHOTS or tmp_path) / f"timeline-{name}.png"))
