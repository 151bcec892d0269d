"""What restoring a version from the admin's history may touch, checked before anything is written.

django-reversion restores a version by reverting its whole *revision* (every object saved with
it) and deleting the objects followed from them that the revision did not hold. It finds the
version by its id and the object id in the address, not by the model. So a history page checks
here that:

* the version is one of this model's and this object's (else: not found);
* every object the revision would write is one the editor may change now, or, for an object
  edited as this admin's inline row (or a row followed with it), that it belongs to this
  object, then and now;
* every object the revert would delete is one the editor may delete (an inline row of this
  object counts as a change of it);
* an editor limited to one partner restores only this object and its own rows: a revision that
  holds anything else, or that would bring back an object that no longer exists, is refused.
"""

from django.contrib.contenttypes.admin import GenericInlineModelAdmin
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models
from reversion.models import Version

from editorial.scoping import partner_scope

# What each model's versions follow (reverse relations saved with it, as registered with
# reversion through ``VersionHistory.reversion_register``): {model: (name, ...)}.
FOLLOWED = {}


def version_of(model, object_id, version_id, deleted=False):
    """The version ``version_id`` if it is one of ``model``'s object ``object_id``, else None."""
    versions = (
        Version.objects.get_deleted(model)
        if deleted
        else Version.objects.get_for_object_reference(model, object_id)
    )
    return versions.filter(pk=version_id).select_related("revision").first()


def _owner_reference(inline, parent_model):
    """A function reading, from a row's field values, the parent object's id it belongs to."""
    if isinstance(inline, GenericInlineModelAdmin):
        content_type = ContentType.objects.get_for_model(parent_model)
        ct_attname = inline.model._meta.get_field(inline.ct_field).attname

        def generic(values):
            if values.get(ct_attname) != content_type.pk:
                return None
            return values.get(inline.ct_fk_field)

        return generic
    links = [
        field
        for field in inline.model._meta.get_fields()
        if field.many_to_one
        and field.concrete
        and field.related_model is parent_model
        and (inline.fk_name is None or field.name == inline.fk_name)
    ]
    if len(links) != 1:
        return None
    attname = links[0].attname
    return lambda values: values.get(attname)


def _field_values(obj):
    return {field.attname: getattr(obj, field.attname) for field in obj._meta.concrete_fields}


def _followed_now(obj, seen):
    """Objects that reversion would reach from ``obj`` through the registered follows."""
    for name in FOLLOWED.get(type(obj), ()):
        try:
            related = getattr(obj, name)
        except models.ObjectDoesNotExist:
            continue
        if related is None:
            continue
        items = related.all() if hasattr(related, "all") else [related]
        for item in items:
            key = (type(item), str(item.pk))
            if key not in seen:
                seen.add(key)
                yield item
                yield from _followed_now(item, seen)


class RestoreCheck:
    """Whether ``request``'s user may restore ``version`` from ``model_admin``'s history page
    of the object ``object_id``. ``check()`` raises PermissionDenied when not."""

    def __init__(self, model_admin, request, object_id, version, recovering=False):
        self.admin = model_admin
        self.recovering = recovering
        self.site = model_admin.admin_site
        self.request = request
        self.object_id = str(object_id)
        self.version = version
        self.scoped = partner_scope(request.user) is not None
        self.owners = {}
        for inline in model_admin.get_inline_instances(request):
            reference = _owner_reference(inline, model_admin.model)
            if reference is not None:
                self.owners[inline.model] = reference
        self.own_object = model_admin.model._base_manager.filter(pk=self.object_id).first()

    def check(self):
        versions = list(self.version.revision.version_set.all())
        in_revision = set()
        for version in versions:
            model = version._model
            in_revision.add((model, str(version.object_id)))
            if not self._may_write(version, model):
                raise PermissionDenied
        for obj in self._deleted_by_revert(versions, in_revision):
            if not self._may_delete(obj):
                raise PermissionDenied

    # Writing

    def _is_own(self, model, object_id):
        return model is self.admin.model and str(object_id) == self.object_id

    def _belongs_here(self, model, values):
        reference = self.owners.get(model)
        return reference is not None and str(reference(values)) == self.object_id

    def _may_edit_own(self):
        if self.recovering:
            # A deleted object belongs to no partner any more (see has_recover_permission).
            return (
                self.own_object is None
                and not self.scoped
                and (self.admin.has_add_permission(self.request))
            )
        return self.own_object is not None and self.admin.has_change_permission(
            self.request, self.own_object
        )

    def _may_write(self, version, model):
        if self._is_own(model, version.object_id):
            return self._may_edit_own()
        current = model._base_manager.filter(pk=version.object_id).first()
        if model in self.owners:
            # A row of this object's inlines: it belongs here in the version and, if it still
            # exists, now; changing it is changing this object.
            return (
                self._belongs_here(model, version.field_dict)
                and (current is None or self._belongs_here(model, _field_values(current)))
                and self._may_edit_own()
            )
        if self.scoped or not self.site.is_registered(model):
            return False
        other = self.site.get_model_admin(model)
        if current is None:
            return other.has_add_permission(self.request)
        visible = other.get_queryset(self.request).filter(pk=current.pk).exists()
        return visible and other.has_change_permission(self.request, current)

    # Deleting

    def _deleted_by_revert(self, versions, in_revision):
        """What ``Revision.revert(delete=True)`` would delete: objects followed from the
        revision's objects as they are now, that the revision does not hold."""
        seen = set(in_revision)
        for version in versions:
            current = version._model._base_manager.filter(pk=version.object_id).first()
            if current is None:
                continue
            for item in _followed_now(current, seen):
                if (type(item), str(item.pk)) not in in_revision:
                    yield item

    def _may_delete(self, obj):
        model = type(obj)
        if model in self.owners:
            return self._belongs_here(model, _field_values(obj)) and self._may_edit_own()
        if self.scoped or not self.site.is_registered(model):
            return False
        other = self.site.get_model_admin(model)
        visible = other.get_queryset(self.request).filter(pk=obj.pk).exists()
        return visible and other.has_delete_permission(self.request, obj)
