"""Timeline summaries (counts, facets, density) are scans of every matching event: they are cached, and
any write to the data starts a new generation of cache keys, so no reader sees counts from before it."""

import time
from contextlib import contextmanager

from django.core.cache import cache
from django.db import OperationalError, connection, transaction

GENERATION_KEY = "timeline:generation"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


def generation():
    return cache.get_or_set(GENERATION_KEY, 1, timeout=None)


def data_changed():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, timeout=None)


class OverBudget(Exception):
    """The queries took longer than the time they were given."""


@contextmanager
def time_budget(milliseconds):
    """Stop the database work inside after `milliseconds` with OverBudget (SQLite or PostgreSQL), so a
    page can show what is ready and fetch the rest later instead of keeping the reader waiting."""
    deadline = time.monotonic() + milliseconds / 1000
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL statement_timeout = %s", [max(1, int(milliseconds))])
            elif connection.vendor == "sqlite":
                connection.connection.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
            try:
                yield
            finally:
                if connection.vendor == "sqlite":
                    connection.connection.set_progress_handler(None, 0)
    except OperationalError:
        if time.monotonic() >= deadline:
            raise OverBudget from None
        raise


def invalidate_after_writes(get_response):
    """Middleware: every successful write request (admin saves, actions, uploads) may change what the
    timeline counts, so it retires the cached summaries."""

    def middleware(request):
        response = get_response(request)
        if request.method not in SAFE_METHODS and response.status_code < 400:
            data_changed()
        return response

    return middleware
