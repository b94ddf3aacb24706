import datetime

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from timeline.ingest import ingest_paths
from timeline.models import Event, ReviewItem, Source, Topic

D = datetime.date

pytestmark = pytest.mark.django_db


def change_form_data(event, **changes):
    data = {
        "date_start": event.date_start.isoformat(),
        "date_end": event.date_end.isoformat(),
        "precision": event.precision,
        "qualifier": event.qualifier,
        "status": event.status,
        "version": event.version,
        "topics": [t.pk for t in event.topics.all()],
        "actors": [a.pk for a in event.actors.all()],
    }
    data.update(changes)
    return data


def test_admin_lists_are_rendered(admin_client):
    for url in ["/admin/timeline/event/", "/admin/timeline/source/", "/admin/timeline/topic/",
                "/admin/timeline/actor/", "/admin/timeline/event/?q=Geneva&status__exact=auto",
                "/admin/timeline/reviewitem/", "/admin/timeline/source/upload/", "/admin/timeline/event/add/",
                "/admin/timeline/event/?date_start__gte=2025-04-01&date_start__lte=2025-04-30&status__exact=auto"]:
        assert admin_client.get(url).status_code == 200, url
    event = Event.objects.first()
    for url in [f"/admin/timeline/reviewitem/{event.pk}/change/", f"/admin/timeline/event/{event.pk}/history/",
                f"/admin/timeline/passage/{event.passage_id}/change/",
                f"/admin/timeline/source/{event.source.pk}/change/"]:
        assert admin_client.get(url, follow=True).status_code == 200, url


def test_changing_a_date_marks_the_event_corrected_and_reingest_keeps_it(admin_client):
    event = Event.objects.get(timex__icontains="April 25", text__contains="Ningbo")
    url = f"/admin/timeline/event/{event.pk}/change/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, change_form_data(event, date_start="2025-04-24", date_end="2025-04-24"))
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.status, event.date_start) == (Event.Status.CORRECTED, D(2025, 4, 24))

    page = event.passage.source.parent or event.passage.source
    page.content_hash = "stale, so the next ingest redoes this page"
    page.save()
    ingest_paths([settings.SEEDS_DIR], progress=lambda _: None)

    event.refresh_from_db()
    assert (event.status, event.date_start, event.date_end) == (Event.Status.CORRECTED, D(2025, 4, 24), D(2025, 4, 24))
    assert Event.objects.filter(passage=event.passage, timex_start=event.timex_start).count() == 1


def test_saving_without_date_changes_keeps_the_status(admin_client):
    event = Event.objects.filter(status=Event.Status.AUTO).first()
    admin_client.post(f"/admin/timeline/event/{event.pk}/change/", change_form_data(event))
    event.refresh_from_db()
    assert event.status == Event.Status.AUTO


def test_end_before_start_is_refused_in_the_admin(admin_client):
    event = Event.objects.first()
    data = change_form_data(event, date_start="2025-05-02", date_end="2025-05-01")
    response = admin_client.post(f"/admin/timeline/event/{event.pk}/change/", data)
    assert response.status_code == 200
    assert "cannot come before" in response.content.decode()


def test_bulk_verify_and_reject(admin_client):
    first, second = Event.objects.filter(status=Event.Status.AUTO)[:2]
    for action, event, status in [("verify", first, "verified"), ("reject", second, "rejected")]:
        admin_client.post("/admin/timeline/event/", {"action": action, "_selected_action": [event.pk]})
        event.refresh_from_db()
        assert event.status == status


HK_PAGE = "000_8dfd228662c2110d.txt"
EDITOR_PERMISSIONS = {
    "view_event", "add_event", "change_event", "view_reviewitem", "change_reviewitem",
    "view_source", "add_source", "change_source", "view_passage", "view_topic", "view_actor",
}


def hk_event(timex):
    return Event.objects.get(passage__source__file_name=HK_PAGE, passage__source__position=0, timex=timex)


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


def test_editors_group_has_exactly_the_editing_permissions():
    group = Group.objects.get(name="Editors")
    assert set(group.permissions.values_list("codename", flat=True)) == EDITOR_PERMISSIONS


def test_change_page_shows_what_the_editor_judges_by(editor_client):
    event = hk_event("late April")
    page = editor_client.get(f"/admin/timeline/event/{event.pk}/change/").content.decode()
    assert "<mark>late April</mark> to find ways" in page
    assert "The Straits Times (republished by Daily8) · published 01 May 2025 (from the manifest)" in page
    assert "late Apr 2025" in page
    assert f'name="version" value="{event.version}"' in page


def test_a_date_correction_is_recorded_in_the_history_with_who_and_what(editor_client, editor):
    event = hk_event("April 25")
    url = f"/admin/timeline/event/{event.pk}/change/"
    editor_client.post(url, change_form_data(event, date_start="2025-04-24", date_end="2025-04-24"))
    record = Event.objects.get(pk=event.pk).history.first()
    assert (record.history_user, record.status, record.date_start) == (editor, "corrected", D(2025, 4, 24))
    delta = record.diff_against(record.prev_record)
    assert {(c.field, c.old, c.new) for c in delta.changes} >= {
        ("date_start", D(2025, 4, 25), D(2025, 4, 24)), ("status", "auto", "corrected"), ("version", 1, 2)}
    history = editor_client.get(url.replace("change", "history")).content.decode()
    assert "editor" in history and "2025-04-25" in history


def test_a_save_from_a_stale_page_is_refused_and_the_first_edit_survives(admin_client, editor_client):
    event = hk_event("April 25")
    url = f"/admin/timeline/event/{event.pk}/change/"
    stale = change_form_data(event)  # both editors loaded the page at this version
    first = admin_client.post(url, {**stale, "date_start": "2025-04-24", "date_end": "2025-04-24"})
    assert first.status_code == 302
    second = editor_client.post(url, {**stale, "date_start": "2025-04-26", "date_end": "2025-04-26"})
    assert second.status_code == 200
    assert "Someone else saved this event by admin" in second.content.decode()
    event.refresh_from_db()
    assert (event.date_start, event.version) == (D(2025, 4, 24), 2)


def test_a_staff_user_outside_the_editors_group_is_refused(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("visitor", is_staff=True))
    event = hk_event("April 25")
    url = f"/admin/timeline/event/{event.pk}/change/"
    assert client.get(url).status_code == 403
    assert client.post(url, change_form_data(event, date_start="2025-04-24", date_end="2025-04-24")).status_code == 403
    assert client.get("/admin/timeline/source/upload/").status_code == 403
    event.refresh_from_db()
    assert event.date_start == D(2025, 4, 25)


def test_readers_need_no_login_but_the_admin_does(client):
    assert client.get("/").status_code == 200
    assert client.get("/admin/timeline/reviewitem/").status_code == 302


def test_review_queue_is_most_doubtful_first_and_verifying_clears_items(editor_client, editor):
    page = editor_client.get("/admin/timeline/reviewitem/")
    items = list(page.context["cl"].result_list)
    assert [i.doubt for i in items] == sorted((i.doubt for i in items), reverse=True)
    assert "source date inferred" in page.content.decode()
    chosen = [items[0].pk, items[1].pk]
    editor_client.post("/admin/timeline/reviewitem/", {"action": "verify", "_selected_action": chosen})
    remaining = {i.pk for i in editor_client.get("/admin/timeline/reviewitem/").context["cl"].result_list}
    assert not remaining & set(chosen)
    assert {Event.objects.get(pk=pk).history.first().history_user for pk in chosen} == {editor}


def test_queue_list_editing_corrects_the_date_and_refuses_stale_rows(editor_client):
    event = hk_event("late April")
    row = {"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "1", "form-0-id": event.pk, "_save": "Save",
           "form-0-date_start": "2025-04-20", "form-0-date_end": "2025-04-30", "form-0-precision": "day",
           "form-0-qualifier": "", "form-0-version": event.version}
    url = "/admin/timeline/reviewitem/?q=accompanied"
    assert editor_client.post(url, row).status_code == 302
    event.refresh_from_db()
    assert (event.status, event.date_label, event.history.count()) == ("corrected", "20 Apr 2025 – 30 Apr 2025", 2)
    stale = editor_client.post("/admin/timeline/event/?q=accompanied", {**row, "form-0-date_start": "2025-04-21"})
    assert "Someone else saved this event" in stale.content.decode()
    event.refresh_from_db()
    assert event.date_start == D(2025, 4, 20)


def test_saving_a_queue_item_leads_to_the_next_most_doubtful_one(editor_client):
    first, following = ReviewItem.objects.needing_review().most_doubtful_first()[:2]
    data = change_form_data(first, status="verified")
    response = editor_client.post(f"/admin/timeline/reviewitem/{first.pk}/change/", data)
    assert response.url == f"/admin/timeline/reviewitem/{following.pk}/change/"
    assert Event.objects.get(pk=first.pk).status == "verified"
    assert editor_client.get(response.url).status_code == 200


def test_merge_action_shows_the_event_once_on_the_timeline(editor_client, client):
    first, second = hk_event("April"), hk_event("late April")
    Event.objects.filter(pk=first.pk).update(status="verified")  # an editor's event is the one kept
    response = editor_client.post(
        "/admin/timeline/event/", {"action": "merge", "_selected_action": [first.pk, second.pk]}, follow=True
    )
    assert "now has 2 sources" in messages_of(response)[0]
    assert f'id="event-{first.pk}"' in client.get("/?q=H20").content.decode()
    assert f'id="event-{second.pk}"' not in client.get("/?q=accompanied").content.decode()


def test_merge_of_a_single_event_is_refused(editor_client):
    event = hk_event("April")
    response = editor_client.post("/admin/timeline/event/", {"action": "merge", "_selected_action": [event.pk]},
                                  follow=True)
    assert messages_of(response) == ["Nothing merged: Select at least two events to merge."]
    assert not Event.objects.filter(merged_into=event).exists()


def test_bulk_topic_needs_a_chosen_topic_and_then_protects_the_events(editor_client):
    events = [hk_event("April"), hk_event("January")]
    chosen = [e.pk for e in events]
    response = editor_client.post("/admin/timeline/event/", {"action": "add_topic", "_selected_action": chosen},
                                  follow=True)
    assert "Choose a topic" in messages_of(response)[0]
    topic = Topic.objects.get(slug="tariffs")
    editor_client.post("/admin/timeline/event/", {"action": "add_topic", "topic": topic.pk, "_selected_action": chosen})
    for event in Event.objects.filter(pk__in=chosen):
        assert topic in event.topics.all() and event.status == "corrected"


def test_redating_a_source_in_the_admin_reports_old_and_new_labels(editor_client):
    source = Source.objects.get(file_name=HK_PAGE, position=0)
    data = {"title": source.title, "outlet": source.outlet, "url": source.url, "published_on": "2026-05-01",
            "version": source.version, "passages-TOTAL_FORMS": "0", "passages-INITIAL_FORMS": "0"}
    response = editor_client.post(f"/admin/timeline/source/{source.pk}/change/", data, follow=True)
    assert any("“April”: Apr 2025 → Apr 2026" in m for m in messages_of(response))
    source.refresh_from_db()
    assert (source.date_origin, source.history.first().history_user.username) == ("editor", "editor")


def test_adding_an_event_by_hand_from_a_passage(editor_client):
    passage = hk_event("April").passage
    assert "Sentence" in editor_client.get(f"/admin/timeline/event/add/?passage={passage.pk}").content.decode()
    quote = passage.text[: passage.text.index(".") + 1]
    data = {"passage": passage.pk, "text": quote, "timex": "", "date_start": "2025-04-09",
            "date_end": "2025-04-09", "precision": "day", "qualifier": ""}
    assert editor_client.post("/admin/timeline/event/add/", data).status_code == 302
    event = Event.objects.get(passage=passage, text=quote, status="corrected")
    assert (event.sentence_start, event.timex_start, event.date_label) == (0, 0, "9 Apr 2025")
    refused = editor_client.post("/admin/timeline/event/add/", {**data, "text": "Not in the passage."})
    assert "exactly as the passage writes it" in refused.content.decode()


def test_upload_of_a_good_file_ingests_it_and_flags_an_inferred_date(editor_client):
    text = b"Chip talks resume\n\nMarch 3, 2025\n\nOfficials met on Tuesday to discuss export controls.\n"
    upload = SimpleUploadedFile("talks.txt", text, content_type="text/plain")
    response = editor_client.post("/admin/timeline/source/upload/", {"file": upload, "outlet": "Wire"}, follow=True)
    source = Source.objects.get(file_name="talks.txt")
    assert (source.outlet, source.published_on, source.date_origin) == ("Wire", D(2025, 3, 3), "inferred")
    assert any("inferred from the text" in m for m in messages_of(response))
    assert Event.objects.filter(passage__source=source, timex="Tuesday").exists()


def test_upload_of_a_bad_file_explains_and_writes_nothing(editor_client):
    counts = Source.objects.count(), Event.objects.count()
    upload = SimpleUploadedFile("scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00", content_type="text/plain")
    response = editor_client.post("/admin/timeline/source/upload/", {"file": upload, "published": "2025-01-01"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "scan.txt: binary data, not text." in html and "Nothing was imported." in html
    assert (Source.objects.count(), Event.objects.count()) == counts


def test_a_mistyped_date_in_the_admin_date_range_is_explained(admin_client):
    response = admin_client.get("/admin/timeline/event/?date_start__gte=2025-13-01&date_start__lte=2025-04-30")
    assert response.status_code == 200
    html = response.content.decode()
    assert "is not a date like 2025-04-25" in html
    shown = response.context["cl"].result_list
    assert shown and all(event.date_start <= datetime.date(2025, 4, 30) for event in shown)
