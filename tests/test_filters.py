"""The filter table (each filter's clause, description and command option), the one link helper, and
the counts: exact ones agree with a plain COUNT after every write path; estimated ones are the sample's."""

import datetime
import json

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.http import QueryDict
from pytest_django.asserts import assertContains

from timeline import editing
from timeline.caching import generation
from timeline.counting import (
    Counter,
    Sample,
    busiest_sources,
    summary,
)
from timeline.focus import focus_period
from timeline.forms import FILTERS, TimelineFilter, filter_query
from timeline.models import Actor, Event, Source, Topic
from timeline.models.events import SAMPLE_LEVELS

D = datetime.date
pytestmark = pytest.mark.django_db


def public():
    return Event.objects.public()


def tariffs_source():
    return Source.objects.filter(passages__events__topics__slug="tariffs").first()


# Each filter with a value, the events it should keep (written without the table) and how it reads.
CASES = {
    "q": ("Geneva", lambda: public().filter(passage__text__icontains="Geneva"), "mentioning “Geneva”"),
    "from": ("2025-06", lambda: public().filter(date_start__gte=D(2025, 6, 1)), ", from Jun 2025"),
    "to": ("2024", lambda: public().filter(date_end__lte=D(2024, 12, 31)), ", until Dec 2024"),
    "topic": ("tariffs", lambda: public().filter(topics__slug="tariffs"), "on Tariffs"),
    "actor": ("china", lambda: public().filter(actors__slug="china"), "involving China"),
    "source": (lambda: str(tariffs_source().pk), lambda: public().filter(passage__source=tariffs_source()),
               lambda: f"from {tariffs_source().outlet or tariffs_source().title}"),
    "precision": ("month", lambda: public().filter(precision="month"), "dated to the month"),
    "checked": ("on", lambda: public().filter(status__in=["verified", "corrected"]), "checked by an editor"),
}


def resolved(value):
    return value() if callable(value) else value


def test_every_filter_has_a_case():
    assert [f.name for f in FILTERS] == list(CASES)


@pytest.mark.parametrize("name", list(CASES))
def test_each_filter_narrows_describes_and_exports_the_same_events(name, capsys):
    value, expected, phrase = CASES[name]
    value = resolved(value)
    if name == "checked":
        public().filter(topics__slug="tariffs").update(status="verified")
    wanted = sorted(set(expected().values_list("pk", flat=True)))
    assert wanted, "the case must select some events"
    filters = TimelineFilter(QueryDict(f"{name}={value}"))
    assert filters.is_valid(), filters.errors
    assert sorted(filters.events().values_list("pk", flat=True)) == wanted
    phrase = resolved(phrase)
    count = f"{len(wanted)} event{'s' if len(wanted) != 1 else ''}"
    assert filters.describe(len(wanted)) == count + ("" if phrase.startswith(",") else " ") + phrase

    option = [f"--{name}"] if name == "checked" else [f"--{name}", value]
    call_command("export_events", "--format", "json", *option)
    assert sorted(row["id"] for row in json.loads(capsys.readouterr().out)) == wanted


def test_a_description_puts_the_dates_last_and_says_a_range_once():
    filters = TimelineFilter(QueryDict("q=chips&to=2025-07&from=2025-04&topic=tariffs&actor=china"))
    assert filters.describe(38) == "38 events mentioning “chips” on Tariffs involving China, Apr–Jul 2025"
    assert filters.describe(None).startswith("Events mentioning “chips” on Tariffs")
    assert filters.describe(17000, approximate=True).startswith("About 17,000 events mentioning")


@pytest.mark.parametrize(
    ("query", "changes", "expected"),
    [
        ("to=&from=&q=Geneva", {}, "?q=Geneva"),
        ("topic=tariffs&q=Geneva&after=2025-04-01.3", {}, "?q=Geneva&topic=tariffs"),
        ("topic=tariffs", {"toggle": ("topic", "ai")}, "?topic=ai&topic=tariffs"),
        ("topic=tariffs&topic=ai", {"toggle": ("topic", "tariffs")}, "?topic=ai"),
        ("q=x&from=2024&to=2025", {"replace": {"from": "2025-06", "to": "2025-06"}}, "?q=x&from=2025-06&to=2025-06"),
        ("q=x&from=2024", {"replace": {"after": "2025-01-01.9"}}, "?q=x&from=2024&after=2025-01-01.9"),
        ("from=2024&to=2025", {"replace": {"from": None, "to": None, "period": "all"}}, "?period=all"),
        ("period=all", {"toggle": ("topic", "ai")}, "?topic=ai"),
        ("", {}, "?"),
    ],
)
def test_one_helper_writes_every_filter_link(query, changes, expected):
    assert filter_query(QueryDict(query), **changes) == expected


def test_facets_are_objects_that_say_what_they_are(client):
    context = client.get("/?topic=tariffs").context
    topics = next(facet for facet in context["facets"] if facet.name == "topic")
    tariffs = next(choice for choice in topics.choices if choice.value == "tariffs")
    assert (tariffs.label, tariffs.selected, tariffs.toggle_url) == ("Tariffs", True, "?")
    assert tariffs.count == Topic.objects.get(slug="tariffs").events.public().count()
    ai = next(choice for choice in topics.choices if choice.value == "ai")
    assert (ai.selected, ai.toggle_url) == (False, "?topic=ai&topic=tariffs")


def plain_counts(query):
    """The summary's numbers recounted with plain COUNTs, without the counting module: a facet's choices
    are counted with that facet's own filter left out."""

    def without(name):
        data = QueryDict(query, mutable=True)
        data.pop(name, None)
        return TimelineFilter(data).events()

    def per_tag(model, name, relation):
        events = without(name)
        counts = {tag.pk: events.filter(**{relation: tag}).count() for tag in model.objects.all()}
        return {pk: n for pk, n in counts.items() if n}

    return {
        "total": TimelineFilter(QueryDict(query)).events().count(),
        "topic": per_tag(Topic, "topic", "topics"),
        "actor": per_tag(Actor, "actor", "actors"),
    }


def counted(query):
    result = Counter(TimelineFilter(QueryDict(query)), generation()).summary()
    return {"total": result.total, "topic": result.facets["topic"].counts, "actor": result.facets["actor"].counts}


def write_paths():
    """Each way the data changes: ingest, an editor's correction, merge, reject, re-anchoring a source."""

    def ingest():
        text = "Beijing, 3 March 2025. Tariffs on chips from China rose on Monday, officials said in Geneva."
        editing.ingest_upload("extra.txt", text.encode(), {"title": "Extra", "published": D(2025, 3, 3)})

    def correct():
        event = public().filter(topics__slug="tariffs").first()
        editing.update_events(Event.objects.filter(pk=event.pk), None, "test", date_start=D(2025, 5, 2),
                              date_end=D(2025, 5, 2))

    def merge():
        editing.merge_events(list(public().filter(topics__slug="tariffs")[:2]))

    def reject():
        editing.update_events(public().filter(actors__slug="china")[:1], None, "test", status="rejected")

    def reanchor():
        source = Source.objects.filter(passages__events__isnull=False).first()
        editing.redate_source(source, D(2026, 1, 15), expected_version=source.version)

    return [ingest, correct, merge, reject, reanchor]


@pytest.mark.parametrize("write", write_paths(), ids=lambda w: w.__name__)
def test_exact_counts_agree_with_a_plain_count_after_every_write_path(write):
    queries = ["", "topic=tariffs", "actor=china&from=2025", "q=tariffs"]
    write()
    for query in queries:
        assert counted(query) == plain_counts(query), query
        # What a reader gets through the cache is what the database holds now.
        assert summary(TimelineFilter(QueryDict(query))).total == plain_counts(query)["total"]


def spread_sample():
    """Every event's sample number drawn from its id instead of at random, so that which events the sample
    holds is the same in every run; and two of them checked by an editor (the seeds have none)."""
    events = list(Event.objects.all())
    for event in events:
        event.sample = event.pk * 7919 % SAMPLE_LEVELS
    Event.objects.bulk_update(events, ["sample"])
    for event in public().filter(topics__slug="tariffs", sample__lt=SAMPLE_LEVELS // 2)[:2]:
        editing.update_events(Event.objects.filter(pk=event.pk), None, "test", status="verified")


@pytest.mark.parametrize(
    "query",
    [
        *(f"{name}={resolved(value)}" for name, (value, _, _) in CASES.items() if name != "source"),
        "source", "q=tariffs&from=2025", "q=tariffs&actor=china", "topic=tariffs&topic=ai&to=2025-06",
        "actor=china&precision=day&precision=month&from=2025-05&to=2025-07", "",
    ],
)
def test_large_counts_are_the_sample_scaled_and_say_so(settings, monkeypatch, query):
    """Each filter's test of the sample held in memory selects what its clause selects in the database."""
    monkeypatch.setattr("timeline.counting.sample_for", lambda _: Sample(SAMPLE_LEVELS // 2))
    settings.TIMELINE_EXACT_LIMIT = 0
    spread_sample()
    if query == "source":
        query = f"source={tariffs_source().pk}"
    assert_sampled_counts(query)


@pytest.mark.parametrize("write", write_paths(), ids=lambda w: w.__name__)
def test_sampled_counts_agree_with_the_sample_after_every_write_path(settings, monkeypatch, write):
    """The sample held in memory is the database's: a write starts a new generation, and a new copy."""
    monkeypatch.setattr("timeline.counting.sample_for", lambda _: Sample(SAMPLE_LEVELS // 2))
    settings.TIMELINE_EXACT_LIMIT = 0
    spread_sample()
    queries = ["", "topic=tariffs", "actor=china&from=2025", "q=tariffs"]
    for query in queries:
        summary(TimelineFilter(QueryDict(query)))
    if connection.vendor == "postgresql":
        # PostgreSQL bumps the generation once per transaction, and a test is one: the write is made to
        # bump it again, as it would in its own transaction.
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('timeline.generation_bumped', '', true)")
    write()
    for query in queries:
        assert_sampled_counts(query)


def assert_sampled_counts(query):
    filters = TimelineFilter(QueryDict(query))
    counter = Counter(filters, generation())
    assert not counter.sample.complete
    result = counter.summary()
    scale = SAMPLE_LEVELS / counter.sample.below
    sampled = filters.events().filter(sample__lt=counter.sample.below)
    assert sampled.exists() and result.approximate
    assert result.total == round(sampled.count() * scale)
    spans = {}
    for event in sampled:
        spans[event.date_start, event.date_end, event.precision] = spans.get(
            (event.date_start, event.date_end, event.precision), 0) + 1
    assert {span[:3]: span[3] for span in result.spans} == {span: n * scale for span, n in spans.items()}
    for facet, model, relation in (("topic", Topic, "topics"), ("actor", Actor, "actors")):
        # A facet chosen counts its choices without itself.
        data = QueryDict(query, mutable=True)
        data.pop(facet, None)
        base = TimelineFilter(data).events().filter(sample__lt=counter.sample.below)
        expected = {tag.pk: round(base.filter(**{relation: tag}).count() * scale) for tag in model.objects.all()}
        assert result.facets[facet].counts == {pk: n for pk, n in expected.items() if n}, facet


def test_new_events_draw_their_own_sample():
    samples = set(public().values_list("sample", flat=True))
    assert len(samples) > public().count() // 2 and all(0 <= s < SAMPLE_LEVELS for s in samples)


def test_the_opening_period_holds_most_events_and_the_sources_list_is_the_busiest():
    focus = focus_period()
    inside = public().filter(date_start__gte=focus.start, date_start__lte=focus.end).count()
    assert inside >= 0.8 * public().count() and focus.total == public().count()
    busiest = busiest_sources(generation())
    counts = sorted((public().filter(passage__source=s).count() for s in Source.objects.all()), reverse=True)
    assert sorted((public().filter(passage__source_id=pk).count() for pk in busiest), reverse=True) == counts[:12]


def test_an_estimate_never_says_fewer_events_than_the_page_lists(client, settings, monkeypatch):
    # The sample (events with sample 0) holds none of them and exact counting has no time: the estimate
    # is 0 while the page lists the events it found.
    monkeypatch.setattr("timeline.counting.sample_for", lambda _: Sample(1))
    settings.TIMELINE_EXACT_BUDGET_MS = 0
    Event.objects.update(sample=100)
    matching = public().filter(topics__slug="tariffs").count()
    size = settings.TIMELINE_PAGE_SIZE
    assert matching > size, "the seeds' tariffs events no longer fill a page"
    response = client.get("/?topic=tariffs")
    assertContains(response, f"At least {size + 1} events on Tariffs")
    assert "About 0 events" not in response.content.decode()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's indexes hold no row id; SQLite's do")
def test_the_sample_events_are_read_off_the_sample_index_alone():
    """The sample's events with what the counts test of them, and their passages (which a search's sample
    test joins to its hits), come from the sample's index, not from a table page per event."""
    sampled = public().sampled(SAMPLE_LEVELS // 2).order_by()
    sql, params = sampled.values_list("pk", "date_start", "date_end", "precision", "passage").query.sql_with_params()
    with transaction.atomic(), connection.cursor() as cursor:
        # The seeds are few: without this, a scan of the whole table is the cheaper.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Index Only Scan using event_public_sample on timeline_event" in plan, plan
