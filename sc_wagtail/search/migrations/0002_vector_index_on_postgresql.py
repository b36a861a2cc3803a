"""A GIN index on the search vector where PostgreSQL runs; other databases have no vector."""

from django.db import migrations

INDEX = "sc_search_searchentry_vector_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON sc_search_searchentry USING gin (vector)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("sc_search", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
