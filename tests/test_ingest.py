import datetime
import shutil

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from timeline.ingest import ingest_paths
from timeline.models import Event, Passage, Source

D = datetime.date


def quiet(_message):
    pass


@pytest.mark.parametrize(
    ("timex", "words", "start", "end", "precision", "qualifier"),
    [
        ("last month", "after another meeting in Geneva", D(2025, 5, 1), D(2025, 5, 31), "month", ""),
        ("this week", "In a reversal", D(2025, 7, 14), D(2025, 7, 20), "week", ""),
        ("June 11", "framework", D(2025, 6, 11), D(2025, 6, 11), "day", ""),
        ("Aug 12", "deadline", D(2025, 8, 12), D(2025, 8, 12), "day", ""),
        ("January 19", "divest", D(2025, 1, 19), D(2025, 1, 19), "day", ""),
        ("on Saturday", "Biden", D(2024, 11, 16), D(2024, 11, 16), "day", ""),
        ("April 25", "Ningbo", D(2025, 4, 25), D(2025, 4, 25), "day", ""),
        ("late April", "four days", D(2025, 4, 21), D(2025, 4, 30), "month", "late"),
        ("In April", "H20", D(2025, 4, 1), D(2025, 4, 30), "month", ""),
        ("the first half of 2024", "$25 billion", D(2024, 1, 1), D(2024, 6, 30), "half", ""),
        ("over the weekend", "Facebook post", D(2025, 7, 19), D(2025, 7, 20), "day", ""),
        ("the end of the month", "retroactively", D(2025, 6, 21), D(2025, 6, 30), "month", "late"),
    ],
)
def test_seed_sentences_get_the_date_the_text_gives(db, timex, words, start, end, precision, qualifier):
    event = seed_event_matching(timex, words)
    assert (event.date_start, event.date_end, event.precision, event.qualifier) == (start, end, precision, qualifier)


def seed_event_matching(timex, words):
    """Find the event by its expression, ignoring a leading preposition the engine may or may not include."""
    candidates = [
        e for e in Event.objects.filter(text__contains=words)
        if e.timex.lower() == timex.lower() or timex.lower().endswith(e.timex.lower())
        or e.timex.lower().endswith(timex.lower())
    ]
    assert len(candidates) == 1, f"{timex!r} / {words!r}: {candidates}"
    return candidates[0]


def test_a_habitual_holiday_dates_no_event(db):
    # "letters every spring asking for donations to help pay for the annual Fourth of July fireworks show"
    assert not Event.objects.filter(text__contains="annual Fourth of July").exists()


def test_appended_pieces_are_sources_dated_by_their_age(db):
    page = Source.objects.get(file_name__startswith="000_", position=0)
    assert page.published_on == D(2025, 5, 1)
    appended = list(page.appended.order_by("position"))
    assert len(appended) == 3
    assert all(piece.published_on == D(2025, 6, 28) for piece in appended)
    assert appended[0].title.startswith("US, China announce a trade agreement")


@pytest.mark.parametrize(
    "boilerplate",
    ["Subscribe now", "Article content", "Sign Up", "Hashtags", "Error in retrieving data",
     "No comments yet", "Related Articles", "hours ago", "Copyright ©", "Read Entire Article"],
)
def test_boilerplate_is_in_no_passage(db, boilerplate):
    assert not Passage.objects.filter(text__contains=boilerplate).exists()


@pytest.mark.parametrize(
    "non_date", ["may", "May", "We", "Sun Dong", "H20", "3D", "145 per cent", "2024", "10 hours ago"]
)
def test_non_dates_make_no_events(db, non_date):
    if non_date == "2024":
        # The 2020 Reuters page ends with a 2024 copyright footer: it is not a date of anything.
        assert not Event.objects.filter(passage__source__file_name__startswith="004_", timex__contains="2024").exists()
    else:
        assert not Event.objects.filter(timex=non_date).exists()


def test_reingest_of_unchanged_files_changes_nothing(db):
    before = list(Event.objects.order_by("pk").values_list("pk", "date_start", "updated_at"))
    report = ingest_paths([settings.SEEDS_DIR], progress=quiet)
    assert [item.outcome for item in report.items] == ["unchanged"] * 5
    assert list(Event.objects.order_by("pk").values_list("pk", "date_start", "updated_at")) == before


def copy_seed(tmp_path, prefix="000_"):
    folder = tmp_path / "seeds"
    folder.mkdir()
    for path in settings.SEEDS_DIR.iterdir():
        if path.name.startswith(prefix) or path.name == "manifest.toml":
            shutil.copy(path, folder / path.name)
    return folder, next(folder.glob(f"{prefix}*.txt"))


def test_reingest_of_a_changed_file_keeps_every_editor_decision(db, tmp_path):
    folder, article = copy_seed(tmp_path)
    ingest_paths([folder], progress=quiet)
    events = Event.objects.filter(passage__source__file_name=article.name)
    corrected, verified, rejected = events.order_by("pk")[:3]
    corrected.date_start = corrected.date_end = D(2025, 4, 26)
    corrected.status = Event.Status.CORRECTED
    verified.status = Event.Status.VERIFIED
    rejected.status = Event.Status.REJECTED
    for event in (corrected, verified, rejected):
        event.save()
    article.write_text(article.read_text() + "\nA new closing paragraph said talks resumed on June 20.\n")

    result = ingest_paths([folder], progress=quiet).items[0]

    assert result.outcome == "updated"
    for event in (corrected, verified, rejected):
        fresh = Event.objects.get(pk=event.pk)
        assert (fresh.status, fresh.date_start, fresh.date_end) == (event.status, event.date_start, event.date_end)
    assert events.filter(text__contains="talks resumed", date_start=D(2025, 6, 20)).exists()
    for event in (corrected, verified, rejected):
        assert events.filter(passage=event.passage, timex_start=event.timex_start).count() == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x00\x01\x02binary\x00", "binary"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary")],
)
def test_unreadable_files_are_reported_and_skipped(db, tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Markets fell\n\nThe ministry said on March 3, 2025 that talks would resume.\n")
    sources_before = Source.objects.count()

    report = ingest_paths([tmp_path], progress=quiet)

    assert [f.origin for f in report.failed] == [str(bad)]
    assert message.lower() in report.failed[0].error.lower()
    assert not Source.objects.filter(file_name="bad.txt").exists()
    assert Source.objects.count() == sources_before + 1
    good_source = Source.objects.get(file_name="good.txt")
    assert good_source.date_origin == Source.DateOrigin.INFERRED
    assert good_source.published_on == D(2025, 3, 3)


def test_ingest_command_prints_a_summary_and_fails_when_a_file_is_bad(db, tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "fine.txt").write_text("Talks were held on 4 May 2025 in Geneva.\n")
    with pytest.raises(CommandError, match="1 item"):
        call_command("ingest", str(tmp_path), "--jobs", "1")
    output = capsys.readouterr().out
    assert "empty.txt: skipped, empty file" in output
    assert "text captures: 1 new, 0 updated, 0 unchanged, 0 failed" in output
    assert "2 items: 1 sources" in output


def test_ingest_command_summary_on_seeds(db, capsys):
    call_command("ingest", str(settings.SEEDS_DIR), "--jobs", "1")
    output = capsys.readouterr().out
    assert "text captures: 0 new, 0 updated, 5 unchanged, 0 failed" in output


def test_two_outlets_reporting_one_happening_make_one_event(db, tmp_path):
    (tmp_path / "manifest.toml").write_text(
        '["a.txt"]\ntitle = "A"\noutlet = "Wire A"\npublished = 2025-03-10\n\n'
        '["b.txt"]\ntitle = "B"\noutlet = "Wire B"\npublished = 2025-03-11\n\n'
        '["c.txt"]\ntitle = "C"\noutlet = "Wire C"\npublished = 2025-03-11\n'
    )
    (tmp_path / "a.txt").write_text(
        "Commerce officials met Huawei executives in Geneva on March 7, 2025 to discuss chip export licences.\n"
    )
    (tmp_path / "b.txt").write_text(
        "On March 7, 2025, Commerce officials and Huawei executives met in Geneva to discuss export licences.\n"
    )
    (tmp_path / "c.txt").write_text("Flooding closed schools across Geneva on March 7, 2025, officials said.\n")
    ingest_paths([tmp_path], progress=quiet)

    first = Event.objects.get(passage__source__file_name="a.txt")
    second = Event.objects.get(passage__source__file_name="b.txt")
    unrelated = Event.objects.get(passage__source__file_name="c.txt")
    assert second.merged_into == first
    assert unrelated.merged_into is None
    assert Event.objects.public().with_source_count().get(pk=first.pk).source_count == 2


def test_a_new_extraction_engine_re_derives_automatic_events_only(db, monkeypatch):
    from timeline.ingest import derive

    corrected = Event.objects.filter(status=Event.Status.AUTO).first()
    corrected.date_start = corrected.date_end = D(1999, 1, 1)
    corrected.status = Event.Status.CORRECTED
    corrected.save()
    monkeypatch.setattr(derive, "engine_fingerprint", lambda: "a newer engine")

    report = ingest_paths([settings.SEEDS_DIR], progress=quiet)

    assert [item.outcome for item in report.items] == ["updated"] * 5
    corrected.refresh_from_db()
    assert (corrected.status, corrected.date_start) == (Event.Status.CORRECTED, D(1999, 1, 1))
    assert ingest_paths([settings.SEEDS_DIR], progress=quiet).items[0].outcome == "unchanged"


def test_the_engine_fingerprint_covers_the_grammars_rules():
    # A change to a rule must re-derive automatic events as a change to any other engine module does.
    from pathlib import Path

    from timeline import extraction
    from timeline.ingest import derive

    package = Path(extraction.__file__).parent
    names = {path.relative_to(package).as_posix() for path in derive.engine_files()}
    assert {"engine.py", "rules/__init__.py", "rules/calendar.py", "rules/periods.py", "rules/relative.py",
            "rules/durations.py"} <= names
