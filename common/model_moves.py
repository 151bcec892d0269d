"""Moving a model to another app without losing what points at it.

A model that changes app keeps its table's rows, its content type (so its permissions, admin log
entries, generic relations and history stay attached) and its history: the serialised versions
django-reversion keeps name the model by its label, so they are renamed with it.
"""

import json

from django.db import migrations


def moved_model(old_app, new_app, model):
    """A migration operation: the content type of ``old_app.model`` becomes ``new_app.model``,
    and its stored versions say so."""

    def forwards(apps, schema_editor):
        _move(apps, old_app, new_app, model)

    def backwards(apps, schema_editor):
        _move(apps, new_app, old_app, model)

    return migrations.RunPython(forwards, backwards)


def _move(apps, old_app, new_app, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Version = apps.get_model("reversion", "Version")
    old = ContentType.objects.filter(app_label=old_app, model=model).first()
    if old is None:
        return
    if ContentType.objects.filter(app_label=new_app, model=model).exists():
        return
    old.app_label = new_app
    old.save(update_fields=["app_label"])
    old_label, new_label = f"{old_app}.{model}", f"{new_app}.{model}"
    for version in Version.objects.filter(content_type=old, format="json").iterator():
        objects = json.loads(version.serialized_data)
        for obj in objects:
            if obj.get("model") == old_label:
                obj["model"] = new_label
        version.serialized_data = json.dumps(objects)
        version.save(update_fields=["serialized_data"])
