"""Page moves here from the project package: the same table and rows,
so this migration only tells Django's state where the model now lives (0002 renames the
table)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [("decode_portal", "0006_source_permissions")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Page",
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
                        (
                            "created",
                            models.DateTimeField(auto_now_add=True, verbose_name="created"),
                        ),
                        (
                            "updated",
                            models.DateTimeField(auto_now=True, verbose_name="last updated"),
                        ),
                        (
                            "key",
                            models.CharField(
                                choices=[
                                    ("about", "About the project"),
                                    ("legal", "Legal notice"),
                                    ("accessibility", "Accessibility statement"),
                                    ("privacy", "Privacy notice"),
                                ],
                                help_text="Which standing page of the site this is; each exists once.",
                                max_length=20,
                                unique=True,
                                verbose_name="page",
                            ),
                        ),
                        ("title", models.CharField(max_length=200, verbose_name="title")),
                        (
                            "title_lv",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_en",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "summary",
                            models.TextField(
                                blank=True,
                                help_text="One or two sentences shown under the title and to search engines.",
                                verbose_name="summary",
                            ),
                        ),
                        (
                            "summary_lv",
                            models.TextField(
                                blank=True,
                                help_text="One or two sentences shown under the title and to search engines.",
                                null=True,
                                verbose_name="summary",
                            ),
                        ),
                        (
                            "summary_en",
                            models.TextField(
                                blank=True,
                                help_text="One or two sentences shown under the title and to search engines.",
                                null=True,
                                verbose_name="summary",
                            ),
                        ),
                        ("body", models.TextField(blank=True, verbose_name="text")),
                        ("body_lv", models.TextField(blank=True, null=True, verbose_name="text")),
                        ("body_en", models.TextField(blank=True, null=True, verbose_name="text")),
                    ],
                    options={
                        "db_table": "decode_portal_page",
                        "verbose_name": "page",
                        "verbose_name_plural": "pages",
                        "ordering": ["key"],
                    },
                ),
            ],
        ),
    ]
