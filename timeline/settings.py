"""Settings read from the environment, with defaults that give a working local app."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name, default):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_flag("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        # The development key is published in the repository: anyone could sign sessions with it.
        raise ImproperlyConfigured(
            "SECRET_KEY is not set and DEBUG is off. Set SECRET_KEY in the environment to a long random "
            "value (python -c 'import secrets; print(secrets.token_urlsafe(50))'), or DEBUG=1 for development."
        )
    SECRET_KEY = "dev-only-insecure-key-set-SECRET_KEY-in-production"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
# Origins of the pages that post forms when served behind a proxy under another name: https://timeline.example
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Served over HTTPS (directly or behind a TLS proxy) unless said otherwise: HTTPS=0 for a plain-HTTP trial.
HTTPS = env_flag("HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", HTTPS)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31_536_000 if HTTPS else 0))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", HTTPS)
SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", HTTPS)
# Behind a TLS proxy, the header it sets to tell the original scheme: SECURE_PROXY_SSL_HEADER=X-Forwarded-Proto
if proxy_header := os.environ.get("SECURE_PROXY_SSL_HEADER", "").strip():
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + proxy_header.upper().replace("-", "_"), "https")

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
    "axes",
    "csp",
    "timeline",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "timeline.guards.bounded_query_strings",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
# After AXES_FAILURE_LIMIT wrong passwords for one user name from one address, that pair waits an hour.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "lockout.html"
AXES_RESET_ON_SUCCESS = True
if proxy_header:
    # Behind a proxy every request comes from the proxy's address; the client's is in X-Forwarded-For.
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

# Nothing inline: scripts and styles come from our static files (and htmx's own, which django-htmx serves).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

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
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        # Readers never wait for a writer (WAL); a writer waits its turn instead of failing with "database is
        # locked", and takes the lock when its transaction begins: upgrading a read to a write mid-transaction
        # fails at once when another writer got there first.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "timeout": float(os.environ.get("SQLITE_BUSY_TIMEOUT", "30")),
        "transaction_mode": "IMMEDIATE",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator", "MinimumLengthValidator", "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# Errors (with the request's path: "Internal Server Error: /events.json") go to stderr, where gunicorn
# and process managers collect them.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr"}},
    "root": {"handlers": ["stderr"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

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
# Rows an anonymous /events.json or /events.csv returns; a Link: rel="next" header continues. Staff and
# the export_events command are not capped.
TIMELINE_ANONYMOUS_EXPORT_LIMIT = int(os.environ.get("TIMELINE_ANONYMOUS_EXPORT_LIMIT", "10000"))
FIXTURE_DIRS = [BASE_DIR / "fixtures"]

# Summaries are shared by every reader of the same filter. Their keys carry the data's generation, read
# from the database on each request (timeline.caching), so a per-process cache is never stale; Redis
# (REDIS_URL) shares them between processes so each is counted once.
if REDIS_URL := os.environ.get("REDIS_URL", "").strip():
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5000}}
    }
TIMELINE_SUMMARY_SECONDS = 600
# A filter matching more events than this is counted on a random sample and its counts shown as
# approximate (see timeline.counting).
TIMELINE_EXACT_LIMIT = int(os.environ.get("TIMELINE_EXACT_LIMIT", "5000"))
# ... and whose events the database cannot find without walking more than this many.
TIMELINE_EXACT_WALK = int(os.environ.get("TIMELINE_EXACT_WALK", "25000"))
# A first page whose walk along the timeline costs no more than passing this many events (a search's
# lookups of passages counted in) is found by that walk, with no further look at the sample (see
# paging.plan).
TIMELINE_PAGE_WALK = int(os.environ.get("TIMELINE_PAGE_WALK", "5000"))
# How long one view may spend counting exactly before the sample's estimates stand.
TIMELINE_EXACT_BUDGET_MS = int(os.environ.get("TIMELINE_EXACT_BUDGET_MS", "40"))
# A filter selecting more events than about this has its key dates chosen from a random sample of them
# (see timeline.highlights).
TIMELINE_KEY_DATES_SAMPLE = int(os.environ.get("TIMELINE_KEY_DATES_SAMPLE", "5000"))
