from django.db import migrations

from editorial.groups import grant_to_editors


def grant_actionplan_permissions(apps, schema_editor):
    grant_to_editors(
        apps, "actionplan", ["actionplan", "theme", "measure", "goodpractice", "plandocument"]
    )


class Migration(migrations.Migration):
    dependencies = [
        ("actionplan", "0001_initial"),
        ("decode_portal", "0002_editors_group"),
    ]

    operations = [migrations.RunPython(grant_actionplan_permissions, migrations.RunPython.noop)]
