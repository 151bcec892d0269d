from django.db import migrations

from editorial.groups import grant_to_editors


def grant_event_permissions(apps, schema_editor):
    grant_to_editors(
        apps, "events", ["mobilityevent", "programmeitem", "eventphoto", "eventdocument"]
    )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("decode_portal", "0002_editors_group"),
    ]

    operations = [migrations.RunPython(grant_event_permissions, migrations.RunPython.noop)]
