"""The "Editors" staff group: content permissions only, never users or groups.

Each app's data migration calls ``grant_to_editors`` for its own content models.
"""

EDITORS_GROUP = "Editors"
CONTENT_ACTIONS = ("add", "change", "delete", "view")


def grant_to_editors(apps, app_label, model_names, actions=CONTENT_ACTIONS):
    """Give the Editors group ``actions`` on ``app_label``'s models (creates what is missing)."""
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config(app_label)
    # Permissions are normally made after migrate; make them now so the group can hold them.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    group, _created = group_model.objects.get_or_create(name=EDITORS_GROUP)
    codenames = [f"{action}_{name}" for name in model_names for action in actions]
    permissions = permission_model.objects.filter(
        content_type__app_label=app_label, codename__in=codenames
    )
    group.permissions.add(*permissions)
