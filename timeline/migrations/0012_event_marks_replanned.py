import importlib

from django.db import migrations

# The marks' triggers of 0011 ran their UPDATE as a static statement, whose plan PL/pgSQL keeps for the
# session: planned while the events table was small (a fresh database's first import), it scanned the whole
# table for every batch of tags that session added, however large the table grew, so a long import on one
# connection slowed as it went (a million events, one transaction: 4,000 events a minute by the 300,000th).
# Run by EXECUTE, the statement is planned each time, for the table as it is, and finds the events by key.
BEFORE = importlib.import_module("timeline.migrations.0011_event_tag_bits")

POSTGRESQL = [
    f"""CREATE OR REPLACE FUNCTION timeline_event_{tag}_marks() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        EXECUTE 'UPDATE timeline_event e SET {tag}_bits = e.{tag}_bits | added.bits
            FROM (SELECT event_id, bit_or(1::bigint << ({tag}_id % 63)::int) AS bits FROM added_tags
                  GROUP BY event_id) added
            WHERE e.id = added.event_id AND e.{tag}_bits & added.bits <> added.bits';
        RETURN NULL;
    END $$"""
    for tag, _ in BEFORE.RELATIONS
]


class Migration(migrations.Migration):

    dependencies = [
        ("timeline", "0011_event_tag_bits"),
    ]

    # Backwards, the functions stay as they are: they do the same as 0011's, only planned each time.
    operations = [migrations.RunPython(BEFORE.run({"postgresql": POSTGRESQL}), migrations.RunPython.noop)]
