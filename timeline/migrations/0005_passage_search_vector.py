from django.db import migrations

# PostgreSQL keeps each passage's search vector in a stored generated column, so a filter that checks a
# few candidate passages does not re-parse their text; SQLite's FTS5 table already stores its index.
FORWARD = [
    "ALTER TABLE timeline_passage ADD COLUMN search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english', text)) STORED",
    "DROP INDEX timeline_passage_search",
    "CREATE INDEX timeline_passage_search ON timeline_passage USING gin (search_vector)",
]
BACKWARD = [
    "DROP INDEX timeline_passage_search",
    "ALTER TABLE timeline_passage DROP COLUMN search_vector",
    "CREATE INDEX timeline_passage_search ON timeline_passage USING gin (to_tsvector('english', text))",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("timeline", "0004_public_chronology_and_search")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
