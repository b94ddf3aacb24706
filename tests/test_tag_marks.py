"""The tags' marks on each event (Event.topic_bits, actor_bits), which the database keeps equal to the event's tags
whichever way a tag is added or removed, and the tag filters that walk by them: a filter finds exactly the
events a plain query of the tag tables finds."""

import datetime

import pytest
from django.db import connection
from django.http import QueryDict

from timeline import editing
from timeline.forms import TimelineFilter
from timeline.ingest import ingest_paths
from timeline.ingest.store import label_article
from timeline.models import Actor, Event, Passage, Source, Topic
from timeline.models.tags import TAG_BITS, tag_bits

D = datetime.date
DAY = D(1999, 6, 1)
pytestmark = pytest.mark.django_db


def add_event(text="The ministry announced the new rules on that day.", day=DAY):
    source = Source.objects.create(file_name=f"marks-{Source.objects.count()}.txt", title="Marks", text="",
                                   published_on=day, content_hash=f"marks-{Source.objects.count()}")
    passage = Passage.objects.create(source=source, order=0, start=0, end=len(text), text=text)
    return Event.objects.create(passage=passage, timex="that day", timex_start=0, timex_end=0, sentence_start=0,
                                text=text, date_start=day, date_end=day)


def marks(event):
    return Event.objects.values_list("topic_bits", "actor_bits").get(pk=event.pk)


def new_topic(pk, slug):
    return Topic.objects.create(pk=pk, slug=slug, name=slug.title())


def test_a_tags_mark_is_its_bit_among_63():
    assert tag_bits([]) == 0
    assert tag_bits([1, 2]) == 0b110
    assert tag_bits([5, 5 + TAG_BITS]) == 1 << 5
    assert tag_bits([TAG_BITS - 1]) == 1 << 62 and 1 << 62 < 2**63


def test_adding_a_tag_through_the_orm_marks_the_event():
    event = add_event()
    assert marks(event) == (0, 0)
    topic, actor = Topic.objects.get(slug="tariffs"), Actor.objects.get(slug="china")
    event.topics.add(topic)
    event.actors.set([actor])
    assert marks(event) == (1 << topic.pk % TAG_BITS, 1 << actor.pk % TAG_BITS)


def test_a_save_from_an_instance_read_before_a_tag_was_added_keeps_the_mark():
    event = add_event()
    stale = Event.objects.get(pk=event.pk)
    topic = Topic.objects.get(slug="tariffs")
    event.topics.add(topic)
    stale.text = "The ministry announced the new rules that morning."
    stale.save()
    Event.objects.filter(pk=event.pk).update(topic_bits=0, actor_bits=0)
    assert marks(event)[0] == 1 << topic.pk % TAG_BITS
    # Nor can a write claim a tag the event does not have.
    Event.objects.filter(pk=event.pk).update(topic_bits=tag_bits(Topic.objects.all()), actor_bits=1)
    assert marks(event) == (1 << topic.pk % TAG_BITS, 0)
    assert TimelineFilter(QueryDict("topic=tariffs&from=1999&to=1999")).events().filter(pk=event.pk).exists()


def test_an_import_marks_its_events_with_their_tags_and_the_imports_topics(tmp_path):
    (tmp_path / "rules.txt").write_text(
        "Steel rules\n\nBy Test Desk, published 5 March 2024\n\n"
        "China's commerce ministry said on 4 March 2024 that tariffs on steel would rise.\n"
    )
    ingest_paths([tmp_path], progress=lambda _: None, topics=["space-race"])
    events = list(Event.objects.filter(passage__source__file_name="rules.txt"))
    assert events
    for event in events:
        topics, actors = marks(event)
        assert topics == tag_bits(event.topics.all()) and actors == tag_bits(event.actors.all())
        assert topics & tag_bits(Topic.objects.filter(slug__in=["space-race", "tariffs"])) == tag_bits(
            Topic.objects.filter(slug__in=["space-race", "tariffs"]))


def test_labelling_a_stored_article_marks_its_events():
    event = add_event()
    label = new_topic(201, "moon-landing")
    label_article(event.passage.source, [label])
    assert marks(event)[0] == tag_bits([label])


def test_a_merge_marks_the_kept_event_with_the_others_tags():
    kept, other = add_event(), add_event("The ministry announced new rules the same day.")
    kept.status = other.status = Event.Status.AUTO
    other.topics.add(Topic.objects.get(slug="semiconductors"))
    other.actors.add(Actor.objects.get(slug="nvidia"))
    target = editing.merge_events([kept, other])
    assert target.pk == kept.pk
    assert marks(kept) == (tag_bits(Topic.objects.filter(slug="semiconductors")),
                           tag_bits(Actor.objects.filter(slug="nvidia")))


@pytest.mark.parametrize("query", ["topic=tariffs", "topic=shared-mark", "topic=tariffs&topic=shared-mark",
                                   "actor=china", "topic=shared-mark&actor=china", "topic=tariffs&q=ministry"])
def test_tag_filters_find_what_the_tag_tables_hold_when_tags_share_a_mark(query):
    tariffs = Topic.objects.get(slug="tariffs")
    shared = new_topic(tariffs.pk + TAG_BITS, "shared-mark")
    assert tag_bits([shared]) == tag_bits([tariffs])
    tagged, untagged, dropped = add_event(), add_event(), add_event()
    tagged.topics.add(tariffs)
    tagged.actors.add(Actor.objects.get(slug="china"))
    untagged.actors.add(Actor.objects.get(slug="china"))
    dropped.topics.add(shared)
    dropped.topics.remove(shared)
    filters = TimelineFilter(QueryDict(f"{query}&from=1999&to=1999"))
    found = set(filters.events().values_list("pk", flat=True))
    plain = Event.objects.public().filter(date_start__year=1999)
    if "q=" in query:
        plain = plain.filter(passage__text__icontains="ministry")
    chosen = QueryDict(query)
    if chosen.getlist("topic"):
        plain = plain.filter(topics__slug__in=chosen.getlist("topic"))
    if chosen.getlist("actor"):
        plain = plain.filter(actors__slug__in=chosen.getlist("actor"))
    assert found == set(plain.values_list("pk", flat=True))
    assert found <= {tagged.pk, untagged.pk}
    assert set(filters.events(few=True).values_list("pk", flat=True)) == found


@pytest.mark.parametrize("removal", ["remove", "set", "clear", "delete the topic"])
def test_removing_a_tag_clears_its_mark_and_keeps_the_others(removal):
    event, other = add_event(), add_event()
    gone, kept = new_topic(301, "gone"), Topic.objects.get(slug="tariffs")
    for tagged in (event, other):
        tagged.topics.add(gone, kept)
        tagged.actors.add(Actor.objects.get(slug="china"))
    if removal == "remove":
        event.topics.remove(gone)
    elif removal == "set":
        event.topics.set([kept])
    elif removal == "clear":
        event.topics.clear()
    else:
        gone.delete()
    expected = tag_bits([]) if removal == "clear" else tag_bits([kept])
    assert marks(event) == (expected, tag_bits(Actor.objects.filter(slug="china")))
    if removal != "delete the topic":
        assert marks(other)[0] == tag_bits([gone, kept])
        found = TimelineFilter(QueryDict("topic=gone&from=1999&to=1999")).events()
        assert set(found.values_list("pk", flat=True)) == {other.pk}


def test_an_editor_removing_a_topic_clears_its_mark(admin_client):
    event = add_event()
    event.topics.add(Topic.objects.get(slug="tariffs"), Topic.objects.get(slug="semiconductors"))
    data = {
        "date_start": "1999-06-01", "date_end": "1999-06-01", "precision": "day", "qualifier": "", "status": "auto",
        "version": event.version, "topics": [Topic.objects.get(slug="semiconductors").pk], "actors": [],
    }
    response = admin_client.post(f"/admin/timeline/event/{event.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert marks(event)[0] == tag_bits(Topic.objects.filter(slug="semiconductors"))


def test_a_tag_filter_reads_no_tag_table_when_no_other_tag_shares_its_mark():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's per-transaction statistics")
    tariffs = Topic.objects.get(slug="tariffs")
    for _ in range(3):
        add_event().topics.add(tariffs)
    add_event()

    def reads_of_topics():
        with connection.cursor() as cursor:
            cursor.execute("SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) FROM pg_stat_xact_user_tables "
                           "WHERE relname = 'timeline_event_topics'")
            return cursor.fetchone()[0]

    before = reads_of_topics()
    assert len(TimelineFilter(QueryDict("topic=tariffs&from=1999&to=1999")).events()) == 3
    assert reads_of_topics() == before
    new_topic(tariffs.pk + TAG_BITS, "shared-mark")
    assert len(TimelineFilter(QueryDict("topic=tariffs&from=1999&to=1999")).events()) == 3
    assert reads_of_topics() > before


def test_the_database_sets_the_marks_in_one_statement_per_insert_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's statement-level triggers")
    events = [add_event() for _ in range(3)]
    topic = Topic.objects.get(slug="tariffs")
    Event.topics.through.objects.bulk_create([Event.topics.through(event_id=e.pk, topic_id=topic.pk) for e in events])
    assert {marks(e)[0] for e in events} == {tag_bits([topic])}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite's triggers run per row, by key")
def test_adding_tags_finds_the_events_by_key_however_large_the_table_grew():
    """A long import on one connection: the marks' trigger must not keep a plan made while the table was small
    (a scan of every event for each batch of tags)."""
    topic = Topic.objects.get(slug="tariffs")
    add_event().topics.add(topic)
    first = add_event()
    Event.objects.bulk_create([
        Event(passage=first.passage, timex="that day", timex_start=0, timex_end=0, sentence_start=0, text=first.text,
              date_start=DAY, date_end=DAY)
        for _ in range(20_000)
    ])
    last = Event.objects.latest("pk")

    def scans_of_events():
        with connection.cursor() as cursor:
            cursor.execute("SELECT seq_scan FROM pg_stat_xact_user_tables WHERE relname = 'timeline_event'")
            return cursor.fetchone()[0]

    before = scans_of_events()
    last.topics.add(topic)
    assert scans_of_events() == before
    assert marks(last)[0] == 1 << topic.pk % TAG_BITS
