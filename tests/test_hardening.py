"""Regression tests for issue 12: hostile input, leaks, production settings, login throttling."""

import csv
import io
import json
import logging
import subprocess
import sys
import time

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import call_command

from tests.processes import ROOT, process_env
from timeline.models import Event, Source

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", [
    "/?source=%C2%B2", "/events.json?source=%C2%B2", "/events.json?limit=%C2%B2", "/events.csv?limit=%C2%B9%C2%B2",
    "/?source=" + "9" * 400, "/events.json?source=" + "9" * 400,
])
def test_unicode_and_long_digits_are_refused_with_a_message(client, url):
    response = client.get(url)
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert "is not a source number" in response.content.decode()


@pytest.mark.parametrize("url", [
    "/?source=" + "9" * 100_000, "/?from=" + "2025 " * 20_000, "/?q=" + "x" * 1_000_000, "/?topic=a%00b",
    "/admin/timeline/event/?passage__source__title=a%00b", "/admin/timeline/event/?q=%00",
    "/admin/timeline/source/?outlet=%00", "/?" + "&".join(["source=1"] * 60),
])
def test_nul_bytes_huge_values_and_repeated_keys_get_a_quick_400(admin_client, url):
    started = time.monotonic()
    response = admin_client.get(url)
    assert response.status_code == 400
    assert time.monotonic() - started < 1
    assert any(word in response.content.decode() for word in ("characters long", "parameters", "NUL character"))


def test_a_long_date_is_refused_before_it_is_parsed(client):
    response = client.get("/?from=" + "2025 " * 90)
    assert "at most 60 characters" in response.content.decode()


def test_links_carry_only_the_readers_own_filters(client):
    html = client.get("/?topic=tariffs&junk=" + "j" * 400).content.decode()
    assert "junk" not in html.replace(f"junk={'j' * 400}", "", 1) or html.count("junk") <= 1
    assert html.count("topic=tariffs") > 1


def test_head_is_answered_like_get(client):
    for url in ("/", "/events.json?limit=1", f"/events/{Event.objects.public().first().pk}/"):
        response = client.head(url)
        assert response.status_code == 200, url


@pytest.mark.parametrize("url, linked", [
    ("javascript:alert(document.cookie)", False), (" JavaScript:alert(1)", False), ("java\tscript:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False), ("https://example.com/a", True),
    ("http://example.com/b", True),
])
def test_only_web_addresses_become_links(client, url, linked):
    source = Source.objects.first()
    Source.objects.filter(pk=source.pk).update(url=url)
    response = client.get(source.get_absolute_url())
    if linked:
        assert f'<a href="{url}" rel="noopener">original</a>' in response.content.decode()
    else:
        assert "original</a>" not in response.content.decode()


def test_csv_cells_a_spreadsheet_would_run_are_quoted(client):
    event = Event.objects.public().first()
    Event.objects.filter(pk=event.pk).update(text='=HYPERLINK("http://evil.example","click")')
    Source.objects.filter(pk=event.passage.source_id).update(title="+cmd|' /C calc'!A0", outlet="@SUM(1+1)")
    response = client.get(f"/events.csv?source={event.passage.source_id}")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    row = next(r for r in rows if r["id"] == str(event.pk))
    assert row["text"] == "'" + '=HYPERLINK("http://evil.example","click")'
    assert row["source_title"] == "'+cmd|' /C calc'!A0"
    assert row["source_outlet"] == "'@SUM(1+1)"
    assert row["date_start"] == event.date_start.isoformat()


def test_anonymous_exports_are_capped_with_a_link_to_the_rest(client, admin_client, settings):
    settings.TIMELINE_ANONYMOUS_EXPORT_LIMIT = 10
    everything = [e.pk for e in Event.objects.public().chronological()]
    assert len(everything) > 25
    seen, url = [], "/events.json"
    while url:
        response = client.get(url)
        page = [record["id"] for record in json.loads(b"".join(response.streaming_content))]
        assert len(page) <= 10
        seen += page
        link = response.get("Link")
        url = link[1:link.index(">")].removeprefix("http://testserver") if link else None
    assert seen == everything

    staff = json.loads(b"".join(admin_client.get("/events.json").streaming_content))
    assert [record["id"] for record in staff] == everything
    assert "Link" not in client.get("/events.json?limit=5")


def test_the_export_command_is_not_capped(settings, capsys):
    settings.TIMELINE_ANONYMOUS_EXPORT_LIMIT = 10
    call_command("export_events", "--format", "json")
    assert len(json.loads(capsys.readouterr().out)) == Event.objects.public().count()


def test_pages_and_admin_send_a_content_security_policy_without_inline_code(client):
    for url in ("/", "/admin/login/"):
        policy = client.get(url)["Content-Security-Policy"]
        assert "default-src 'self'" in policy and "unsafe-inline" not in policy


def test_login_is_throttled_with_a_clear_message(client, django_user_model):
    django_user_model.objects.create_user("editor", password="a long editor passphrase", is_staff=True)
    for _ in range(5):
        client.post("/admin/login/?next=/admin/", {"username": "editor", "password": "guess"})
    response = client.post("/admin/login/?next=/admin/", {"username": "editor", "password": "a long editor passphrase"})
    assert response.status_code == 429
    assert "Too many wrong passwords" in response.content.decode()


@pytest.mark.parametrize("password", ["short", "password123", "12345678901234", "editor2025"])
def test_weak_passwords_are_refused(django_user_model, password):
    user = django_user_model(username="editor2025", email="editor@example.com")
    with pytest.raises(ValidationError):
        validate_password(password, user)


def test_server_errors_are_logged_with_the_request_path(client, caplog, settings, monkeypatch):
    from timeline import views

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(views, "density_chart", broken)
    client.raise_request_exception = False
    with caplog.at_level(logging.ERROR):
        assert client.get("/?topic=tariffs").status_code == 500
    assert any("Internal Server Error: /" in record.getMessage() for record in caplog.records)
    handler = logging.getLogger().handlers[0]
    assert handler.stream in (sys.stderr, sys.__stderr__) or "stderr" in repr(handler.stream)


def run_manage(*args, **env):
    environment = process_env() | env
    for name, value in env.items():
        if value is None:
            environment.pop(name)
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True,
                          text=True, timeout=120)


def test_without_a_secret_key_and_debug_off_the_app_refuses_to_start():
    result = run_manage("check", SECRET_KEY=None, DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY is not set and DEBUG is off" in result.stderr


def test_deploy_check_reports_no_issues_with_debug_off():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", DEBUG="0", HTTPS=None,
                        SECRET_KEY="a-deploy-check-key-" + "x" * 40 + "-unique-1234567890")
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_proxy_and_origins_come_from_the_environment():
    script = ("from django.conf import settings; print(settings.SECURE_PROXY_SSL_HEADER, "
              "settings.CSRF_TRUSTED_ORIGINS, settings.SECURE_HSTS_SECONDS, settings.SESSION_COOKIE_SECURE)")
    result = run_manage("shell", "-c", script, HTTPS=None, DEBUG="0", SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto",
                        CSRF_TRUSTED_ORIGINS="https://timeline.example,https://www.timeline.example")
    assert result.stdout.strip().splitlines()[-1] == ("('HTTP_X_FORWARDED_PROTO', 'https') "
                                     "['https://timeline.example', 'https://www.timeline.example'] 31536000 True")
