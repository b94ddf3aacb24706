import importlib

from django.db import migrations, models

# The marks become exactly the event's tags (bit id mod 63 of each): removing a tag clears its mark, and any
# update of the marks, whatever it writes (a save from an instance read before a tag was added, say), gets
# the marks of the tags the event has. So where no other tag shares a chosen tag's mark, the marks alone
# answer a tag filter, and walking the timeline looks nothing up (EventQuerySet._tagged).
BEFORE = importlib.import_module("timeline.migrations.0011_event_tag_bits")
RELATIONS = BEFORE.RELATIONS


def exact(tag, table, event):
    return f"coalesce((SELECT sum(DISTINCT 1 << ({tag}_id % 63)) FROM {table} WHERE event_id = {event}), 0)"


def exact_pg(tag, table, event):
    return f"coalesce((SELECT bit_or(1::bigint << ({tag}_id % 63)::int) FROM {table} WHERE event_id = {event}), 0)"


SQLITE = [
    "DROP TRIGGER timeline_event_marks_kept",
    *(
        f"UPDATE timeline_event SET {tag}_bits = {exact(tag, table, 'timeline_event.id')} "
        f"WHERE {tag}_bits != {exact(tag, table, 'timeline_event.id')}"
        for tag, table in RELATIONS
    ),
    *(
        f"CREATE TRIGGER timeline_event_{tag}_marks_removed AFTER DELETE ON {table} BEGIN "
        f"UPDATE timeline_event SET {tag}_bits = {exact(tag, table, 'OLD.event_id')} WHERE id = OLD.event_id; END"
        for tag, table in RELATIONS
    ),
    # SQLite's triggers cannot change the row being written, so the marks are written again after it.
    "CREATE TRIGGER timeline_event_marks_exact AFTER UPDATE OF topic_bits, actor_bits ON timeline_event WHEN "
    + " OR ".join(f"NEW.{tag}_bits != {exact(tag, table, 'NEW.id')}" for tag, table in RELATIONS)
    + " BEGIN UPDATE timeline_event SET "
    + ", ".join(f"{tag}_bits = {exact(tag, table, 'NEW.id')}" for tag, table in RELATIONS)
    + " WHERE id = NEW.id; END",
]
SQLITE_UNDO = [
    "DROP TRIGGER timeline_event_marks_exact",
    *(f"DROP TRIGGER timeline_event_{tag}_marks_removed" for tag, _ in RELATIONS),
    BEFORE.SQLITE[-1],
]
POSTGRESQL = [
    "DROP TRIGGER timeline_event_marks_kept ON timeline_event",
    "DROP FUNCTION timeline_event_marks_kept()",
    *(
        f"UPDATE timeline_event SET {tag}_bits = {exact_pg(tag, table, 'timeline_event.id')} "
        f"WHERE {tag}_bits <> {exact_pg(tag, table, 'timeline_event.id')}"
        for tag, table in RELATIONS
    ),
    # Planned at each call (EXECUTE), for the tables as they are: see 0012. The statement triggers on the tag
    # tables write exact marks for all their rows at once, so the row trigger leaves their writes as they are.
    """CREATE FUNCTION timeline_event_marks_exact() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF pg_trigger_depth() > 1 THEN
            RETURN NEW;
        END IF;
        EXECUTE 'SELECT """ + ", ".join(exact_pg(tag, table, "$1") for tag, table in RELATIONS) + """'
            INTO NEW.topic_bits, NEW.actor_bits USING NEW.id;
        RETURN NEW;
    END $$""",
    "CREATE TRIGGER timeline_event_marks_exact BEFORE UPDATE OF topic_bits, actor_bits ON timeline_event "
    "FOR EACH ROW EXECUTE FUNCTION timeline_event_marks_exact()",
    *(
        f"""CREATE FUNCTION timeline_event_{tag}_marks_removed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            EXECUTE 'UPDATE timeline_event SET {tag}_bits = {exact_pg(tag, table, "timeline_event.id")}
                WHERE id IN (SELECT event_id FROM removed_tags)';
            RETURN NULL;
        END $$"""
        for tag, table in RELATIONS
    ),
    *(
        f"CREATE TRIGGER timeline_event_{tag}_marks_removed AFTER DELETE ON {table} REFERENCING OLD TABLE AS "
        f"removed_tags FOR EACH STATEMENT EXECUTE FUNCTION timeline_event_{tag}_marks_removed()"
        for tag, table in RELATIONS
    ),
]
POSTGRESQL_UNDO = [
    *(f"DROP TRIGGER timeline_event_{tag}_marks_removed ON {table}" for tag, table in RELATIONS),
    *(f"DROP FUNCTION timeline_event_{tag}_marks_removed()" for tag, _ in RELATIONS),
    "DROP TRIGGER timeline_event_marks_exact ON timeline_event",
    "DROP FUNCTION timeline_event_marks_exact()",
    *BEFORE.POSTGRESQL[-2:],
]


class Migration(migrations.Migration):

    dependencies = [
        ("timeline", "0012_event_marks_replanned"),
    ]

    operations = [
        migrations.AlterField(
            model_name="event",
            name="topic_bits",
            field=models.BigIntegerField(
                db_default=0,
                editable=False,
                help_text="Kept by the database: the marks of the event's topics (see models.tags.TAG_BITS), so "
                "walking the timeline in date order passes over the events without a chosen topic without looking "
                "up their tags.",
            ),
        ),
        migrations.RunPython(
            BEFORE.run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            BEFORE.run({"sqlite": SQLITE_UNDO, "postgresql": POSTGRESQL_UNDO}),
        ),
    ]
