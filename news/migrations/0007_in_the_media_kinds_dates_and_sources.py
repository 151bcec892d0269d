"""Press items become "In the media" items: a kind (coverage or own release), how precisely the
publication date is known, and their sources as data (decode_portal.Source) instead of the two
"original source" columns, which are copied there first."""

import django.db.models.deletion  # noqa: F401
from django.db import migrations, models


def copy_sources(apps, schema_editor):
    PressRelease = apps.get_model("news", "PressRelease")
    Source = apps.get_model("decode_portal", "Source")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="news", model="pressrelease"
    )
    Source.objects.bulk_create(
        Source(
            content_type=content_type,
            object_id=item.pk,
            order=0,
            kind="official",
            title=item.title_lv or item.title_en,
            publisher=item.source_name or item.source_url,
            url=item.source_url,
        )
        for item in PressRelease.objects.exclude(source_url="")
    )


def copy_sources_back(apps, schema_editor):
    PressRelease = apps.get_model("news", "PressRelease")
    Source = apps.get_model("decode_portal", "Source")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = ContentType.objects.filter(app_label="news", model="pressrelease").first()
    if content_type is None:
        return
    for source in Source.objects.filter(content_type=content_type).order_by("-order", "-pk"):
        PressRelease.objects.filter(pk=source.object_id).update(
            source_name=source.publisher[:200], source_url=source.url
        )


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("decode_portal", "0005_source"),
        ("news", "0006_alter_pressrelease_image_alter_publicationfile_file"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="pressrelease",
            options={
                "get_latest_by": "publish_at",
                "ordering": ["-publish_at", "-pk"],
                "verbose_name": "media item",
                "verbose_name_plural": "media items",
            },
        ),
        migrations.AddField(
            model_name="pressrelease",
            name="date_precision",
            field=models.CharField(
                choices=[("day", "day"), ("month", "month"), ("year", "year only")],
                default="day",
                help_text=(
                    "How precisely the original's publication date is known: the site shows "
                    "only the month or the year when the day is not known."
                ),
                max_length=5,
                verbose_name="date known to the",
            ),
        ),
        migrations.AddField(
            model_name="pressrelease",
            name="kind",
            field=models.CharField(
                choices=[("coverage", "media coverage"), ("release", "press release")],
                default="coverage",
                help_text=(
                    "Media coverage: what others reported, summarised here. Press release: what "
                    "the project itself published."
                ),
                max_length=10,
                verbose_name="kind",
            ),
        ),
        migrations.RunPython(copy_sources, copy_sources_back),
        migrations.RemoveField(model_name="pressrelease", name="source_name"),
        migrations.RemoveField(model_name="pressrelease", name="source_url"),
    ]
