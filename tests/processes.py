"""Run the app the way operators do, in other processes on the test database: gunicorn, manage.py."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")


# The shared cache the Redis variants use (.ci/run starts Redis when it is not running).
TEST_REDIS_URL = os.environ.get("TIMELINE_TEST_REDIS_URL", "redis://127.0.0.1:6379/12")


def process_env(redis_url=None):
    """The environment that points a manage.py or a server at the test database, served over plain HTTP."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        url = f"sqlite:///{db['NAME']}"
    else:
        url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DEBUG"}}
    return env | {
        "DJANGO_SETTINGS_MODULE": "timeline.settings", "DATABASE_URL": url, "SECRET_KEY": "processes-" + "k" * 50,
        "HTTPS": "0", "PYTHONUNBUFFERED": "1",
    } | ({"REDIS_URL": redis_url} if redis_url else {})


def manage(*args, **popen):
    return subprocess.Popen([sys.executable, "manage.py", *args], cwd=ROOT, env=process_env(), **popen)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn with `workers` processes on a free loopback port, stopped on exit."""

    def __init__(self, workers=2, log=None, redis_url=None):
        self.workers, self.log, self.redis_url = workers, log, redis_url
        self.url = f"http://127.0.0.1:{free_port()}"

    def __enter__(self):
        bind = self.url.removeprefix("http://")
        self.process = subprocess.Popen(
            [GUNICORN, "timeline.wsgi", "--bind", bind, "--workers", str(self.workers)],
            cwd=ROOT, env=process_env(self.redis_url), stdout=self.log, stderr=self.log,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url + "/events.json?limit=0", timeout=5)
                return self
            except OSError:
                time.sleep(0.2)
        self.process.kill()
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)


class Browser:
    """A cookie-keeping HTTP client, enough to log in to the admin and post its forms."""

    def __init__(self, base):
        self.base = base
        self.cookies = CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def request(self, path, data=None, headers=None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        headers = {"Referer": self.base + "/", **(headers or {})}
        try:
            with self.opener.open(urllib.request.Request(self.base + path, body, headers), timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def get(self, path, **kwargs):
        return self.request(path, **kwargs)

    def post(self, path, data):
        """Post a form the way the page would: with the CSRF token the page carries."""
        _, page = self.get(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        return self.request(path, {**data, "csrfmiddlewaretoken": token})

    def log_in(self, username, password):
        status, page = self.post("/admin/login/?next=/admin/", {"username": username, "password": password})
        return status, page
