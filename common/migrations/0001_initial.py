"""Source moves here from the project package: the same table and rows,
so this migration only tells Django's state where the model now lives (0002 renames the
table)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("decode_portal", "0006_source_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        # Its data migration reads the model where it then lived.
        ("news", "0007_in_the_media_kinds_dates_and_sources"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Source",
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
                        ("object_id", models.PositiveBigIntegerField(verbose_name="object id")),
                        (
                            "order",
                            models.PositiveSmallIntegerField(
                                default=0,
                                help_text="Smaller numbers are listed first.",
                                verbose_name="order",
                            ),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("official", "official"),
                                    ("press", "press"),
                                    ("secondary", "secondary"),
                                ],
                                default="official",
                                help_text="Official: a partner's, a municipality's or a statistics office's own page. Press: a news outlet. Secondary: a mirror, aggregator, blog or encyclopaedia copy.",
                                max_length=10,
                                verbose_name="kind of source",
                            ),
                        ),
                        (
                            "title",
                            models.CharField(
                                blank=True,
                                help_text="The title as the source gives it, in its own language. Leave empty if it is not known for sure: the page then links the source by its address.",
                                max_length=300,
                                verbose_name="title",
                            ),
                        ),
                        (
                            "title_language",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("bg", "Bulgarian"),
                                    ("cs", "Czech"),
                                    ("da", "Danish"),
                                    ("de", "German"),
                                    ("el", "Greek"),
                                    ("en", "English"),
                                    ("es", "Spanish"),
                                    ("et", "Estonian"),
                                    ("fi", "Finnish"),
                                    ("fr", "French"),
                                    ("ga", "Irish"),
                                    ("hr", "Croatian"),
                                    ("hu", "Hungarian"),
                                    ("it", "Italian"),
                                    ("lt", "Lithuanian"),
                                    ("lv", "Latvian"),
                                    ("mt", "Maltese"),
                                    ("nl", "Dutch"),
                                    ("pl", "Polish"),
                                    ("pt", "Portuguese"),
                                    ("ro", "Romanian"),
                                    ("sk", "Slovak"),
                                    ("sl", "Slovenian"),
                                    ("sv", "Swedish"),
                                ],
                                max_length=10,
                                verbose_name="language of the title",
                            ),
                        ),
                        (
                            "publisher",
                            models.CharField(
                                help_text="Who published it, e.g. “Daugavpils City Council” or “d-fakti.lv”.",
                                max_length=200,
                                verbose_name="publisher",
                            ),
                        ),
                        (
                            "url",
                            models.URLField(
                                help_text="The source's own page, so readers can check.",
                                max_length=500,
                                verbose_name="address",
                            ),
                        ),
                        ("date", models.DateField(blank=True, null=True, verbose_name="date")),
                        (
                            "date_precision",
                            models.CharField(
                                choices=[("day", "day"), ("month", "month"), ("year", "year only")],
                                default="day",
                                help_text="Only the month or the year is shown when the day is not known.",
                                max_length=5,
                                verbose_name="date known to the",
                            ),
                        ),
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
                        "db_table": "decode_portal_source",
                        "verbose_name": "source",
                        "verbose_name_plural": "sources",
                        "ordering": ["order", "pk"],
                        "indexes": [
                            models.Index(fields=["content_type", "object_id"], name="source_object")
                        ],
                    },
                ),
            ],
        ),
    ]
