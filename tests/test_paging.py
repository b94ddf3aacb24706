"""How a view's first page is found (timeline.paging): every way finds the page the walk finds, and the plan
weighs the ways by what the sample says."""

import datetime

import pytest
from django.db import connection
from django.http import QueryDict
from pytest_django.asserts import assertContains

from timeline.caching import generation
from timeline.counting import Counter, Sample
from timeline.forms import TimelineFilter
from timeline.models import Event, Topic
from timeline.models.events import SAMPLE_LEVELS
from timeline.models.queries import EventQuerySet
from timeline.paging import FROM_HITS, LISTED, NOTHING, WALK

D = datetime.date
pytestmark = pytest.mark.django_db


def public():
    return Event.objects.public()


# Filters whose first page can be found three ways: by walking the timeline in date order (looking up each
# event's passage, or testing it against the list of a search's hits), or from a hit list (a search's
# passages, a tag's events) sorted.
PAGE_QUERIES = [
    "q=tariffs", "topic=tariffs", "actor=china&q=chips", "topic=tariffs&topic=ai&actor=china",
    "q=Geneva&from=2025-05", "actor=china&from=2025-06&to=2025-07&precision=day", "q=145%&topic=tariffs",
    "q=export controls&topic=tariffs&topic=semiconductors", "q=china&precision=year", "q=nvidia&checked=on",
]
WAYS = [{"few": True}, {"listed": True}]


@pytest.mark.parametrize("way", WAYS, ids=["from hits", "listed search"])
@pytest.mark.parametrize("query", PAGE_QUERIES)
def test_every_way_to_a_page_finds_the_page_the_walk_finds(query, way):
    if "checked" in query:
        public().filter(passage__text__icontains="nvidia", date_start__year__gte=2025).update(status="verified")
    filters = TimelineFilter(QueryDict(query))
    walked = list(filters.events().values_list("pk", flat=True))
    assert walked, query
    assert list(filters.events(**way).values_list("pk", flat=True)) == walked
    assert filters.events(**way).page_ids(None, 5) == walked[:5]
    # The next pages too, from a cursor in the middle.
    middle = Event.objects.get(pk=walked[len(walked) // 2])
    cursor = (middle.date_start, middle.pk)
    after = walked[len(walked) // 2 + 1 :][:5]
    assert filters.events(**way).page_ids(cursor, 5) == filters.events().page_ids(cursor, 5) == after


def test_the_page_plan_weighs_the_walk_against_hits_and_a_listed_search(settings, monkeypatch):
    vendor = connection.vendor
    monkeypatch.setattr("timeline.paging.HIT_COST", {vendor: 3})
    monkeypatch.setattr("timeline.paging.LIST_COST", {vendor: 0.5})
    settings.TIMELINE_PAGE_WALK = 0
    page = settings.TIMELINE_PAGE_SIZE + 1
    everything = public().count()

    def plan(query):
        return Counter(TimelineFilter(QueryDict(query)), generation()).summary().page_plan

    # A topic of few events: the walk passes every event to fill a page, and looks up those the tag's marks
    # let through. Where a step along the index costs a tenth of a lookup, starting from the tag's hits
    # costs less; where it costs a hundredth (a tag's mark is a bit of the index entry), the walk does.
    rare = min(Topic.objects.all(), key=lambda t: t.events.public().count() or everything)
    few = rare.events.public().count()
    assert 0 < few <= page and few + everything / 100 < few * 3 < few + everything / 10
    monkeypatch.setattr("timeline.paging.INDEX_STEP", 1 / 10)
    assert plan(f"topic={rare.slug}") == FROM_HITS
    monkeypatch.setattr("timeline.paging.INDEX_STEP", 1 / 100)
    assert plan(f"topic={rare.slug}") == WALK
    monkeypatch.setattr("timeline.paging.INDEX_STEP", 1 / 10)
    # A date window alone lists no hits: walking it is the only way.
    assert plan("from=2025-06") == WALK
    # A search with a tag: the walk looks up the passage of each tagged event it passes (a table page, four
    # times a tag's lookup), dearer than listing the search's hits, and starting from the hits costs more
    # than listing them, so the walk tests the search against the list of its hits.
    query = "q=Geneva&topic=tariffs"
    matching = TimelineFilter(QueryDict(query)).events().count()
    word = TimelineFilter(QueryDict("q=Geneva")).events().count()
    tagged = public().filter(topics__slug="tariffs").count()
    walked = everything if matching <= page else page * everything / matching
    looked_up = walked * tagged / everything * 4
    assert 0 < matching and word * 0.5 < looked_up and word * 0.5 < min(word, tagged) * 3
    assert plan(query) == LISTED
    # Listing costs more than the walk when the search's hits cost more than the lookups.
    monkeypatch.setattr("timeline.paging.LIST_COST", {vendor: looked_up / word + 1})
    assert plan(query) != LISTED
    monkeypatch.setattr("timeline.paging.LIST_COST", {vendor: 0.5})
    # ... unless the search matches too many events to hold their list.
    monkeypatch.setattr("timeline.paging.LIST_MOST", word - 1)
    assert plan(query) != LISTED
    # A precision is tested on the date index: the walk looks up only the events of that precision (here
    # none, by the sample's estimate; an exact none looks for no page at all, see the last test), however many
    # it passes.
    monkeypatch.setattr("timeline.paging.LIST_MOST", everything)
    counter = Counter(TimelineFilter(QueryDict("q=Geneva&precision=decade")), generation())
    assert counter.page_plan(0, approximate=True) == WALK
    # Nothing further is weighed when the walk costs no more than passing TIMELINE_PAGE_WALK events: a tag's
    # marks cost no lookup, a search's passages do.
    settings.TIMELINE_PAGE_WALK = everything
    assert plan(f"topic={rare.slug}") == WALK and plan(query) == LISTED
    settings.TIMELINE_PAGE_WALK = everything * 1000
    assert plan(query) == WALK
    # A database whose walk is always the cheaper (SQLite's) never starts from the hits.
    settings.TIMELINE_PAGE_WALK = 0
    monkeypatch.setattr("timeline.paging.HIT_COST", {})
    assert plan(f"topic={rare.slug}") == plan(query) == WALK


def test_a_walk_on_few_sampled_matches_is_weighed_longer(settings, monkeypatch):
    """The walk's length goes as one over the matches, and a sample holding few of them can make it look
    several times shorter than it is: an estimate is weighed at half a standard deviation fewer matches."""
    vendor = connection.vendor
    monkeypatch.setattr("timeline.counting.sample_for", lambda _: Sample(SAMPLE_LEVELS // 100))
    monkeypatch.setattr("timeline.paging.HIT_COST", {vendor: 10**9})
    monkeypatch.setattr("timeline.paging.INDEX_STEP", 0)
    monkeypatch.setattr("timeline.paging.SEARCH_LOOKUP", 1)
    settings.TIMELINE_PAGE_WALK = 0
    counter = Counter(TimelineFilter(QueryDict("q=Geneva")), generation())
    # Every estimate (the events within the dates, those the index lets through, the search's hits) is N.
    N = 20_000
    monkeypatch.setattr(Counter, "_estimate", lambda self, ignoring: N)
    scale, page = counter.sample.scale, settings.TIMELINE_PAGE_SIZE + 1
    # Four sampled matches: the walk looks up page x N / (4 x scale) passages on the estimate itself, and
    # page x N / (3 x scale) at half a standard deviation (1) fewer; listing costs N x LIST_COST, between.
    total = 4 * scale
    monkeypatch.setattr("timeline.paging.LIST_COST", {vendor: (page / (4 * scale) + page / (3 * scale)) / 2})
    assert counter.page_plan(total) == WALK
    assert counter.page_plan(total, approximate=True) == LISTED
    # A hundred: five fewer (95), no more.
    total = 100 * scale
    monkeypatch.setattr("timeline.paging.LIST_COST", {vendor: page / (96 * scale)})
    assert counter.page_plan(total) == WALK
    assert counter.page_plan(total, approximate=True) == LISTED
    monkeypatch.setattr("timeline.paging.LIST_COST", {vendor: page / (94 * scale)})
    assert counter.page_plan(total, approximate=True) == WALK


def test_a_view_its_exact_count_finds_empty_looks_for_no_page(client, monkeypatch):
    """A walk would pass every event within the dates to find what the count already found: none."""
    query = "q=Geneva&to=1999"
    assert not TimelineFilter(QueryDict(query)).events().exists()
    assert TimelineFilter(QueryDict("q=Geneva")).events().exists() and public().filter(date_end__lt=D(2000, 1, 1))
    assert Counter(TimelineFilter(QueryDict(query)), generation()).summary().page_plan == NOTHING

    def walk(*args):
        raise AssertionError("looked for a page the exact count said was empty")

    monkeypatch.setattr(EventQuerySet, "page_ids", walk)
    response = client.get(f"/?{query}")
    assertContains(response, "0 events mentioning “Geneva”, until Dec 1999")
    assert client.get(f"/?{query}", headers={"HX-Request": "true"}).status_code == 200
