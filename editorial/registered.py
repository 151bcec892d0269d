"""The models an admin site edits, found through its public API."""

from django.apps import apps


def model_admins(site):
    """(model, its ModelAdmin) for every model registered with the admin ``site``."""
    for model in apps.get_models():
        if site.is_registered(model):
            yield model, site.get_model_admin(model)
