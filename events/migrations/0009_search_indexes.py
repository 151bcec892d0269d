"""GIN indexes on the search documents, declared here rather than made after ``migrate``."""

from django.db import migrations

from search.operations import AddSearchIndexes


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0008_eventdocument_language_pdf"),
        ("search", "0001_drop_indexes_made_after_migrate"),
    ]

    operations = [
        AddSearchIndexes(
            "mobilityevent",
            languages=["lv", "en"],
            fields={
                "title": "A",
                "theme": "A",
                "summary": "B",
                "venue": "B",
                "description": "C",
                "outcomes": "C",
            },
        ),
        AddSearchIndexes(
            "programmeitem",
            languages=["lv", "en"],
            fields={"title": "A", "speaker": "B", "details": "C"},
        ),
    ]
