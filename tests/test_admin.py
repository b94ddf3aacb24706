import datetime

from django.conf import settings

from timeline.ingest import ingest_paths
from timeline.models import Event

D = datetime.date


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
                "/admin/timeline/actor/", "/admin/timeline/event/?q=Geneva&status__exact=auto"]:
        assert admin_client.get(url).status_code == 200, url


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
