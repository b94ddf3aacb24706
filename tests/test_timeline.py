"""The reader's timeline: facets, density chart, sharing, browsing around an event, query economy."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from timeline.caching import data_changed
from timeline.models import Event, Topic

HTMX = {"HX-Request": "true"}
pytestmark = pytest.mark.django_db


def event_ids(response):
    return [int(pk) for pk in re.findall(r'id="event-(\d+)"', response.content.decode())]


def facet_count(html, facet, value):
    match = re.search(rf'id="n-{facet}-{re.escape(value)}"[^>]*>(\d+)<', html)
    return int(match[1])


def test_topic_counts_are_the_number_of_matching_events(client):
    html = client.get("/?from=2025").content.decode()
    for topic in Topic.objects.all():
        expected = len({e.pk for e in topic.events.public() if e.date_start.year >= 2025})
        assert facet_count(html, "topic", topic.slug) == expected, topic.slug


def test_choosing_a_topic_keeps_the_counts_of_the_other_topics(client):
    before = client.get("/?period=all").content.decode()
    after = client.get("/?topic=tariffs").content.decode()
    assert facet_count(after, "topic", "semiconductors") == facet_count(before, "topic", "semiconductors")
    tariff_events = set(Topic.objects.get(slug="tariffs").events.public())
    assert facet_count(after, "actor", "china") == len([e for e in tariff_events if e.actors.filter(slug="china")])


def test_precision_and_checked_filters(client):
    weeks = event_ids(client.get("/?precision=week"))
    assert weeks and all(Event.objects.get(pk=pk).precision == "week" for pk in weeks)
    assert event_ids(client.get("/?checked=on")) == []
    event = Event.objects.get(pk=weeks[0])
    event.status = Event.Status.VERIFIED
    event.save()
    # Written through the ORM as a shell would: the database's generation stamp retires the cached views.
    assert event_ids(client.get("/?checked=on")) == [event.pk]


def test_density_chart_bars_narrow_the_dates(client):
    html = client.get("/?from=2025-06&to=2025-07").content.decode()
    bars = re.findall(r'<a href="\?([^"]+)"[^>]*aria-label="([^"]+)"', html)
    labels = [label for _, label in bars]
    june = sum(1 for e in Event.objects.public() if e.date_start.year == 2025 and e.date_start.month == 6
               and (e.date_end.month == 6 or e.precision in ("day", "week")))
    assert labels[0] == f"June 2025: {june} events"
    assert labels[1].startswith("July 2025: ")
    assert "from=2025-06&amp;to=2025-06" in bars[0][0]
    assert "busiest month" in html and 'aria-labelledby="chart-summary"' in html
    assert "show all dates" in html


def test_long_ranges_are_charted_by_year(client):
    html = client.get("/?period=all").content.decode()
    assert "Events per year" in html
    assert re.search(r'aria-label="2025: \d+ events"', html)


def test_share_previews_describe_the_filter(client):
    html = client.get("/?topic=tariffs&from=2025-04&to=2025-07").content.decode()
    count = len([e for e in Topic.objects.get(slug="tariffs").events.public()
                 if e.date_start.isoformat() >= "2025-04-01" and e.date_end.isoformat() <= "2025-07-31"])
    description = f"{count} events on Tariffs, Apr–Jul 2025"
    assert f'<meta property="og:title" content="{description}">' in html
    assert f'<meta name="twitter:title" content="{description}">' in html
    assert f"<title>{description} · US–China tech timeline</title>" in html


def test_a_change_from_the_form_leaves_the_form_alone(client):
    html = client.get("/?q=Geneva", headers={**HTMX, "HX-Trigger": "filters"}).content.decode()
    assert '<form id="filters"' not in html
    assert 'hx-swap-oob="true">' in html


def test_a_change_from_a_bar_or_tag_sends_the_form_with_it(client):
    html = client.get("/?topic=tariffs", headers=HTMX).content.decode()
    form = re.search(r'<form id="filters"[^>]*>', html)[0]
    assert 'hx-swap-oob="true"' in form
    assert re.search(r'name="topic" value="tariffs" id="topic-tariffs" checked', html)


def test_history_restore_gets_the_whole_page(client):
    html = client.get("/?q=Geneva", headers={**HTMX, "HX-History-Restore-Request": "true"}).content.decode()
    assert "<html" in html


def test_merged_events_show_once_with_their_number_of_sources(client):
    kept, merged = Event.objects.filter(timex__icontains="July 8")[:2]
    merged.merged_into = kept
    merged.save()
    html = client.get("/?q=July+8").content.decode()
    assert merged.pk not in event_ids(client.get("/?q=July+8"))
    assert f'href="/events/{kept.pk}/#sources">2 sources</a>' in html
    detail = client.get(kept.get_absolute_url()).content.decode()
    assert "2 sources" in detail and merged.passage.get_absolute_url() in detail


def test_event_page_shows_its_neighbours_and_opens_the_timeline_at_it(client):
    ordered = list(Event.objects.public().chronological())
    event = ordered[10]
    html = client.get(event.get_absolute_url()).content.decode()
    assert 'aria-current="true"' in html
    for neighbour in ordered[7:10] + ordered[11:14]:
        assert neighbour.get_absolute_url() in html
    link = re.search(r'href="/\?([^"#]*)#event-(\d+)"', html)
    assert int(link[2]) == event.pk
    around = event_ids(client.get("/?" + link[1].replace("&amp;", "&")))
    assert around[:4] == [e.pk for e in ordered[7:11]]


@pytest.mark.parametrize("cached", [False, True], ids=["counted now", "counted before"])
def test_the_timeline_costs_the_same_queries_whatever_the_page_size(client, settings, cached):
    queries_per_size = []
    for size in (5, 40):
        settings.TIMELINE_PAGE_SIZE = size
        if cached:
            client.get("/?from=2024")
        else:
            data_changed()
        with CaptureQueriesContext(connection) as queries:
            client.get("/?from=2024")
        queries_per_size.append(len(queries))
    # Up to 4 of these read the data's generation stamp (one row), which keeps every process's cache current.
    assert queries_per_size[0] == queries_per_size[1] <= 24


def test_garbage_parameters_never_break_the_page(client):
    # A NUL byte is refused before the view (test_hardening.py).
    for query in ["precision=fortnight", "checked=maybe", "from=" + "9" * 50, "after=2025-99-99.1",
                  "after=2025-04-25.99999999999999999999", "after=2025-04-25.-5",
                  "source=99999999999999999999", "q=" + "x" * 500]:
        for headers in ({}, HTMX):
            assert client.get(f"/?{query}", headers=headers).status_code == 200, query


def test_a_changed_filter_brings_its_events_and_counts_at_once(client):
    response = client.get("/?topic=tariffs", headers={**HTMX, "HX-Trigger": "filters"})
    html = response.content.decode()
    expected = Topic.objects.get(slug="tariffs").events.public().count()
    assert event_ids(response) and "Counting" not in html
    assert f"{expected} events on Tariffs." in html
    assert facet_count(html, "topic", "tariffs") == expected
    assert "HX-Trigger" in response["Vary"]


SLOW_QUERY = (
    "WITH RECURSIVE numbers(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM numbers WHERE n < 100000000) "
    "SELECT count(*) FROM numbers"
)


def test_a_time_budget_stops_slow_queries():
    from django.db import connection

    from timeline.caching import OverBudget, time_budget

    with pytest.raises(OverBudget), time_budget(50), connection.cursor() as cursor:
        cursor.execute(SLOW_QUERY)
    with time_budget(5000), connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


def test_a_statement_timeout_that_fires_before_our_clock_runs_out_is_still_over_budget(monkeypatch):
    """PostgreSQL's statement clock starts a moment after ours and counts whole milliseconds: its cancel can
    come while ours still shows time left. Under load that was a 500 instead of approximate counts."""
    from django.db import connection

    from timeline import caching

    if connection.vendor != "postgresql":
        pytest.skip("the statement timeout is PostgreSQL's")
    monkeypatch.setattr(caching.time, "monotonic", lambda: 0.0)  # our clock never reaches the deadline
    with pytest.raises(caching.OverBudget), caching.time_budget(50), connection.cursor() as cursor:
        cursor.execute(SLOW_QUERY)


def test_a_time_budget_inside_a_transaction_leaves_no_timeout_behind():
    from django.db import connection, transaction

    from timeline.caching import time_budget

    if connection.vendor != "postgresql":
        pytest.skip("the statement timeout is PostgreSQL's")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        before = cursor.fetchone()[0]
        with time_budget(50):
            cursor.execute("SELECT 1")
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == before
