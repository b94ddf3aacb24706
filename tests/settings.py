"""The app's settings as the test suite runs them: a throwaway key and plain HTTP (the test client and the
live server speak no TLS). Production refuses to start without SECRET_KEY; see timeline/settings.py."""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-" + "k" * 50)
os.environ.setdefault("HTTPS", "0")

from timeline.settings import *  # noqa: E402,F403

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory: the tests that run the server, an import or a shell in other processes share it.
    import tempfile

    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"timeline-tests-{os.getpid()}.sqlite3")
    }
