from django.db import migrations

from editorial.groups import grant_to_editors, grant_to_partner_editors


def grant_sources(apps, schema_editor):
    # Sources are edited with the object they belong to: whoever edits the object edits them
    # (the admin limits partner editors to their partner's objects, and so to their sources).
    grant_to_editors(apps, "decode_portal", ["source"])
    grant_to_partner_editors(apps, "decode_portal", ["source"])


class Migration(migrations.Migration):
    dependencies = [
        ("decode_portal", "0005_source"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant_sources, migrations.RunPython.noop)]
