"""The project package holds no model any more: Page moved to ``pages``, Source to ``common``,
TranslationChange to ``editorial``. Their tables stay (the apps' own migrations rename them), so
this changes only Django's state."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("decode_portal", "0006_source_permissions"),
        ("pages", "0001_initial"),
        ("common", "0001_initial"),
        ("editorial", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="Page"),
                migrations.DeleteModel(name="Source"),
                migrations.DeleteModel(name="TranslationChange"),
            ],
        ),
    ]
