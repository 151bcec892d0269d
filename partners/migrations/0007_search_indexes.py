"""GIN indexes on the search documents, declared here rather than made after ``migrate``."""

from django.db import migrations

from search.operations import AddSearchIndexes


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0006_alter_partner_logo"),
        ("search", "0001_drop_indexes_made_after_migrate"),
    ]

    operations = [
        AddSearchIndexes(
            "partner",
            languages=["lv", "en"],
            fields={
                "name": "A",
                "native_name": "A",
                "city": "A",
                "summary": "B",
                "description": "C",
            },
        ),
    ]
