"""Timeline summaries (counts, facets, density, opening pages) are scans of every matching event: they are
cached under a generation stamp kept in the database, and the database bumps that stamp on every write to
what readers see, whichever process or path writes (admin in any worker, an ingest, a shell, raw SQL).
A reader reads the stamp on each request, so its next request after a write in any process misses every
cached entry of the generation before. Sessions, logins and history are not counted as data: they never
retire the caches.

SQLite serialises writers, so a row trigger bumps the stamp inside the writing transaction. PostgreSQL
bumps it at commit (a deferred constraint trigger, once per transaction): taking the stamp's row lock at
the first write would make every writer queue behind a long import and could deadlock two writers."""

import time
from contextlib import contextmanager

from django.db import OperationalError, connection, transaction

GENERATION_TABLE = "timeline_data_generation"
# What the pages show: a write to any of these changes what some reader sees.
WATCHED_TABLES = (
    "timeline_source", "timeline_passage", "timeline_event", "timeline_event_topics", "timeline_event_actors",
    "timeline_topic", "timeline_actor",
)

SQLITE_SETUP = [
    f"CREATE TABLE IF NOT EXISTS {GENERATION_TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL)",
    f"INSERT OR IGNORE INTO {GENERATION_TABLE} VALUES (1, 1)",
    *(
        f"CREATE TRIGGER IF NOT EXISTS {table}_generation_{action.lower()} AFTER {action} ON {table} "
        f"BEGIN UPDATE {GENERATION_TABLE} SET value = value + 1; END"
        for table in WATCHED_TABLES
        for action in ("INSERT", "UPDATE", "DELETE")
    ),
]

POSTGRESQL_SETUP = [
    f"CREATE TABLE IF NOT EXISTS {GENERATION_TABLE} (id integer PRIMARY KEY CHECK (id = 1), value bigint NOT NULL)",
    f"INSERT INTO {GENERATION_TABLE} VALUES (1, 1) ON CONFLICT DO NOTHING",
    # A transaction-local flag makes the many row events of one commit a single bump.
    f"""CREATE OR REPLACE FUNCTION timeline_bump_generation() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF coalesce(current_setting('timeline.generation_bumped', true), '') <> 'yes' THEN
            PERFORM set_config('timeline.generation_bumped', 'yes', true);
            UPDATE {GENERATION_TABLE} SET value = value + 1;
        END IF;
        RETURN NULL;
    END $$""",
    *(
        statement
        for table in WATCHED_TABLES
        for statement in (
            f"DROP TRIGGER IF EXISTS {table}_generation ON {table}",
            f"CREATE CONSTRAINT TRIGGER {table}_generation AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION timeline_bump_generation()",
            f"DROP TRIGGER IF EXISTS {table}_generation_truncate ON {table}",
            f"CREATE TRIGGER {table}_generation_truncate AFTER TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION timeline_bump_generation()",
        )
    ),
]


def install_generation_triggers(using="default", **_kwargs):
    """Create the stamp and its triggers (idempotent). Run after every migrate: SQLite drops a table's
    triggers when a migration rebuilds the table."""
    from django.db import connections

    db = connections[using]
    statements = {"sqlite": SQLITE_SETUP, "postgresql": POSTGRESQL_SETUP}.get(db.vendor, [])
    with db.cursor() as cursor:
        existing = set(db.introspection.table_names(cursor))
        if not all(table in existing for table in WATCHED_TABLES):
            return
        for statement in statements:
            cursor.execute(statement)


def generation():
    """The data's current generation: part of every cached summary's key."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value FROM {GENERATION_TABLE}")
        row = cursor.fetchone()
    return row[0] if row else 0


def data_changed():
    """Start a new generation now. The watched tables do this themselves; write paths call it for changes
    the triggers cannot see."""
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {GENERATION_TABLE} SET value = value + 1")


class OverBudget(Exception):
    """The queries took longer than the time they were given."""


QUERY_CANCELED = "57014"


@contextmanager
def time_budget(milliseconds):
    """Stop the database work inside after `milliseconds` with OverBudget (SQLite or PostgreSQL), so a
    page can show what is ready and fetch the rest later instead of keeping the reader waiting."""
    deadline = time.monotonic() + milliseconds / 1000
    try:
        if connection.vendor == "postgresql":
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SHOW statement_timeout")
                previous = cursor.fetchone()[0]
                cursor.execute("SET LOCAL statement_timeout = %s", [max(1, int(milliseconds))])
                yield
                # Inside an outer transaction (counting.small_queries) a SET LOCAL outlives this block and
                # would cancel the queries after it; a failure inside rolls the setting back by itself.
                cursor.execute("SELECT set_config('statement_timeout', %s, true)", [previous])
        elif connection.vendor == "sqlite":
            # No transaction here: SQLite's begin immediately (see settings) would make readers queue as writers.
            connection.ensure_connection()
            connection.connection.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
            try:
                yield
            finally:
                connection.connection.set_progress_handler(None, 0)
        else:
            yield
    except OperationalError as error:
        # PostgreSQL says "query_canceled" (57014) when its statement timeout fires; its clock started a moment
        # after ours, so ours may not have run out yet when it does.
        if time.monotonic() >= deadline or getattr(error.__cause__, "sqlstate", None) == QUERY_CANCELED:
            raise OverBudget from None
        raise
