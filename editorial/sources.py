"""Sources in the admin: the inline an object's sources are edited in, and the editors'
dashboard of published objects that name none."""

from dataclasses import dataclass, field

from django.contrib.contenttypes.admin import GenericTabularInline
from django.db import models
from django.db.models import OuterRef
from django.urls import reverse

from common.sources import Source, has_sources
from editorial.registered import model_admins


class SourceInline(GenericTabularInline):
    """The sources of an object, edited on its admin page (and versioned with it)."""

    model = Source
    extra = 0
    fields = [
        "order",
        "kind",
        "title",
        "title_language",
        "publisher",
        "url",
        "date",
        "date_precision",
    ]
    classes = ["sources-inline"]


# The editors' dashboard: published objects without a source.


@dataclass
class UnsourcedSection:
    model: type
    entries: list = field(default_factory=list)  # (label, admin URL)

    @property
    def verbose_name_plural(self):
        return self.model._meta.verbose_name_plural


def _public(model_admin, request):
    queryset = model_admin.get_queryset(request)
    published = getattr(queryset, "published", None)
    return published() if published is not None else queryset


def _unsourced_querysets(request, site):
    """(model, its public objects without a source) for each model with sources this editor
    may see in ``site``."""
    for model, model_admin in model_admins(site):
        if not has_sources(model) or not model_admin.has_view_or_change_permission(request):
            continue
        opts = model._meta
        has_source = Source.objects.filter(
            content_type__app_label=opts.app_label,
            content_type__model=opts.model_name,
            object_id=OuterRef("pk"),
        )
        yield model, _public(model_admin, request).exclude(models.Exists(has_source))


def unsourced(request, site):
    """Per model with sources: its public objects that name none, with their admin addresses.

    One query per model: whether an object has a source is a subquery.
    """
    sections = []
    for model, objects in _unsourced_querysets(request, site):
        opts = model._meta
        section = UnsourcedSection(model)
        for obj in objects:
            url = reverse(f"{site.name}:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            section.entries.append((str(obj), url))
        if section.entries:
            sections.append(section)
    return sorted(sections, key=lambda section: str(section.verbose_name_plural))


def unsourced_count(request, site):
    """How many public objects name no source (for the admin index): one query per model."""
    return sum(objects.count() for _model, objects in _unsourced_querysets(request, site))
