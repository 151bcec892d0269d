from django.db import migrations, models


def states_from_flag(apps, schema_editor):
    # Practices that were public stay public, from when they were entered; hidden ones become
    # drafts.
    GoodPractice = apps.get_model("actionplan", "GoodPractice")
    for practice in GoodPractice.objects.filter(is_published=True):
        practice.status = "published"
        practice.publish_at = practice.created
        practice.save(update_fields=["status", "publish_at"])


def flag_from_states(apps, schema_editor):
    GoodPractice = apps.get_model("actionplan", "GoodPractice")
    GoodPractice.objects.update(is_published=False)
    GoodPractice.objects.filter(status="published").update(is_published=True)


class Migration(migrations.Migration):
    dependencies = [
        ("actionplan", "0002_editors_group"),
    ]

    operations = [
        migrations.AddField(
            model_name="goodpractice",
            name="publish_at",
            field=models.DateTimeField(
                blank=True,
                db_index=True,
                help_text="When it becomes public. A time to come schedules it; a past or empty "
                "one makes it public as soon as it is published.",
                null=True,
                verbose_name="publication time",
            ),
        ),
        migrations.AddField(
            model_name="goodpractice",
            name="status",
            field=models.CharField(
                choices=[("draft", "draft"), ("published", "published")],
                default="draft",
                help_text="A draft is seen only by signed-in editors, at its public address, "
                "marked as a preview. Published content is public from its publication time.",
                max_length=10,
                verbose_name="status",
            ),
        ),
        migrations.RunPython(states_from_flag, flag_from_states),
        migrations.RemoveField(
            model_name="goodpractice",
            name="is_published",
        ),
    ]
