"""Every admin save is a version with its author and time (django-reversion): the history
page lists them, any one can be restored, deleted objects can be recovered. Objects edited
together with their parts (inlines) are versioned with them; other related objects that belong
in the same version are named in ``history_follow``."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from modeltranslation.translator import NotRegistered, translator
from reversion import (
    add_to_revision,
    create_revision,
    is_active,
    register,
    set_comment,
    set_user,
)
from reversion.admin import VersionAdmin

from editorial.grammar import noun_for
from editorial.restores import FOLLOWED, RestoreCheck, version_of
from editorial.scoping import partner_scope


def translated_originals(model):
    """The names modeltranslation keeps for the untranslated originals of ``model``'s fields.

    Their attribute reads the active language with fallback, so a version must not store them:
    restoring one would write one language's text into another's column.
    """
    try:
        return tuple(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return ()


class VersionHistory(VersionAdmin):
    """Versions, restore and recovery of deleted objects, translated columns included."""

    # Related objects (reverse accessors or relations) saved in the same version as the object,
    # besides those edited with it as inlines, which are followed anyway.
    history_follow = ()
    history_latest_first = True

    def reversion_register(self, model, **kwargs):
        kwargs["exclude"] = tuple(kwargs.get("exclude", ())) + translated_originals(model)
        if model is self.model:
            kwargs["follow"] = tuple(kwargs.get("follow", ())) + tuple(self.history_follow)
        FOLLOWED[model] = tuple(kwargs.get("follow", ()))
        register(model, **kwargs)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # Restoring is changing: only an object the editor may change now, whatever the old
        # version says (it is loaded into the database before the form is shown), and only a
        # version of this object whose whole revision the editor may write (see restores.py).
        object_id = unquote(object_id)
        obj = self.get_object(request, object_id)
        if obj is None:
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        version = version_of(self.model, obj.pk, version_id)
        if version is None:
            raise Http404
        RestoreCheck(self, request, obj.pk, version).check()
        return super().revision_view(request, object_id, version_id, extra_context)

    def has_recover_permission(self, request):
        # A deleted object belongs to no one any more: only editors of all content recover.
        return partner_scope(request.user) is None

    def recoverlist_view(self, request, extra_context=None):
        if not self.has_recover_permission(request):
            raise PermissionDenied
        noun = noun_for(self.model)
        if noun is not None:
            title = pgettext(noun.gender, "Recover deleted %(name)s") % {
                "name": noun.plural_accusative
            }
            extra_context = {"title": title, **(extra_context or {})}
        return super().recoverlist_view(request, extra_context)

    # A version's comment is the history entry's message in the reader's language: kept as
    # Django's structure (JSON), rendered when read (templates/reversion/object_history.html).
    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        if is_active() and entry.change_message:
            set_comment(entry.change_message)
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        if is_active() and entry.change_message:
            set_comment(entry.change_message)
        return entry

    def recover_view(self, request, version_id, extra_context=None):
        if not self.has_recover_permission(request):
            raise PermissionDenied
        # Only a deleted object of this model, and a revision the editor may write in whole.
        version = version_of(self.model, None, version_id, deleted=True)
        if version is None:
            raise Http404
        RestoreCheck(self, request, version.object_id, version, recovering=True).check()
        return super().recover_view(request, version_id, extra_context)

    def changelist_view(self, request, extra_context=None):
        context = {"has_recover_permission": self.has_recover_permission(request)}
        return super().changelist_view(request, {**context, **(extra_context or {})})

    def _get_obj_does_not_exist_redirect(self, request, opts, object_id):
        # An object that does not exist, or that this editor may not see, is not found. (Django
        # would redirect to the index, which a restore from history takes for success.)
        raise Http404

    def _snapshot_before_deletion(self, request, objects):
        """Save a version of ``objects`` so that they can be recovered after deletion."""
        with create_revision():
            set_user(request.user)
            set_comment(str(_("Deleted.")))
            for obj in objects:
                add_to_revision(obj)

    def delete_model(self, request, obj):
        self._snapshot_before_deletion(request, [obj])
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        self._snapshot_before_deletion(request, queryset)
        super().delete_queryset(request, queryset)
