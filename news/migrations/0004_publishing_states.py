"""Press releases and publications take the shared publishing states (draft / published + time).

``is_published`` and ``published_at`` become ``status`` and ``publish_at``
(common.publishing.Publishable); what was public stays public at the same time.
A publication had no time: it is public from when it was entered.
"""

from django.db import migrations, models

PUBLISHING_FIELDS = [
    (
        "publish_at",
        models.DateTimeField(
            blank=True,
            db_index=True,
            help_text="When it becomes public. A time to come schedules it; a past or empty one makes it public as soon as it is published.",
            null=True,
            verbose_name="publication time",
        ),
    ),
    (
        "status",
        models.CharField(
            choices=[("draft", "draft"), ("published", "published")],
            default="draft",
            help_text="A draft is seen only by signed-in editors, at its public address, marked as a preview. Published content is public from its publication time.",
            max_length=10,
            verbose_name="status",
        ),
    ),
]


def copy_states(apps, schema_editor):
    PressRelease = apps.get_model("news", "PressRelease")
    Publication = apps.get_model("news", "Publication")
    for item in PressRelease.objects.all():
        item.status = "published" if item.is_published else "draft"
        item.publish_at = item.published_at
        item.save(update_fields=["status", "publish_at"])
    for item in Publication.objects.all():
        item.status = "published" if item.is_published else "draft"
        item.publish_at = item.created
        item.save(update_fields=["status", "publish_at"])


def copy_back(apps, schema_editor):
    PressRelease = apps.get_model("news", "PressRelease")
    Publication = apps.get_model("news", "Publication")
    for item in PressRelease.objects.all():
        item.is_published = item.status == "published"
        item.published_at = item.publish_at or item.created
        item.save(update_fields=["is_published", "published_at"])
    for item in Publication.objects.all():
        item.is_published = item.status == "published"
        item.save(update_fields=["is_published"])


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0003_downloads_and_renditions"),
    ]

    operations = [
        *[
            migrations.AddField(model_name=model, name=name, field=field.clone())
            for model in ("pressrelease", "publication")
            for name, field in PUBLISHING_FIELDS
        ],
        migrations.RunPython(copy_states, copy_back),
        migrations.AlterModelOptions(
            name="pressrelease",
            options={
                "get_latest_by": "publish_at",
                "ordering": ["-publish_at", "-pk"],
                "verbose_name": "press release",
                "verbose_name_plural": "press releases",
            },
        ),
        migrations.RemoveField(model_name="pressrelease", name="is_published"),
        migrations.RemoveField(model_name="pressrelease", name="published_at"),
        migrations.RemoveField(model_name="publication", name="is_published"),
    ]
