"""TranslationChange moves here from the project package: the same table and rows,
so this migration only tells Django's state where the model now lives (0002 renames the
table)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("decode_portal", "0006_source_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="TranslationChange",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("object_id", models.CharField(max_length=64, verbose_name="object id")),
                        ("language", models.CharField(max_length=10, verbose_name="language")),
                        ("changed_at", models.DateTimeField(verbose_name="changed at")),
                        (
                            "content_type",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                to="contenttypes.contenttype",
                                verbose_name="content type",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "decode_portal_translationchange",
                        "verbose_name": "translation change",
                        "verbose_name_plural": "translation changes",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("content_type", "object_id", "language"),
                                name="translation_change_unique_language",
                            )
                        ],
                    },
                ),
            ],
        ),
    ]
