"""Drop the search indexes that were once made after every ``migrate`` (``search_gin_*``).

The apps' migrations declare their search indexes now (``search.operations``); the old ones,
named with a hash of their definition, are dropped where a database still has them.
"""

from django.db import migrations


def drop_old_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes "
            "WHERE schemaname = current_schema() AND indexname LIKE 'search\\_gin\\_%%'"
        )
        names = [name for (name,) in cursor.fetchall()]
    for name in names:
        schema_editor.execute(f"DROP INDEX IF EXISTS {schema_editor.quote_name(name)}")


class Migration(migrations.Migration):
    dependencies = [("decode_portal", "0003_search")]

    operations = [migrations.RunPython(drop_old_indexes, migrations.RunPython.noop)]
