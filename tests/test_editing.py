"""The work behind the editors' admin, exercised without the admin."""

import datetime

import pytest
from django.conf import settings

from timeline import editing
from timeline.ingest import ingest_paths
from timeline.models import Event, ReviewItem, ReviewQuerySet, Source

D = datetime.date
HK_PAGE = "000_8dfd228662c2110d.txt"
DIGEST = "003_5b33a353fc25cadb.txt"
NVIDIA_PAGE = "002_7046af7b42a44a6a.txt"

pytestmark = pytest.mark.django_db


def seed_event(file_name, timex, position=0):
    return Event.objects.get(passage__source__file_name=file_name, passage__source__position=position, timex=timex)


def first_event(file_name, position):
    return Event.objects.filter(passage__source__file_name=file_name, passage__source__position=position).first()


def reingest_seeds():
    Source.objects.update(content_hash="stale, so the next ingest redoes every page")
    ingest_paths([settings.SEEDS_DIR], progress=lambda _: None)


def snapshot(events):
    return {
        e.pk: (e.status, e.date_start, e.date_end, e.precision, e.qualifier, e.merged_into_id)
        for e in Event.objects.filter(pk__in=[e.pk for e in events])
    }


def test_redating_a_source_reanchors_its_auto_events_only():
    source = Source.objects.get(file_name=HK_PAGE, position=0)
    corrected, verified, rejected = (seed_event(HK_PAGE, t) for t in ["April 25", "late April", "January"])
    Event.objects.filter(pk=corrected.pk).update(status="corrected", date_start=D(2025, 4, 24), date_end=D(2025, 4, 24))
    Event.objects.filter(pk=verified.pk).update(status="verified")
    Event.objects.filter(pk=rejected.pk).update(status="rejected")
    protected = snapshot([corrected, verified, rejected])

    changes = editing.redate_source(source, D(2026, 5, 1), expected_version=source.version)

    assert [str(change) for change in changes] == ["“April”: Apr 2025 → Apr 2026"]
    assert snapshot([corrected, verified, rejected]) == protected
    assert seed_event(HK_PAGE, "2022").date_label == "2022"
    source.refresh_from_db()
    assert (source.published_on, source.date_origin, source.version) == (D(2026, 5, 1), "editor", 2)
    assert source.history.first().published_on == D(2026, 5, 1)


def test_reingest_keeps_the_editors_source_date_and_every_protected_event():
    source = Source.objects.get(file_name=HK_PAGE, position=0)
    editing.redate_source(source, D(2026, 5, 1), expected_version=source.version)
    digest = list(Event.objects.filter(passage__source__file_name=DIGEST).order_by("pk"))
    digest[0].status, digest[0].date_start, digest[0].date_end = "corrected", D(2024, 1, 1), D(2024, 1, 31)
    digest[0].precision = "month"
    digest[0].save()
    Event.objects.filter(pk=digest[1].pk).update(status="verified")
    Event.objects.filter(pk=digest[2].pk).update(status="rejected")
    editing.merge_events(digest[3:5])
    before = snapshot(digest[:5])

    reingest_seeds()

    assert snapshot(digest[:5]) == before
    assert Source.objects.get(file_name=HK_PAGE, position=0).published_on == D(2026, 5, 1)
    assert seed_event(HK_PAGE, "April").date_label == "Apr 2026"
    # A merged-away event is not re-created as a new automatic one beside it.
    assert Event.objects.filter(passage=digest[4].passage, timex_start=digest[4].timex_start).count() == 1


def test_second_save_from_the_same_version_is_refused_and_the_first_survives():
    first, second = Event.objects.get(pk=seed_event(HK_PAGE, "April 25").pk), seed_event(HK_PAGE, "April 25")
    loaded = first.version
    first.date_start = first.date_end = D(2025, 4, 24)
    editing.save_versioned(first, loaded)
    second.date_start = second.date_end = D(2025, 4, 26)
    with pytest.raises(editing.EditConflict, match="Someone else saved this event"):
        editing.save_versioned(second, loaded)
    stored = Event.objects.get(pk=first.pk)
    assert (stored.date_start, stored.version) == (D(2025, 4, 24), loaded + 1)


def test_merging_keeps_every_passage_and_shows_the_event_once():
    events = [first_event(NVIDIA_PAGE, 2), first_event(NVIDIA_PAGE, 3)]
    public_before = Event.objects.public().count()

    target = editing.merge_events(events)

    assert target == events[0]
    assert list(target.merged_events.all()) == [events[1]]
    assert Event.objects.public().count() == public_before - 1
    assert Event.objects.public().with_source_count().get(pk=target.pk).source_count == 2
    assert {e.status for e in Event.objects.filter(pk__in=[e.pk for e in events])} == {"verified"}
    assert Event.objects.get(pk=events[1].pk).history.first().history_change_reason == "merged"

    # Merging the merged event with a third one moves the second along, so all three count.
    third = first_event(NVIDIA_PAGE, 1)
    editing.merge_events([target, third])
    assert Event.objects.with_source_count().get(pk=target.pk).source_count == 3


@pytest.mark.parametrize("statuses, message", [
    (["auto"], "at least two"),
    (["auto", "rejected"], "Rejected events cannot be merged"),
])
def test_merge_refusals_change_nothing(statuses, message):
    events = list(Event.objects.filter(passage__source__file_name=DIGEST)[: len(statuses)])
    for event, status in zip(events, statuses, strict=True):
        Event.objects.filter(pk=event.pk).update(status=status)
    before = snapshot(events)
    with pytest.raises(editing.MergeRefused, match=message):
        editing.merge_events(Event.objects.filter(pk__in=[e.pk for e in events]))
    assert snapshot(events) == before


@pytest.mark.parametrize("quote, timex, expected", [
    ("Mr Lee, who was accompanied", "", (0, 0, 0)),
    ("Mr Lee, who was accompanied by senior officials", "senior", (0, 31, 37)),
    ("  Mr Lee  ", "", (0, 0, 0)),
])
def test_place_quote_finds_the_sentence_and_its_dating_words(quote, timex, expected):
    passage = seed_event(HK_PAGE, "late April").passage
    offset = passage.text.index("Mr Lee, who was accompanied")
    assert editing.place_quote(passage, quote, timex) == tuple(n + offset for n in expected)


@pytest.mark.parametrize("quote, timex, message", [
    ("Words the passage never wrote", "", "exactly as the passage writes it"),
    ("", "", "exactly as the passage writes it"),
    ("Mr Lee, who was accompanied", "in May", "does not occur in the sentence"),
])
def test_place_quote_refuses_what_the_passage_does_not_say(quote, timex, message):
    passage = seed_event(HK_PAGE, "late April").passage
    with pytest.raises(ValueError, match=message):
        editing.place_quote(passage, quote, timex)


def test_upload_with_a_given_date_ingests_like_the_command():
    text = "Chip talks resume\n\nOfficials met on Tuesday to discuss export controls.\n\nA deal is expected in March."
    report = editing.ingest_upload("talks.txt", text.encode(), {"outlet": "Wire", "published": D(2025, 2, 6)})
    source = Source.objects.get(file_name="talks.txt")
    assert (report.total("sources"), source.outlet, source.date_origin) == (1, "Wire", "editor")
    assert source.title == "Chip talks resume"
    labels = {e.timex: e.date_label for e in Event.objects.filter(passage__source=source)}
    assert labels == {"Tuesday": "4 Feb 2025", "March": "Mar 2025"}


def test_upload_without_a_date_infers_it_and_flags_it_for_review():
    text = "Chip talks resume\n\nMarch 3, 2025\n\nOfficials met on Tuesday to discuss export controls."
    editing.ingest_upload("undated.txt", text.encode())
    source = Source.objects.get(file_name="undated.txt")
    assert (source.published_on, source.date_origin) == (D(2025, 3, 3), "inferred")
    item = ReviewItem.objects.needing_review().with_doubt().get(passage__source=source, timex="Tuesday")
    assert item.doubt_inferred_source == 1


@pytest.mark.parametrize("data, message", [
    (b"PK\x03\x04\x00\x00binary\x00\x00\x01\x02", "binary"),
    (b"  \n\n ", "empty file"),
])
def test_unreadable_upload_writes_nothing(data, message):
    counts = Source.objects.count(), Event.objects.count()
    report = editing.ingest_upload("bad.txt", data, {"published": D(2025, 1, 1)})
    assert [(item.origin, message in item.error) for item in report.failed] == [("bad.txt", True)]
    assert (Source.objects.count(), Event.objects.count()) == counts


@pytest.mark.parametrize("file_name, position, timex, reasons", [
    (DIGEST, 0, "the previous year", {"doubt_several_dates", "doubt_relative", "doubt_vague"}),
    (DIGEST, 0, "Tuesday", {"doubt_relative", "doubt_far"}),
    (HK_PAGE, 0, "2022", {"doubt_far", "doubt_vague"}),
    (NVIDIA_PAGE, 2, "Saturday", {"doubt_inferred_source", "doubt_several_dates", "doubt_relative",
                                  "doubt_duplicate"}),
    (DIGEST, 0, "2023", {"doubt_vague"}),
])
def test_review_queue_gives_each_reason_for_doubt(file_name, position, timex, reasons):
    item = ReviewItem.objects.with_doubt().get(
        passage__source__file_name=file_name, passage__source__position=position, timex=timex
    )
    assert {name for name in ReviewQuerySet.DOUBTS if getattr(item, name)} == reasons
    assert item.doubt == sum(ReviewQuerySet.DOUBTS[name][0] for name in reasons)


def test_review_queue_lists_only_open_items_most_doubtful_first():
    verified = seed_event(NVIDIA_PAGE, "Saturday", 2)
    Event.objects.filter(pk=verified.pk).update(status="verified")
    queue = list(ReviewItem.objects.needing_review().most_doubtful_first())
    assert verified.pk not in {item.pk for item in queue}
    assert {item.status for item in queue} == {"auto"}
    scores = [item.doubt for item in queue]
    assert scores == sorted(scores, reverse=True)
    assert queue[0].passage.source.date_origin == "inferred"
