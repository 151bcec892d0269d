from django.db import migrations

from editorial.groups import grant_to_partner_editors


def grant_practices(apps, schema_editor):
    # Partner editors keep current the good practices their partner contributed (the admin
    # limits them to those); the plan, its themes, measures and editions stay with the Editors.
    grant_to_partner_editors(apps, "actionplan", ["goodpractice"])


class Migration(migrations.Migration):
    dependencies = [
        ("actionplan", "0003_practice_publishing_states"),
        ("partners", "0005_partner_editors_group"),
    ]

    operations = [migrations.RunPython(grant_practices, migrations.RunPython.noop)]
