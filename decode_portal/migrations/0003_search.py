"""Full-text search on PostgreSQL: the unaccent extension and the decode_search configuration.

decode_search is PostgreSQL's "simple" configuration (no stemming: there is no Latvian
stemmer) with the unaccent dictionary in front, so that words with and without diacritics
match ("remigracija" / "remigrācija", "Lodz" / "Łódź"). Nothing happens on other databases.
"""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations

CREATE = """
CREATE TEXT SEARCH CONFIGURATION decode_search (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION decode_search
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
"""
DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS decode_search;"


def create_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("decode_portal", "0002_editors_group")]

    operations = [
        UnaccentExtension(),
        migrations.RunPython(create_configuration, drop_configuration),
    ]
