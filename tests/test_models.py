import datetime

import pytest

from timeline.models import Actor, Event, Passage, Topic, date_label

D = datetime.date


@pytest.mark.parametrize(
    ("start", "end", "precision", "qualifier", "label"),
    [
        (D(2025, 4, 25), D(2025, 4, 25), "day", "", "25 Apr 2025"),
        (D(2025, 4, 21), D(2025, 4, 30), "month", "late", "late Apr 2025"),
        (D(2025, 7, 14), D(2025, 7, 20), "week", "", "week of 14 Jul 2025"),
        (D(2024, 7, 1), D(2024, 9, 30), "quarter", "", "Q3 2024"),
        (D(2024, 1, 1), D(2024, 6, 30), "half", "", "H1 2024"),
        (D(2022, 1, 1), D(2022, 12, 31), "year", "", "2022"),
        (D(2025, 1, 1), D(2025, 4, 30), "year", "early", "early 2025"),
        (D(1990, 1, 1), D(1999, 12, 31), "decade", "", "1990s"),
        (D(1850, 1, 1), D(1850, 12, 31), "year", "circa", "circa 1850"),
        (D(2025, 6, 1), D(2025, 8, 31), "season", "", "summer 2025"),
        (D(2024, 12, 1), D(2025, 2, 28), "season", "", "winter 2024–25"),
    ],
)
def test_date_label_writes_the_date_at_its_precision(start, end, precision, qualifier, label):
    assert date_label(start, end, precision, qualifier) == label


def test_text_parts_split_the_sentence_around_the_expression():
    event = Event(text="He said on Friday it was over.", sentence_start=10, timex_start=18, timex_end=27)
    assert event.text_parts() == ("He said ", "on Friday", " it was over.")


def test_text_parts_fall_back_to_the_whole_sentence_when_offsets_are_off():
    event = Event(text="Short.", sentence_start=0, timex_start=40, timex_end=45)
    assert event.text_parts() == ("Short.", "", "")


@pytest.mark.parametrize(
    ("aliases", "text", "found"),
    [
        ("US\nUnited States", "The US imposed tariffs.", True),
        ("US\nUnited States", "Tell us more.", False),
        ("US\nUnited States", "the United States said", True),
        ("tariff", "Tariff talks resumed", True),
        ("tariff", "tariffs rose", False),
        ("chip", "chipmaker Nvidia", False),
    ],
)
def test_tags_match_whole_words_and_respect_capitals(aliases, text, found):
    assert Actor(name="Placeholder", aliases=aliases).occurs_in(text) is found


def test_public_hides_rejected_events(db):
    event = Event.objects.first()
    event.status = Event.Status.REJECTED
    event.save()
    assert not Event.objects.public().filter(pk=event.pk).exists()
    assert Event.objects.filter(pk=event.pk).exists()


def test_between_keeps_events_that_fall_within_the_range(db):
    events = set(Event.objects.between(D(2025, 7, 1), D(2025, 7, 31)))
    expected = {e for e in Event.objects.all() if D(2025, 7, 1) <= e.date_start and e.date_end <= D(2025, 7, 31)}
    assert events == expected
    assert any(e.precision == "week" for e in events)
    assert not any(e.precision == "year" for e in events)


def test_overlapping_keeps_events_sharing_a_day_with_the_range(db):
    events = set(Event.objects.overlapping(D(2025, 7, 16), D(2025, 7, 16)))
    assert events == {e for e in Event.objects.all() if e.date_start <= D(2025, 7, 16) <= e.date_end}
    assert any(e.precision == "week" for e in events) and any(e.precision == "year" for e in events)


def test_about_keeps_only_events_with_the_topic(db):
    chips = Topic.objects.get(slug="semiconductors")
    events = Event.objects.about(chips)
    assert events.exists()
    assert all(chips in e.topics.all() for e in events)


def test_searching_145_percent_finds_the_tariff_passages(db):
    texts = list(Event.objects.matching("145%").values_list("passage__text", flat=True))
    assert texts and all("145%" in t or "145 per cent" in t for t in texts)


def test_a_percentage_search_also_finds_it_written_per_cent(db):
    written_out, other_number = Passage.objects.filter(events__isnull=False).distinct()[:2]
    written_out.text = "Duties rose to 9731 per cent on Monday."
    written_out.save()
    other_number.text = "Exports reached 9731 billion on Monday."
    other_number.save()
    assert set(Event.objects.matching("9731%")) == set(written_out.events.all())
    assert set(Event.objects.matching("9731 per")) == set(written_out.events.all())
    assert set(Event.objects.matching("9731")) == set(written_out.events.all()) | set(other_number.events.all())


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("Geneva", True), ("geneva", True), ("Genev", True), ("export control", True), ("exports controlled", True),
        ("Geneva zzzyx", False), ('"unbalanced', False), ("Geneva AND talks", True), ("Geneva NOT talks", True),
        ("*", None), ("", None),
    ],
)
def test_text_search_is_word_based_and_tolerates_any_input(db, words, found):
    matches = Event.objects.matching(words)
    if found is None:
        assert matches.count() == Event.objects.count()
    else:
        assert matches.exists() is found


def test_after_continues_in_chronological_order(db):
    ordered = list(Event.objects.chronological())
    middle = ordered[len(ordered) // 2]
    rest = list(Event.objects.chronological().after((middle.date_start, middle.pk)))
    assert rest == ordered[len(ordered) // 2 + 1 :]


def test_event_end_before_start_is_refused(db):
    from django.core.exceptions import ValidationError

    event = Event.objects.first()
    event.date_end = event.date_start - datetime.timedelta(days=1)
    with pytest.raises(ValidationError):
        event.full_clean()


@pytest.mark.parametrize(
    ("start", "end", "precision", "heading"),
    [
        (D(2025, 4, 25), D(2025, 4, 25), "day", "April 2025"),
        (D(2025, 4, 21), D(2025, 4, 30), "month", "April 2025"),
        (D(2025, 6, 30), D(2025, 7, 6), "week", "week of 30 Jun 2025"),
        (D(2025, 1, 1), D(2025, 12, 31), "year", "2025"),
        (D(2025, 1, 1), D(2025, 4, 30), "year", "2025"),
        (D(2024, 7, 1), D(2024, 9, 30), "quarter", "Q3 2024"),
    ],
)
def test_events_are_grouped_under_their_month_or_their_vaguer_span(start, end, precision, heading):
    assert Event(date_start=start, date_end=end, precision=precision).group_label == heading


@pytest.mark.parametrize("words", ["Geneva", "export control", "tariffs China", "145%"])
def test_both_search_plans_find_the_same_events(db, monkeypatch, words):
    from timeline.models import queries

    monkeypatch.setattr(queries, "COMMON_WORD_SHARE", 0.0)
    walking = list(Event.objects.matching(words).chronological())
    monkeypatch.setattr(queries, "COMMON_WORD_SHARE", float("inf"))
    sorting = list(Event.objects.matching(words).chronological())
    assert walking == sorting and walking


def test_in_order_lists_each_events_topics_by_name_in_two_queries(db, django_assert_num_queries):
    tagged = list(Event.objects.public().filter(topics__isnull=False).distinct().order_by("-id")[:3])
    untagged = Event.objects.public().filter(topics__isnull=True).first()
    rejected = Event.objects.public().exclude(pk__in=[e.pk for e in tagged] + [untagged.pk]).first()
    rejected.status = Event.Status.REJECTED
    rejected.save()
    ids = [tagged[2].pk, untagged.pk, rejected.pk, tagged[0].pk, tagged[1].pk]
    with django_assert_num_queries(2):
        listed = Event.objects.in_order(ids)
    assert [event.pk for event in listed] == [tagged[2].pk, untagged.pk, tagged[0].pk, tagged[1].pk]
    for event in listed:
        expected = [(topic.slug, topic.name) for topic in event.topics.order_by("name")]
        assert [(topic.slug, topic.name) for topic in event.listed_topics] == expected
    assert listed[1].listed_topics == []
