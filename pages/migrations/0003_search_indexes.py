"""GIN indexes on the search documents, declared here rather than made after ``migrate``."""

from django.db import migrations

from search.operations import AddSearchIndexes


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0002_own_table"),
        ("search", "0001_drop_indexes_made_after_migrate"),
    ]

    operations = [
        AddSearchIndexes(
            "page",
            languages=["lv", "en"],
            fields={"title": "A", "summary": "B", "body": "C"},
        ),
    ]
