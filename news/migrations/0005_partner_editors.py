from django.db import migrations

from editorial.groups import grant_to_partner_editors


def grant_press_releases(apps, schema_editor):
    # Partner editors write and keep current the press releases tagged with their partner
    # (the admin limits them to those); publications stay with the Editors.
    grant_to_partner_editors(apps, "news", ["pressrelease"])


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0004_publishing_states"),
        ("partners", "0005_partner_editors_group"),
    ]

    operations = [migrations.RunPython(grant_press_releases, migrations.RunPython.noop)]
