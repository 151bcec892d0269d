"""GIN indexes on the search documents, declared here rather than made after ``migrate``."""

from django.db import migrations

from search.operations import AddSearchIndexes


class Migration(migrations.Migration):
    dependencies = [
        ("actionplan", "0007_plandocument_language_pdf"),
        ("search", "0001_drop_indexes_made_after_migrate"),
    ]

    operations = [
        AddSearchIndexes(
            "theme",
            languages=["lv", "en"],
            fields={"title": "A", "number": "A", "summary": "B", "description": "C"},
        ),
        AddSearchIndexes(
            "measure",
            languages=["lv", "en"],
            fields={"title": "A", "target_group": "B", "description": "C", "expected_result": "C"},
        ),
        AddSearchIndexes(
            "goodpractice",
            languages=["lv", "en"],
            fields={
                "title": "A",
                "summary": "B",
                "description": "C",
                "results": "C",
                "transfer_note": "C",
            },
        ),
    ]
