"""A reader's history, console and shared links in Chromium: one action, one entry; a clean console; links
that hold only what the reader chose; a page that opens on the news; a cold link that carries its counts."""


import pytest

from timeline.focus import focus_period
from timeline.models import Event, Topic

pytestmark = pytest.mark.browser


def shown_ids(page):
    return [int(i.split("-")[1]) for i in page.locator(".event").evaluate_all("els => els.map(e => e.id)")]


def at(page, pattern):
    """Wait until the address matches: replacing it (history.replaceState) is not a navigation to wait for."""
    page.wait_for_function("pattern => new RegExp(pattern).test(location.href)", arg=pattern)
    page.wait_for_load_state("networkidle")


def settled(page, text):
    page.wait_for_function(f"document.querySelector('#count').innerText.includes({text!r})")
    page.wait_for_load_state("networkidle")


def test_one_search_is_one_history_entry_and_back_returns_before_it(browser_page, live_server):
    page = browser_page
    page.goto(live_server.url + "/?topic=tariffs")
    before = page.evaluate("history.length")
    tariffs = shown_ids(page)
    # Pauses long enough for the search to run after "Gen" and again after "Geneva", then Enter.
    page.locator("#id_q").press_sequentially("Gen")
    at(page, r"q=Gen&")
    page.locator("#id_q").press_sequentially("eva")
    at(page, r"q=Geneva&")
    page.locator("#id_q").press("Enter")
    page.wait_for_timeout(600)
    page.wait_for_load_state("networkidle")
    assert page.url == live_server.url + "/?q=Geneva&topic=tariffs"
    assert page.evaluate("history.length") == before + 1

    page.go_back()
    at(page, r"/\?topic=tariffs$")
    page.wait_for_function("document.querySelector('#id_q').value === ''")
    assert shown_ids(page) == tariffs

    # Typing after Back starts a new entry rather than overwriting the one Back returned to.
    page.locator("#id_q").press_sequentially("Ningbo")
    at(page, r"q=Ningbo&")
    page.go_back()
    at(page, r"/\?topic=tariffs$")
    page.wait_for_function("document.querySelector('#id_q').value === ''")

    # A committed change (a box) adds one entry, in place of the one Back left; asking again for the
    # view already shown adds none.
    page.locator("summary", has_text="Actors").click()
    page.locator("input[name=actor][value=china]").check()
    at(page, r"actor=china")
    assert page.evaluate("history.length") == before + 1
    page.locator("#filters button[type=submit]").click()
    page.wait_for_timeout(300)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("history.length") == before + 1


def test_a_whole_tour_leaves_the_console_clean(browser_page, live_server):
    page = browser_page
    messages = []
    page.on("console", lambda message: messages.append(message) if message.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: messages.append(error))
    page.goto(live_server.url + "/")
    page.fill("#id_q", "tariffs")
    settled(page, "tariffs")
    page.fill("#id_from", "2025")
    page.locator("#id_from").press("Tab")
    settled(page, "2025")
    page.fill("#id_from", "not a date")
    page.locator("#id_from").press("Tab")
    page.wait_for_function("document.querySelector('#errors-from').innerText.includes('not a date')")
    page.fill("#id_from", "")
    page.locator("#id_from").press("Tab")
    page.wait_for_load_state("networkidle")
    page.locator("summary", has_text="Topics").click()
    page.locator("input[name=topic]").first.check()
    at(page, r"topic=")
    page.locator("summary", has_text="Sources").click()
    page.locator("input[name=source]").first.check()
    at(page, r"source=")
    page.locator("summary", has_text="Precision").click()
    page.locator("input[name=checked]").check()
    at(page, r"checked=on")
    page.goto(live_server.url + "/?period=all")
    page.locator(".chart a").last.click()
    at(page, r"from=")
    page.goto(live_server.url + "/")
    page.locator(".event .tag").first.click()
    at(page, r"topic=")
    page.locator("a.chip").first.click()
    at(page, r"/\?$|/$")
    page.goto(live_server.url + "/?period=all")
    page.locator(".more a").scroll_into_view_if_needed()
    page.wait_for_function("document.querySelectorAll('.event').length > 25")
    page.go_back()
    page.wait_for_load_state("networkidle")
    page.go_forward()
    page.wait_for_load_state("networkidle")
    assert [str(m) if not hasattr(m, "text") else f"{m.type}: {m.text}" for m in messages] == []


def test_a_shared_address_holds_only_what_was_chosen_in_one_order(browser_page, live_server):
    page = browser_page
    page.goto(live_server.url + "/")
    page.locator("summary", has_text="Topics").click()
    page.locator("input[name=topic][value=tariffs]").check()
    at(page, r"topic=tariffs")
    page.fill("#id_q", "Geneva")
    at(page, r"q=Geneva")
    assert page.url == live_server.url + "/?q=Geneva&topic=tariffs"
    # A facet's values come sorted whichever was ticked first.
    page.locator("input[name=topic][value=ai]").check()
    at(page, r"topic=ai&topic=tariffs$")


def test_the_unfiltered_page_opens_on_the_period_the_news_is_about(browser_page, live_server):
    page = browser_page
    focus = focus_period()
    page.goto(live_server.url + "/")
    shown = [Event.objects.get(pk=pk) for pk in shown_ids(page)]
    assert shown and all(focus.start <= e.date_start and e.date_end <= focus.end for e in shown)
    inside = Event.objects.public().filter(date_start__gte=focus.start, date_end__lte=focus.end).count()
    outside = Event.objects.public().count() - inside
    count = page.locator("#count").inner_text()
    assert count.startswith(f"{inside} events, ") and f"{outside} more events lie outside this period" in count
    bars = page.locator(".chart a").count()
    assert bars == (focus.end.year - focus.start.year) * 12 + focus.end.month - focus.start.month + 1
    page.get_by_role("link", name="show every date").click()
    page.wait_for_url(live_server.url + "/?period=all")
    page.wait_for_load_state("networkidle")
    assert shown_ids(page)[0] == Event.objects.public().chronological().first().pk


def test_a_cold_shared_link_shows_its_counts_and_previews_its_number(browser_context, live_server):
    page = browser_context.new_page()
    expected = Topic.objects.get(slug="tariffs").events.public().count()
    page.route("**/*.js", lambda route: route.abort())  # no script: what a link preview or a no-JS reader gets
    page.goto(live_server.url + "/?topic=tariffs")
    assert page.locator("#count").inner_text().startswith(f"{expected} events on Tariffs")
    description = page.locator('meta[property="og:description"]').get_attribute("content")
    assert description.startswith(f"{expected} events on Tariffs.")
    assert page.locator("#n-topic-tariffs").inner_text() == str(expected)
