"""What readers see is what the database holds, in every process: writes from the admin in another worker,
an import in another terminal, a shell; and editors keep working while an import runs (SQLite too)."""

import re
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.processes import ROOT, TEST_REDIS_URL, Browser, Server, manage, process_env
from timeline.caching import generation
from timeline.ingest import ingest_paths
from timeline.models import Event

pytestmark = pytest.mark.django_db(transaction=True)

WORD = "Zanzibarite"


def count_line(html):
    return re.search(r'id="count"[^>]*>\s*([\d,]+) events?', html).group(1)


def article(paragraphs=3):
    """A small article only this test writes: a unique word, a dated sentence per paragraph."""
    lines = [f"{WORD} chip talks resume\n", "By Test Desk, published 12 March 2025\n"]
    for n in range(paragraphs):
        day = n % 27 + 1
        lines.append(
            f"Officials from the {WORD} delegation met trade negotiators on {day} February 2025 to discuss "
            f"export controls on semiconductors, round {n}. Talks continue on {day} April 2025.\n"
        )
    return "\n".join(lines)


@pytest.fixture
def seeded():
    call_command("loaddata", "taxonomy", verbosity=0)
    ingest_paths([settings.SEEDS_DIR], progress=lambda _message: None)


def test_a_write_from_a_shell_in_another_process_is_seen_on_the_next_request(client, seeded):
    # Every date, not the opening period, which the rejected event may lie outside.
    total = int(count_line(client.get("/?period=all").content.decode()))
    event = Event.objects.public().first()
    # A queryset update: no model save, no signal; only the database knows.
    shell = manage("shell", "-c", f"from timeline.models import Event; Event.objects.filter(pk={event.pk}).update("
                   "status=Event.Status.REJECTED)")
    assert shell.wait(timeout=120) == 0
    assert int(count_line(client.get("/?period=all").content.decode())) == total - 1


def test_failed_logins_and_reads_do_not_retire_the_cached_counts(client, seeded, django_user_model):
    client.get("/")
    before = generation()
    client.post("/admin/login/?next=/admin/", {"username": "nobody", "password": "wrong"})
    client.get("/?q=tariffs")
    client.get("/events.json?limit=3")
    assert generation() == before


@pytest.mark.parametrize("shared_cache", [False, True], ids=["per-process cache", "Redis"])
def test_the_next_request_to_any_gunicorn_worker_shows_each_change(seeded, django_user_model, tmp_path, shared_cache):
    redis_url = None
    if shared_cache:
        import redis

        redis_url = TEST_REDIS_URL
        redis.Redis.from_url(redis_url).flushdb()
    django_user_model.objects.create_superuser("editor", password="a long editor passphrase")
    reads = 12  # more requests than workers, so every worker answers some of them

    def views(browser):
        pages = [browser.get("/")[1] for _ in range(reads)]
        found = [browser.get(f"/?q={WORD}")[1] for _ in range(reads)]
        return {count_line(page) for page in pages}, {count_line(page) for page in found}

    with Server(workers=2, log=subprocess.DEVNULL, redis_url=redis_url) as server:
        reader = Browser(server.url)
        totals, found = views(reader)
        assert len(totals) == 1 and found == {"0"}
        total = int(totals.pop())

        path = tmp_path / "zanzibar.txt"
        path.write_text(article())
        assert manage("ingest", str(path), stdout=subprocess.DEVNULL).wait(timeout=300) == 0
        added = Event.objects.public().filter(passage__text__contains=WORD).count()
        assert added > 0
        assert views(reader) == ({str(total + added)}, {str(added)})

        editor = Browser(server.url)
        assert editor.log_in("editor", "a long editor passphrase")[0] == 200
        event = Event.objects.public().filter(passage__text__contains=WORD).first()
        status, _ = editor.post("/admin/timeline/event/", {"action": "reject", "_selected_action": [event.pk]})
        assert status == 200
        assert views(reader) == ({str(total + added - 1)}, {str(added - 1)})


def test_editors_save_and_log_in_while_an_import_runs_in_another_process(seeded, client, django_user_model, tmp_path):
    """Saves read, then write, in one transaction: on SQLite, without a write lock taken at its start, one
    that meets the import's commit fails at once with "database is locked" (no timeout helps)."""
    from tests.test_admin import change_form_data

    django_user_model.objects.create_superuser("editor", password="a long editor passphrase")
    # Enough to read that a loaded machine still gets several saves in before the import ends: the import
    # grew fast enough that 40 articles were sometimes done after two.
    for n in range(150):
        (tmp_path / f"article-{n:03d}.txt").write_text(article(paragraphs=25).replace(WORD, f"{WORD}{n}"))
    event = Event.objects.public().first()
    importer = manage("ingest", str(tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    saves = 0
    try:
        time.sleep(1)
        while importer.poll() is None and saves < 40:
            client.logout()
            response = client.post("/admin/login/?next=/admin/",
                                   {"username": "editor", "password": "a long editor passphrase"})
            assert response.status_code == 302, response.content.decode()[:2000]
            event.refresh_from_db()
            day = f"2024-01-{saves % 28 + 1:02d}"
            data = change_form_data(event, date_start=day, date_end=day, precision="day")
            response = client.post(f"/admin/timeline/event/{event.pk}/change/", data)
            assert response.status_code == 302, response.content.decode()[:2000]
            saves += 1
    finally:
        _, errors = importer.communicate(timeout=600)
    assert importer.returncode == 0, errors.decode()
    assert saves >= 3, "the import ended before the editors got going: give it more to read"
    event.refresh_from_db()
    assert event.date_start.isoformat() == f"2024-01-{(saves - 1) % 28 + 1:02d}"


def test_readers_do_not_wait_for_a_writer_holding_the_lock(seeded, client):
    """SQLite writers take the lock when their transaction begins; pages must not take it to read."""
    import sqlite3

    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL readers never wait for writers")
    writer = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE timeline_topic SET name = name")
    try:
        event = Event.objects.public().first()
        started = time.monotonic()
        for url, headers in [("/?topic=tariffs", {}), ("/?topic=tariffs&after=2025-01-01.1", {"HX-Request": "true"}),
                             ("/?q=chips", {"HX-Request": "true", "HX-Target": "summary"}),
                             (event.get_absolute_url(), {}), ("/events.json?limit=5", {})]:
            response = client.get(url, headers=headers)
            assert response.status_code == 200, url
        assert time.monotonic() - started < 10
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_an_editors_save_waits_for_another_writer_instead_of_failing(seeded, admin_client):
    """The save reads, then writes; another process commits in between. Begun without the write lock, the
    save's snapshot is then stale and SQLite fails it at once ("database is locked"); begun with it, the
    save waits its turn."""
    import sqlite3
    import threading

    from django.db import connection

    from tests.test_admin import change_form_data

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL locks rows, not the database")
    event = Event.objects.public().first()
    writer = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE timeline_topic SET name = name")
    commit = threading.Timer(1.0, writer.execute, ["COMMIT"])
    commit.start()
    try:
        data = change_form_data(event, date_start="2024-01-02", date_end="2024-01-02", precision="day")
        response = admin_client.post(f"/admin/timeline/event/{event.pk}/change/", data)
    finally:
        commit.join()
        writer.close()
    assert response.status_code == 302, response.content.decode()[:2000]
    event.refresh_from_db()
    assert event.date_start.isoformat() == "2024-01-02"


def bump_writes():
    from timeline.models import Actor, Passage, Source, Topic

    event = Event.objects.public().first()
    return {
        "event update": lambda: Event.objects.filter(pk=event.pk).update(qualifier="about"),
        "event topic added": lambda: event.topics.add(Topic.objects.exclude(events=event).first()),
        "event actor removed": lambda: Event.objects.filter(actors__isnull=False).first().actors.clear(),
        "passage update": lambda: Passage.objects.filter(pk=event.passage_id).update(text="changed"),
        "source update": lambda: Source.objects.filter(pk=event.passage.source_id).update(title="Retitled"),
        "topic insert": lambda: Topic.objects.create(slug="new-topic", name="New topic"),
        "actor delete": lambda: Actor.objects.filter(events__isnull=True).delete() or Actor.objects.first().delete(),
    }


@pytest.mark.parametrize("write", ["event update", "event topic added", "event actor removed", "passage update",
                                   "source update", "topic insert", "actor delete"])
def test_every_write_to_what_readers_see_starts_a_new_generation(seeded, write):
    """Committed in this process as any other would (a shell, raw SQL): the triggers survive migrations that
    rebuild the tables."""
    before = generation()
    bump_writes()[write]()
    assert generation() > before


def test_a_worker_hands_its_start_up_objects_to_no_collection():
    """Full collections in a worker walk only what its requests made, not Django and the apps (timeline/wsgi.py)."""
    script = "import gc, timeline.wsgi; print(gc.get_freeze_count(), len(gc.get_objects()))"
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=process_env(), capture_output=True, text=True,
                         check=True).stdout
    frozen, tracked = map(int, out.split())
    assert frozen > 10 * tracked
