"""Timeline summaries (counts, facets, density) are scans of every matching event: they are cached, and
any write to the data starts a new generation of cache keys, so no reader sees counts from before it."""

from django.core.cache import cache
from django.db import connection

GENERATION_KEY = "timeline:generation"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


def generation():
    return cache.get_or_set(GENERATION_KEY, 1, timeout=None)


def data_changed():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, timeout=None)


def refresh_planner_statistics():
    """After a bulk load, let the database re-learn its tables: without statistics SQLite picks the
    merged-into index for the timeline's "not merged" test instead of the public chronology index."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def invalidate_after_writes(get_response):
    """Middleware: every successful write request (admin saves, actions, uploads) may change what the
    timeline counts, so it retires the cached summaries."""

    def middleware(request):
        response = get_response(request)
        if request.method not in SAFE_METHODS and response.status_code < 400:
            data_changed()
        return response

    return middleware
