"""Settings read from the environment, with defaults that give a working local app."""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name, default):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_flag("DEBUG", False)
# The fallback key only exists so `make run` works on a fresh clone; production sets SECRET_KEY.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-set-SECRET_KEY-in-production")
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h.strip()]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "simple_history",
    "timeline",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "timeline.caching.invalidate_after_writes",
]

ROOT_URLCONF = "timeline.urls"
WSGI_APPLICATION = "timeline.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "timeline.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        # Persistent connections are a production choice (set CONN_MAX_AGE); the default closes each
        # request's connection, so no thread is left holding one.
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Development serves static files straight from the apps; otherwise they come from collectstatic
# (which `make run` runs), compressed with gzip and brotli.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

SEEDS_DIR = BASE_DIR / "seeds"
# The largest upload the admin accepts; the command line's limit is its --max-bytes option.
MAX_UPLOAD_BYTES = int(os.environ.get("MAX_UPLOAD_BYTES", 5_000_000))
# What the pages call the site and how link previews describe it: set them for the news you import.
SITE_NAME = os.environ.get("SITE_NAME", "US–China tech timeline")
SITE_DESCRIPTION = os.environ.get(
    "SITE_DESCRIPTION", "Dated events from news on US–China technology and trade, each linked to its passage."
)
TIMELINE_PAGE_SIZE = 25
FIXTURE_DIRS = [BASE_DIR / "fixtures"]

# Summaries are shared by every reader of the same filter; a cache shared between processes (e.g.
# Redis through Django's RedisCache) belongs here in production, the default is per process.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5000}}}
TIMELINE_SUMMARY_SECONDS = 600
# A filter matching more events than this is counted on a random sample and its counts shown as
# approximate (see timeline.counting).
TIMELINE_EXACT_LIMIT = int(os.environ.get("TIMELINE_EXACT_LIMIT", "5000"))
# ... and whose events the database cannot find without walking more than this many.
TIMELINE_EXACT_WALK = int(os.environ.get("TIMELINE_EXACT_WALK", "25000"))
# How long one view may spend counting exactly before the sample's estimates stand.
TIMELINE_EXACT_BUDGET_MS = int(os.environ.get("TIMELINE_EXACT_BUDGET_MS", "40"))
