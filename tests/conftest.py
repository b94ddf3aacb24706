import os
import shutil

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection, connections

from timeline.caching import WATCHED_TABLES
from timeline.ingest import ingest_paths


def quiet(_message):
    pass


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every database test starts from the taxonomy and the ingested seeds, built once per run."""
    with django_db_blocker.unblock():
        call_command("loaddata", "taxonomy", verbosity=0)
        ingest_paths([settings.SEEDS_DIR], progress=quiet)


@pytest.fixture
def editor(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("editor", password="not-used", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture(autouse=True)
def fresh_summaries(request):
    """Each test starts with no cached counts (the test databases reuse generation numbers). On PostgreSQL
    the data's generation is bumped at commit, which a test rolled back at its end never reaches: the
    triggers are made to fire at each statement instead."""
    from django.core.cache import cache

    cache.clear()
    if connection.vendor == "postgresql" and "_django_db_helper" in request.fixturenames:
        request.getfixturevalue("_django_db_helper")
        if connection.in_atomic_block:
            triggers = ", ".join(f"{table}_generation" for table in WATCHED_TABLES)
            with connection.cursor() as cursor:
                cursor.execute(f"SET CONSTRAINTS {triggers} IMMEDIATE")


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture
def browser_context(live_server):
    """A Chromium context (Debian's browser, never a downloaded one) on a live server holding the seeds."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (apt-get install chromium); .ci/run installs it")
    from playwright.sync_api import sync_playwright

    # Playwright runs an event loop in this thread; Django would otherwise refuse ORM calls in the test body.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    call_command("loaddata", "taxonomy", verbosity=0)
    ingest_paths([settings.SEEDS_DIR], progress=quiet)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        # Playwright's wait_for_function evaluates strings, which the app's CSP forbids; the CSP itself is tested
        # in a context of its own (test_browser_security.py).
        context = browser.new_context(permissions=["clipboard-read", "clipboard-write"], bypass_csp=True)
        context.set_default_timeout(10_000)
        yield context
        # Requests still in flight (counts, the next page) would hold the test database open past teardown.
        for page in context.pages:
            page.wait_for_load_state("networkidle")
        browser.close()
        # Queries made while Playwright's loop runs get a connection of their own; close it here.
        connections.close_all()


@pytest.fixture
def browser_page(browser_context):
    return browser_context.new_page()
