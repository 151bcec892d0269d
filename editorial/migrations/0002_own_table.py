"""TranslationChange's table takes this app's name, and its content type and stored versions follow it
(common/model_moves.py)."""

from django.db import migrations

from common.model_moves import moved_model


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("decode_portal", "0007_models_moved_out"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
    ]

    operations = [
        migrations.AlterModelTable(name="translationchange", table=None),
        moved_model("decode_portal", "editorial", "translationchange"),
    ]
