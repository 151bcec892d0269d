"""GIN indexes on the search documents, declared here rather than made after ``migrate``."""

from django.db import migrations

from search.operations import AddSearchIndexes


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0008_publicationfile_language_pdf"),
        ("search", "0001_drop_indexes_made_after_migrate"),
    ]

    operations = [
        AddSearchIndexes("pressrelease", languages=["lv", "en"], column_prefix="search"),
        AddSearchIndexes("publication", languages=["lv", "en"], column_prefix="search"),
    ]
