import csv
import datetime
import io
import json
import re

import pytest

from timeline.models import Event, Source

D = datetime.date
HTMX = {"HX-Request": "true"}
pytestmark = pytest.mark.django_db


def event_ids(response):
    return [int(pk) for pk in re.findall(r'id="event-(\d+)"', response.content.decode())]


def streamed(response):
    return b"".join(response.streaming_content)


def test_timeline_page_lists_events_grouped_by_month(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" in html
    assert "htmx" in html
    assert 'class="month-heading"' in html
    assert "Vary" in response and "HX-Request" in response["Vary"]


def test_timeline_fragment_is_only_the_results(client):
    response = client.get("/?q=Geneva", headers=HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert 'id="results"' in html
    assert "Geneva" in html
    assert "HX-Request" in response["Vary"]


def test_fragment_and_full_page_show_the_same_events(client):
    full = client.get("/?topic=semiconductors&from=2025")
    fragment = client.get("/?topic=semiconductors&from=2025", headers=HTMX)
    assert event_ids(full) == event_ids(fragment)
    assert event_ids(full)


@pytest.mark.parametrize(
    ("query", "first_day", "last_day"),
    [
        ("from=2025&to=2025", D(2025, 1, 1), D(2025, 12, 31)),
        ("from=2025-04&to=2025-04", D(2025, 4, 1), D(2025, 4, 30)),
        ("from=April+2025&to=June+2025", D(2025, 4, 1), D(2025, 6, 30)),
    ],
)
def test_date_filters_take_years_and_months_as_whole_periods(client, query, first_day, last_day):
    events = client.get(f"/?{query}").context["events"]
    assert events
    assert all(first_day <= e.date_start and e.date_end <= last_day for e in events)
    total = client.get(f"/?{query}").context["total"]
    expected = [e for e in Event.objects.public() if first_day <= e.date_start and e.date_end <= last_day]
    assert total == len(expected)


def test_topic_actor_and_source_filters(client):
    source = Source.objects.get(file_name__startswith="003_")
    events = client.get(f"/?topic=tiktok&actor=bytedance&source={source.pk}").context["events"]
    assert events
    for event in events:
        assert event.passage.source == source
        assert "tiktok" in [t.slug for t in event.topics.all()]
        assert "bytedance" in [a.slug for a in event.actors.all()]


def test_searching_145_percent_finds_the_tariff_sentences(client):
    html = client.get("/?q=145%25").content.decode()
    assert "145 per cent" in html or "145%" in html
    assert client.get("/?q=145%25").context["total"] >= 1


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("from=2025-13", "from", "not a date"),
        ("from=banana", "from", "not a date"),
        ("from=2025-06&to=2025-01", "to", "before"),
        ("topic=no-such-topic", "topic", "no-such-topic"),
        ("source=abc", "source", "not a source"),
        ("after=garbage", None, None),
    ],
)
def test_bad_filter_values_are_explained_not_fatal(client, query, field, message):
    for headers in ({}, HTMX):
        response = client.get(f"/?{query}", headers=headers)
        assert response.status_code == 200
        if field:
            html = response.content.decode()
            assert re.search(rf'id="errors-{field}"[^>]*>[^<]*{re.escape(message)}', html), html


def test_rejected_events_never_appear(client):
    event = Event.objects.get(timex__icontains="this week", text__contains="In a reversal")
    event.status = Event.Status.REJECTED
    event.save()
    assert event.pk not in [e.pk for e in client.get("/?from=2025-07&to=2025-07").context["events"]]
    assert client.get(event.get_absolute_url()).status_code == 404
    assert str(event.pk) not in [str(row["id"]) for row in json.loads(streamed(client.get("/events.json")))]


def test_pages_continue_after_the_cursor(client, settings):
    settings.TIMELINE_PAGE_SIZE = 5
    first = client.get("/?period=all")
    assert len(first.context["events"]) == 5
    next_query = first.context["next_query"]
    assert next_query and "after=" in next_query
    second = client.get(f"/{next_query}", headers=HTMX)
    html = second.content.decode()
    assert "<html" not in html and 'id="results"' not in html
    ordered = list(Event.objects.public().chronological()[:10])
    assert event_ids(second) == [e.pk for e in ordered[5:10]]
    no_js = client.get(f"/?{next_query}")
    assert "<html" in no_js.content.decode()
    assert event_ids(no_js) == [e.pk for e in ordered[5:10]]


def test_json_export_has_the_documented_shape(client):
    rows = json.loads(streamed(client.get("/events.json?q=Geneva")))
    assert rows
    row = rows[0]
    assert set(row) == {"id", "date", "text", "timex", "source", "passage", "topics", "actors", "status", "url"}
    assert set(row["date"]) == {"start", "end", "precision", "qualifier", "label"}
    assert set(row["source"]) == {"id", "file", "title", "outlet", "published"}
    assert set(row["passage"]) == {"id", "start", "end", "text"}
    assert row["url"].startswith("http://testserver/events/")


def test_exports_follow_the_filters_and_the_limit(client):
    total = Event.objects.public().count()
    assert len(json.loads(streamed(client.get("/events.json")))) == total
    assert len(json.loads(streamed(client.get("/events.json?limit=3")))) == 3
    reader = list(csv.DictReader(io.StringIO(streamed(client.get("/events.csv?from=2025-07&to=2025-07")).decode())))
    assert reader
    assert all(row["date_start"] >= "2025-07-01" and row["date_end"] <= "2025-07-31" for row in reader)


@pytest.mark.parametrize("query", ["limit=-1", "limit=lots", "from=2025-13"])
def test_exports_refuse_bad_parameters_with_a_message(client, query):
    response = client.get(f"/events.json?{query}")
    assert response.status_code == 400
    assert response.content


def test_source_page_marks_passages_and_expressions(client):
    event = Event.objects.get(timex__icontains="April 25", text__contains="Ningbo")
    html = client.get(event.passage.source.get_absolute_url()).content.decode()
    assert f'id="p-{event.passage.order}"' in html
    assert f'<a class="timex" href="/events/{event.pk}/"' in html


def test_event_page_shows_passage_and_links_to_the_timeline_around_it(client):
    event = Event.objects.get(timex__icontains="April 25", text__contains="Ningbo")
    html = client.get(event.get_absolute_url()).content.decode()
    assert "well positioned to offer mainland enterprises" in html
    assert "/?from=2025-04&amp;to=2025-04" in html
    assert event.passage.get_absolute_url() in html


def test_unknown_ids_are_not_found(client):
    assert client.get("/events/999999/").status_code == 404
    assert client.get("/sources/999999/").status_code == 404


def test_timeline_refuses_post(client):
    assert client.post("/").status_code == 405


def test_export_command_writes_only_the_data_to_stdout(capsys):
    from django.core.management import call_command

    call_command("export_events", "--format", "json", "--from", "2025-07", "--to", "2025-07")
    captured = capsys.readouterr()
    rows = json.loads(captured.out)
    assert rows and all("2025-07-01" <= row["date"]["start"] <= row["date"]["end"] <= "2025-07-31" for row in rows)
    assert captured.err == ""

    call_command("export_events", "--format", "csv", "--topic", "tiktok", "--limit", "2")
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(table) == 2 and all("tiktok" in row["topics"].split(";") for row in table)


def test_export_command_refuses_bad_filters():
    from django.core.management import call_command
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="not a date"):
        call_command("export_events", "--from", "2025-13")


@pytest.mark.parametrize(
    ("phrase", "first_day"),
    [("since May 2025", D(2025, 5, 1)), ("Q3 2024", D(2024, 7, 1)), ("25 April 2025", D(2025, 4, 25))],
)
def test_from_reads_natural_phrases(client, phrase, first_day):
    response = client.get("/", {"from": phrase})
    assert 'id="errors-from" role="alert"></p>' in response.content.decode()
    shown = response.context["events"]
    assert shown and all(event.date_start >= first_day for event in shown)


def test_missing_pages_keep_the_site_around_them(client):
    response = client.get("/events/999999/")
    assert response.status_code == 404
    assert "Back to the timeline" in response.content.decode()
