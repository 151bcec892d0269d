from django.db import migrations

from editorial.groups import grant_to_editors


def grant_partner_permissions(apps, schema_editor):
    grant_to_editors(apps, "partners", ["partner", "populationfigure"])


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0001_initial"),
        ("decode_portal", "0002_editors_group"),
    ]

    operations = [migrations.RunPython(grant_partner_permissions, migrations.RunPython.noop)]
