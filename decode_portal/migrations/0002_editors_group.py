from django.db import migrations

from editorial.groups import grant_to_editors


def create_editors_group(apps, schema_editor):
    grant_to_editors(apps, "decode_portal", ["page"], actions=("add", "change", "view"))


class Migration(migrations.Migration):
    dependencies = [
        ("decode_portal", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors_group, migrations.RunPython.noop)]
