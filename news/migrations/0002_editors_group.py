from django.db import migrations

from editorial.groups import grant_to_editors


def grant_news_permissions(apps, schema_editor):
    grant_to_editors(apps, "news", ["pressrelease", "publication", "publicationfile"])


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("decode_portal", "0002_editors_group"),
    ]

    operations = [migrations.RunPython(grant_news_permissions, migrations.RunPython.noop)]
