from django.db import migrations

from editorial.groups import grant_to_editors


def grant_funding_to_editors(apps, schema_editor):
    # The grant is added once and then edited, never deleted; its parts come and go inline.
    grant_to_editors(apps, "funding", ["grant"], actions=("add", "change", "view"))
    grant_to_editors(apps, "funding", ["instalment", "prefinancing"])


class Migration(migrations.Migration):
    dependencies = [
        ("funding", "0001_initial"),
        ("decode_portal", "0002_editors_group"),
    ]

    operations = [migrations.RunPython(grant_funding_to_editors, migrations.RunPython.noop)]
