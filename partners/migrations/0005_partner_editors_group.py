from django.db import migrations

from editorial.groups import grant_to_partner_editors


def create_partner_editors_group(apps, schema_editor):
    # Their own partner's page (no new partners, none deleted) and its population figures.
    grant_to_partner_editors(apps, "partners", ["partner"], actions=("change", "view"))
    grant_to_partner_editors(apps, "partners", ["populationfigure"])


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0004_partnereditor"),
        ("decode_portal", "0002_editors_group"),
    ]

    operations = [migrations.RunPython(create_partner_editors_group, migrations.RunPython.noop)]
