"""The Content-Security-Policy (no inline scripts or styles) leaves the pages, htmx and the admin working."""

import re

import pytest
from playwright.sync_api import expect

from timeline.models import Event, Source

pytestmark = pytest.mark.browser


def test_pages_htmx_and_admin_run_under_the_content_security_policy(browser_context, live_server, django_user_model):
    django_user_model.objects.create_superuser("editor", password="a long editor passphrase")
    # A context that enforces the policy (the shared one bypasses it for Playwright's own scripts).
    context = browser_context.browser.new_context()
    page = context.new_page()
    refused = []
    page.on("console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text
            else None)

    response = page.goto(live_server.url + "/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.fill("#id_q", "Geneva")
    page.wait_for_url(re.compile(r"\?.*q=Geneva"))
    expect(page.locator("#count")).to_contain_text("Geneva")
    event = Event.objects.public().first()
    for path in (event.get_absolute_url(), Source.objects.first().get_absolute_url()):
        page.goto(live_server.url + path)

    page.goto(live_server.url + "/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "a long editor passphrase")
    page.click("input[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")
    for path in ("/admin/timeline/event/", f"/admin/timeline/event/{event.pk}/change/", "/admin/timeline/source/",
                 "/admin/timeline/source/upload/", "/admin/timeline/event/?status__exact=auto"):
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
    context.close()
    assert refused == []
