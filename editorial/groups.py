"""The staff groups: content permissions only, never users or groups.

"Editors" edit all content. "Partner editors" edit one partner's content (the partner a user is
linked to, see ``editorial.scoping``): each app's data migration grants them what
they may touch of its models with ``grant_to_partner_editors``, and the admin limits them to
their partner's objects.

Each app's data migration calls ``grant_to_editors`` for its own content models.
"""

EDITORS_GROUP = "Editors"
PARTNER_EDITORS_GROUP = "Partner editors"
CONTENT_ACTIONS = ("add", "change", "delete", "view")


def grant_to_editors(apps, app_label, model_names, actions=CONTENT_ACTIONS):
    """Give the Editors group ``actions`` on ``app_label``'s models (creates what is missing)."""
    grant(apps, EDITORS_GROUP, app_label, model_names, actions)


def grant_to_partner_editors(apps, app_label, model_names, actions=CONTENT_ACTIONS):
    """Give the Partner editors group ``actions`` on ``app_label``'s models."""
    grant(apps, PARTNER_EDITORS_GROUP, app_label, model_names, actions)


def grant(apps, group_name, app_label, model_names, actions=CONTENT_ACTIONS):
    """Give ``group_name`` ``actions`` on ``app_label``'s models (creates what is missing)."""
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config(app_label)
    # Permissions are normally made after migrate; make them now so the group can hold them.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    group, _created = group_model.objects.get_or_create(name=group_name)
    codenames = [f"{action}_{name}" for name in model_names for action in actions]
    permissions = permission_model.objects.filter(
        content_type__app_label=app_label, codename__in=codenames
    )
    group.permissions.add(*permissions)
