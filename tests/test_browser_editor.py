"""An editor's correction seen through a real browser: Debian's Chromium driven by Playwright."""

import os
import shutil

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.management import call_command

from timeline.ingest import ingest_paths
from timeline.models import Event

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


def test_editor_corrects_a_date_and_the_timeline_shows_the_new_label(page, live_server, django_user_model):
    # The live server's database is emptied between tests, so the Editors group's rights are given directly.
    editor = django_user_model.objects.create_user("editor", password="correct-horse", is_staff=True)
    editor.user_permissions.set(Permission.objects.filter(codename__in=["view_event", "change_event"]))
    event = Event.objects.get(timex__icontains="April 25", text__contains="Ningbo")

    page.goto(f"{live_server.url}/admin/timeline/event/{event.pk}/change/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "correct-horse")
    page.click("input[type=submit]")
    assert page.locator(".field-passage_in_context mark").inner_text() == event.timex
    page.fill("#id_date_start", "2025-04-24")
    page.fill("#id_date_end", "2025-04-24")
    page.click("input[name=_save]")
    page.wait_for_url(f"{live_server.url}/admin/timeline/event/")

    page.goto(f"{live_server.url}/?q=Ningbo")
    assert page.locator(f"#event-{event.pk} .when").inner_text().startswith("24 Apr 2025")
    event.refresh_from_db()
    assert (event.status, event.history.first().history_user) == ("corrected", editor)
