"""Key dates as data (/key-dates.json, the key_dates command) and as a view of the timeline, on small built data."""

import csv
import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from pytest_django.asserts import assertContains

from timeline.models import Event, Passage, Source, Topic

D = datetime.date
HTMX = {"HX-Request": "true"}
YEAR = "from=1999&to=1999"  # the built events live in 1999, apart from the seeds
pytestmark = pytest.mark.django_db

ROCKET = "The rocket lifted off from the coast at dawn, carrying the first crew of the new programme."
ROCKET_COPY = "The rocket lifted off from the coast at dawn , carrying the first crew of the new programme."
DOCKING = "The capsule docked with the station six hours later, and the crew opened the hatch."
VOTE = "Parliament approved the space budget by a narrow margin after a long night of debate."


def add_event(source, text, day, *, precision="day", end=None, status=Event.Status.AUTO, merged_into=None):
    passage = Passage.objects.create(source=source, order=source.passages.count(), start=0, end=len(text), text=text)
    return Event.objects.create(
        passage=passage, timex="that day", timex_start=0, timex_end=0, sentence_start=0, text=text,
        date_start=day, date_end=end or day, precision=precision, status=status, merged_into=merged_into,
    )


def add_source(n, published):
    return Source.objects.create(
        file_name=f"kd-{n}.txt", title=f"Space story {n}", outlet=f"Outlet {n}", published_on=published, text="",
        content_hash=f"kd-{n}",
    )


@pytest.fixture
def space():
    """Launch day named by four articles (two with the same wire copy, one folded into another's event),
    vote day by two, one day by a rejected event only, and a month of vague mentions."""
    sources = [add_source(n, D(1999, 3, 20)) for n in range(6)]
    launch = D(1999, 3, 2)
    first = add_event(sources[0], ROCKET, launch)
    events = {
        "launch": first,
        "copy": add_event(sources[1], ROCKET_COPY, launch),
        "docking": add_event(sources[2], DOCKING, launch),
        "folded": add_event(sources[3], ROCKET, launch, merged_into=first),
        "vote": add_event(sources[4], VOTE, D(1999, 3, 9)),
        "vote_again": add_event(sources[5], VOTE.replace("narrow", "slim"), D(1999, 3, 9)),
        "rejected": add_event(sources[0], "A wrongly dated line about the launch party, much later on.",
                              D(1999, 3, 15), status=Event.Status.REJECTED),
        "month": add_event(sources[1], "Launches were planned all through March.", D(1999, 3, 1),
                           precision="month", end=D(1999, 3, 31)),
    }
    return events


def test_json_lists_the_key_dates_in_date_order_with_their_sentences(client, space):
    response = client.get(f"/key-dates.json?{YEAR}&dates=5&sentences=2")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    rows = json.loads(response.content)
    assert [row["date"] for row in rows] == ["1999-03-02", "1999-03-09"]
    launch, vote = rows
    assert set(launch) == {"date", "sentences", "events", "articles"}
    # Three wordings of one launch (a copy, a folded report) are shown once and linked to the public event.
    assert launch["sentences"] == [ROCKET, DOCKING]
    assert launch["events"] == [space["launch"].pk, space["docking"].pk]
    assert launch["articles"] == 4
    assert vote["articles"] == 2 and len(vote["sentences"]) == 1


def test_json_asks_for_as_many_dates_and_sentences_as_given(client, space):
    rows = json.loads(client.get(f"/key-dates.json?{YEAR}&dates=1&sentences=1").content)
    assert [(row["date"], len(row["sentences"])) for row in rows] == [("1999-03-02", 1)]


def test_json_follows_the_timelines_filters(client, space):
    rows = json.loads(client.get("/key-dates.json?from=1999-03-05&to=1999-03-31&dates=5").content)
    assert [row["date"] for row in rows] == ["1999-03-09"]
    rows = json.loads(client.get(f"/key-dates.json?{YEAR}&q=parliament").content)
    assert [row["date"] for row in rows] == ["1999-03-09"]


def test_a_rejected_event_never_makes_a_key_date(client, space):
    rows = json.loads(client.get(f"/key-dates.json?{YEAR}&dates=50").content)
    assert "1999-03-15" not in [row["date"] for row in rows]
    assert all(space["rejected"].pk not in row["events"] for row in rows)


@pytest.mark.parametrize("query", ["dates=0", "dates=lots", "sentences=99", "sentences=-1", "from=2025-13"])
def test_json_refuses_bad_parameters_with_a_message(client, query):
    response = client.get(f"/key-dates.json?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert response.content.strip()


def test_an_editors_decision_shows_at_once(client, space):
    assert json.loads(client.get(f"/key-dates.json?{YEAR}&dates=1").content)[0]["date"] == "1999-03-02"
    for name in ("launch", "copy", "docking", "folded"):
        space[name].status = Event.Status.REJECTED
        space[name].save()
    # An admin save starts a new cache generation; this test changed the rows directly, so do the same.
    from timeline.caching import data_changed

    data_changed()
    assert json.loads(client.get(f"/key-dates.json?{YEAR}&dates=1").content)[0]["date"] == "1999-03-09"


def test_command_writes_json_and_csv_to_stdout(capsys, space):
    call_command("key_dates", "--dates", "2", "--sentences", "1", "--from", "1999", "--to", "1999")
    captured = capsys.readouterr()
    assert captured.err == ""
    rows = json.loads(captured.out)
    assert [(row["date"], row["sentences"], row["articles"]) for row in rows] == [
        ("1999-03-02", [ROCKET], 4), ("1999-03-09", [rows[1]["sentences"][0]], 2)]

    call_command("key_dates", "--dates", "1", "--sentences", "2", "--from", "1999", "--to", "1999", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(row["date"], row["sentence"], row["event"]) for row in table] == [
        ("1999-03-02", ROCKET, str(space["launch"].pk)), ("1999-03-02", DOCKING, str(space["docking"].pk))]


@pytest.mark.parametrize(("arguments", "message"), [
    (["--dates", "0"], "dates"), (["--sentences", "many"], "sentences"), (["--from", "2025-13"], "not a date"),
])
def test_command_refuses_bad_options(arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("key_dates", *arguments)


def test_key_dates_view_is_a_full_page_without_javascript(client, space):
    response = client.get(f"/?{YEAR}&view=key&dates=2&sentences=2")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" in html
    assertContains(response, '<a href="?from=1999&amp;to=1999&amp;view=key&amp;dates=2&amp;sentences=2" '
                   'aria-current="page" hx-get="?from=1999&amp;to=1999&amp;view=key&amp;dates=2&amp;sentences=2" '
                   'hx-target="#results" hx-swap="outerHTML" hx-push-url="true">Key dates</a>', html=True)
    assertContains(response, '<time datetime="1999-03-02">2 March 1999</time>', html=True)
    assertContains(response, f'<a href="{space["launch"].get_absolute_url()}">{ROCKET}</a>', html=True)
    assertContains(response, f'<a href="{space["docking"].get_absolute_url()}">{DOCKING}</a>', html=True)
    passage = space["launch"].passage
    assert f'{passage.source.get_absolute_url()}#p-{passage.order}' in html
    assert "Reported in 4 articles" in html
    # The day's link opens every event of that day in the timeline, the other filters kept.
    day = "?from=1999-03-02&amp;to=1999-03-02"
    assertContains(response, f'<a href="{day}" hx-get="{day}" hx-target="#results" hx-swap="outerHTML" '
                   'hx-push-url="true">All events of 2 Mar 1999</a>', html=True)
    assert 'id="event-' not in html  # the key view replaces the list of events
    assert "<title>Key dates: " in html


def test_key_dates_controls_keep_the_filters(client, space):
    html = client.get(f"/?{YEAR}&q=rocket&view=key").content.decode()
    form = html[html.index('class="key-controls"'):]
    form = form[: form.index("</form>")]
    for name, value in [("from", "1999"), ("to", "1999"), ("q", "rocket"), ("view", "key")]:
        assert f'<input type="hidden" name="{name}" value="{value}">' in form
    # The filter form keeps the view too, so changing a filter stays on the key dates.
    filters = html[html.index('id="filters"'): html.index("</form>")]
    assert '<input type="hidden" name="view" value="key">' in filters


def test_changing_filters_in_the_key_view_defers_uncached_key_dates_to_a_second_request(client, space):
    url = f"/?{YEAR}&view=key&dates=2"
    fragment = client.get(url, headers={**HTMX, "HX-Trigger": "filters"})
    html = fragment.content.decode()
    assert "<html" not in html and 'id="results"' in html
    assert "Finding the key dates" in html and "2 March 1999" not in html
    follow_up = client.get(url, headers={**HTMX, "HX-Target": "key-dates"})
    assert 'id="key-dates"' in follow_up.content.decode() and "<html" not in follow_up.content.decode()
    assertContains(follow_up, '<time datetime="1999-03-02">2 March 1999</time>', html=True)
    assertContains(follow_up, '<div hx-swap-oob="innerHTML:#announce">2 key dates shown.</div>', html=True)
    assert "HX-Target" in follow_up["Vary"]
    # Now cached, the next change of filters shows them at once.
    assert "2 March 1999" in client.get(url, headers={**HTMX, "HX-Trigger": "filters"}).content.decode()


def test_bad_counts_are_explained_and_the_defaults_used(client, space):
    response = client.get(f"/?{YEAR}&view=key&dates=lots&sentences=0")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter a whole number." in html
    assert "Ensure this value is greater than or equal to 1." in html
    assert '<time datetime="1999-03-02">' in html


def test_the_events_view_links_to_the_key_dates_of_the_same_filter(client, space):
    response = client.get(f"/?{YEAR}")
    key = "?from=1999&amp;to=1999&amp;view=key"
    assertContains(response, f'<a href="{key}" hx-get="{key}" hx-target="#results" hx-swap="outerHTML" '
                   'hx-push-url="true">Key dates</a>', html=True)
    assert 'id="key-dates"' not in response.content.decode()


def test_no_day_precise_events_says_so(client, space):
    html = client.get("/?from=1999&to=1999&precision=month&view=key").content.decode()
    assert "No event here is dated to a day." in html


def test_the_review_queue_sorts_the_events_behind_key_dates_first(admin_client, space):
    queue = "/admin/timeline/reviewitem/"
    page = admin_client.get(queue)
    changelist = page.context["cl"]
    column = changelist.list_display.index("importance")
    assert "Key date importance" in page.content.decode()
    items = list(admin_client.get(f"{queue}?o={column}").context["cl"].result_list)
    importance = [item.importance for item in items]
    assert importance[0] > 0
    assert importance == sorted(importance, reverse=True)
    key_days = {row["date"] for row in json.loads(admin_client.get("/key-dates.json?dates=100&sentences=1").content)}
    assert all(item.date_start.isoformat() in key_days for item in items if item.importance)
    # The launch, four articles strong, is among them; the rejected day and the vague month are not.
    by_pk = {item.pk: item.importance for item in changelist.queryset}
    assert by_pk[space["launch"].pk] > 0
    assert by_pk[space["month"].pk] == 0


def test_the_review_queue_can_follow_one_topics_key_dates(admin_client, space):
    topic = Topic.objects.create(slug="space", name="Space")
    space["vote"].topics.add(topic)
    queue = "/admin/timeline/reviewitem/?key_dates_of=space"
    page = admin_client.get(queue)
    assert page.status_code == 200
    by_pk = {item.pk: item.importance for item in page.context["cl"].queryset}
    # Only the vote is about space: its day is that topic's one key date; the launch is behind none.
    assert by_pk[space["vote"].pk] > 0 and by_pk[space["vote_again"].pk] == by_pk[space["vote"].pk]
    assert by_pk[space["launch"].pk] == 0
    assert "The whole timeline" in page.content.decode()


def test_every_period_and_a_count_of_dates_live_side_by_side_in_one_address(client, space):
    # The key view's `dates=N` once collided with the events view's "every date" switch.
    response = client.get("/?period=all&view=key&dates=2")
    html = response.content.decode()
    assert "Select a valid choice" not in html and "Enter a whole number" not in html
    key = "?period=all&amp;view=key&amp;dates=2"
    assertContains(response, f'<a href="{key}" aria-current="page" hx-get="{key}" hx-target="#results" '
                   'hx-swap="outerHTML" hx-push-url="true">Key dates</a>', html=True)
    assertContains(response, '<time datetime="1999-03-02">2 March 1999</time>', html=True)
    # Back to every event of every date, the count of key dates left behind.
    events = "?period=all"
    assertContains(response, f'<a href="{events}" hx-get="{events}" hx-target="#results" hx-swap="outerHTML" '
                   'hx-push-url="true">All events</a>', html=True)


def test_a_large_selection_chooses_its_days_from_the_random_sample_and_says_so(client, space, settings):
    # Sized for two events, the sample is its smallest slice, Event.sample below 16 (see
    # counting.sample_for): two of the launch's reports are in it, the vote's are not.
    settings.TIMELINE_KEY_DATES_SAMPLE = 2
    Event.objects.update(sample=20)
    Event.objects.filter(pk__in=[space["launch"].pk, space["docking"].pk]).update(sample=1)
    response = client.get(f"/?{YEAR}&view=key&dates=5")
    assertContains(response, '<time datetime="1999-03-02">2 March 1999</time>', html=True)
    assert "1999-03-09" not in response.content.decode()
    # The chosen day's articles are counted in full, the copy outside the sample included.
    assert "Reported in 4 articles" in response.content.decode()
    # Two public events and the report folded into the launch.
    assertContains(response, "Days chosen from a random sample of 3 of the events selected")


def test_a_selection_within_the_sample_size_is_ranked_in_full_without_a_note(client, space):
    response = client.get(f"/?{YEAR}&view=key&dates=5")
    assert "random sample" not in response.content.decode()
    assertContains(response, '<time datetime="1999-03-09">9 March 1999</time>', html=True)
