"""An editor's correction seen through a real browser: Debian's Chromium driven by Playwright."""

import pytest
from django.contrib.auth.models import Permission

from timeline.models import Event, Topic

pytestmark = pytest.mark.browser


def test_editor_corrects_a_date_and_the_timeline_shows_the_new_label(browser_page, live_server, django_user_model):
    page = browser_page
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


def test_editor_removes_a_topic_and_the_topic_no_longer_lists_the_event(browser_page, live_server, admin_user):
    page = browser_page
    messages = []
    page.on("console", lambda message: messages.append(message.text) if message.type in ("error", "warning") else None)
    event = Event.objects.get(timex__icontains="April 25", text__contains="Ningbo")
    event.topics.add(Topic.objects.get(slug="tariffs"))
    page.goto(f"{live_server.url}/?topic=tariffs")
    assert page.locator(f"#event-{event.pk}").count() == 1

    page.goto(f"{live_server.url}/admin/timeline/event/{event.pk}/change/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "password")
    page.click("input[type=submit]")
    page.locator("#id_topics_to").select_option(label="Tariffs")
    page.locator("#id_topics_remove").click()
    page.click("input[name=_save]")
    page.wait_for_url(f"{live_server.url}/admin/timeline/event/")

    page.goto(f"{live_server.url}/?topic=tariffs")
    assert page.locator(f"#event-{event.pk}").count() == 0
    assert "tariffs" not in set(event.topics.values_list("slug", flat=True))
    assert messages == []
