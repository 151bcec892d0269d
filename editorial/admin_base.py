"""Admin pieces every content app shares: ``TranslatedAdmin`` and the mixins it is made of.

An app's admin for a content model subclasses ``TranslatedAdmin`` and gets, with no more code:

- translation tabs and a ``translation_status`` list column (modeltranslation);
- history with undo (django-reversion): every admin save is a version with its author and time,
  the history page lists them, any one can be restored, deleted objects can be recovered.
  Objects edited together with their parts (inlines) are versioned with them; other related
  objects that belong in the same version are named in ``history_follow``;
- publishing states for ``Publishable`` models: a status column and filter, and a warning when
  something is published without English;
- Latvian wording: the model's name in the case and gender each phrase needs
  (``LatvianAdminMixin``, which every admin of the site gets; see admin_grammar.py);
- limits for partner editors: ``partner_field`` says how an object belongs to a partner (an ORM
  path: ``"pk"`` on the partner itself, ``"partner"``, ``"partners"`` for tags,
  ``"event__host"``). Partner editors see, change and delete only their partner's objects,
  can choose only their partner there, and never see an admin without ``partner_field``.
"""

import dataclasses
import json

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import Action, ActionLocation
from django.contrib.admin.utils import unquote
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import formats, timezone
from django.utils.html import format_html_join
from django.utils.text import get_text_list
from django.utils.translation import gettext, npgettext, pgettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
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

from common.publishing import PublicationStatus, Publishable
from editorial.grammar import latvian_message, noun_for
from editorial.restores import FOLLOWED, RestoreCheck, version_of
from editorial.scoping import partner_scope
from editorial.translations import missing_languages


def translated_originals(model):
    """The names modeltranslation keeps for the untranslated originals of ``model``'s fields.

    Their attribute reads the active language with fallback, so a version must not store them:
    restoring one would write one language's text into another's column.
    """
    try:
        return tuple(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return ()


class LatvianInlineAdminFormSet(helpers.InlineAdminFormSet):
    """An inline's "Add another …" button with the model's accusative."""

    noun = None

    def inline_formset_data(self):
        data = json.loads(super().inline_formset_data())
        data["options"]["addText"] = gettext("Add another %(verbose_name)s") % {
            "verbose_name": self.noun.accusative
        }
        return json.dumps(data)


class LatvianRelatedFieldWidgetWrapper(RelatedFieldWidgetWrapper):
    """The add, change, delete and view links beside a choice of related object, whose
    tooltips ("Pievienot vēl vienu partneri") take the related model's accusative."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        noun = noun_for(self.rel.model)
        if noun is not None:
            context["model"] = noun.accusative
        return context


class LatvianAdminMixin:
    """The model's name in the case and gender each of the admin's phrases needs, in Latvian.

    Django puts the nominative everywhere ("Pievienot labā prakse") and one gender into its
    messages; with this, headings, buttons and messages read "Pievienot labo praksi", "Labā
    prakse “…” sekmīgi pievienota". The forms come from ``admin_grammar.NOUNS``. In any other
    language every phrase stays Django's. The portal's admin site mixes this into every admin
    registered with it (auth's and django-axes' too), so an app needs no code for it.
    """

    def _replace_phrase(self, text, phrases, noun_form):
        """``text`` with ``noun_form`` if it is one of ``phrases`` with the nominative, or None."""
        name = self.opts.verbose_name
        for phrase in phrases:
            if text == phrase % name:
                return phrase % noun_form
        return None

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        noun = noun_for(self.model)
        if noun is not None:
            phrases = (gettext("Add %s"), gettext("Change %s"), gettext("View %s"))
            title = self._replace_phrase(context.get("title"), phrases, noun.accusative)
            if title is not None:
                context["title"] = title
        return super().render_change_form(request, context, add, change, form_url, obj)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and type(formfield.widget) is RelatedFieldWidgetWrapper:
            # Same widget, with the Latvian tooltips (see the class).
            formfield.widget.__class__ = LatvianRelatedFieldWidgetWrapper
        return formfield

    def get_inline_formsets(self, request, formsets, inline_instances, obj=None):
        inline_formsets = super().get_inline_formsets(request, formsets, inline_instances, obj)
        for inline_formset in inline_formsets:
            noun = noun_for(inline_formset.formset.model)
            if noun is not None and type(inline_formset) is helpers.InlineAdminFormSet:
                # Same object, with the Latvian "Add another" button (see the class).
                inline_formset.__class__ = LatvianInlineAdminFormSet
                inline_formset.noun = noun
        return inline_formsets

    def get_changelist(self, request, **kwargs):
        changelist = super().get_changelist(request, **kwargs)
        noun = noun_for(self.model)
        if noun is None:
            return changelist
        replace = self._replace_phrase

        class LatvianChangeList(changelist):
            """The list's heading ("Atlasīt labo praksi, lai labotu") with the accusative."""

            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                phrases = (
                    gettext("Select %s"),
                    gettext("Select %s to change"),
                    gettext("Select %s to view"),
                )
                self.title = replace(self.title, phrases, noun.accusative) or self.title

        return LatvianChangeList

    def changelist_view(self, request, extra_context=None):
        noun = noun_for(self.model)
        if noun is not None:
            # "Select all 12 …" reads "Atlasīt visas labās prakses (12)" in our catalogue.
            every = pgettext(noun.gender, "all %(name)s") % {"name": noun.plural_accusative}
            extra_context = {"module_name": every, **(extra_context or {})}
        return super().changelist_view(request, extra_context)

    def render_delete_form(self, request, context):
        noun = noun_for(self.model)
        if noun is not None:
            context["object_name"] = noun.accusative
            name = self.opts.verbose_name
            if context.get("title") == gettext("Cannot delete %(name)s") % {"name": name}:
                context["title"] = gettext("Cannot delete %(name)s") % {"name": noun.accusative}
        return super().render_delete_form(request, context)

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location)
        action = actions.get("delete_selected")
        if isinstance(action, Action):
            actions["delete_selected"] = dataclasses.replace(
                action, func=_delete_selected_in_latvian(action.func)
            )
        return actions

    def get_action_choices(
        self, request, default_choices=None, action_location=ActionLocation.CHANGE_LIST
    ):
        choices = super().get_action_choices(request, default_choices, action_location)
        noun = noun_for(self.model)
        if noun is None:
            return choices
        return [
            (
                name,
                pgettext(noun.gender, "Delete selected %(verbose_name_plural)s")
                % {"verbose_name_plural": noun.plural_accusative}
                if name == "delete_selected"
                else label,
            )
            for name, label in choices
        ]

    def message_user(self, request, message, *args, **kwargs):
        message = latvian_message(self.model, message) or message
        return super().message_user(request, message, *args, **kwargs)


def _delete_selected_in_latvian(delete_selected):
    """Django's bulk delete, its confirmation page naming the objects in the accusative."""

    def delete_selected_in_latvian(modeladmin, request, queryset):
        response = delete_selected(modeladmin, request, queryset)
        noun = noun_for(modeladmin.model)
        if noun is not None and isinstance(response, TemplateResponse):
            context = response.context_data
            name = context["objects_name"]
            # "the selected" agrees too: "atlasīto tēmu", "atlasītās tēmas", "atlasītos
            # pasākumus"; our catalogue's confirmation phrases take it as a whole.
            one = len(queryset) == 1
            selected = npgettext(
                noun.gender, "the selected %(name)s", "the selected %(name)s", 1 if one else 2
            ) % {"name": noun.accusative if one else noun.plural_accusative}
            context["objects_name"] = selected
            if context.get("title") == gettext("Cannot delete %(name)s") % {"name": name}:
                context["title"] = gettext("Cannot delete %(name)s") % {"name": selected}
        return response

    return delete_selected_in_latvian


class HistoryAdminMixin(VersionAdmin):
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


class PartnerScopedAdminMixin:
    """Partner editors see and edit only the objects of their own partner.

    Enforced in ``get_queryset`` (lists, change, history and delete pages), in the object
    permissions and in the choices of the field that says whose an object is.
    """

    # ORM path from this model to the partner it belongs to; None: not a partner's content.
    partner_field = None
    # Fields a partner editor sees but does not change (e.g. the address of their page).
    partner_editor_readonly_fields = ()

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        scope = partner_scope(request.user)
        if scope is None:
            return queryset
        if self.partner_field is None:
            return queryset.none()
        owned = self.model._base_manager.filter(**{self.partner_field: scope}).values("pk")
        return queryset.filter(pk__in=owned)

    def in_partner_scope(self, request, obj=None):
        scope = partner_scope(request.user)
        if scope is None:
            return True
        if self.partner_field is None:
            return False
        if obj is None or obj.pk is None:
            return True
        checked = request.__dict__.setdefault("_partner_scope_checked", {})
        key = (self.model._meta.label, obj.pk)
        if key not in checked:
            owned = self.model._base_manager.filter(**{self.partner_field: scope})
            checked[key] = owned.filter(pk=obj.pk).exists()
        return checked[key]

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self.in_partner_scope(request, obj)

    def has_add_permission(self, request):
        return super().has_add_permission(request) and self.in_partner_scope(request)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.in_partner_scope(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.in_partner_scope(request, obj)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if partner_scope(request.user) is not None:
            fields += [name for name in self.partner_editor_readonly_fields if name not in fields]
        return fields

    def get_prepopulated_fields(self, request, obj=None):
        readonly = set(self.get_readonly_fields(request, obj))
        fields = super().get_prepopulated_fields(request, obj)
        return {name: sources for name, sources in fields.items() if name not in readonly}

    # The field that says whose an object is, and the partner path beyond it.

    def _owner_field(self):
        if not self.partner_field or self.partner_field == "pk":
            return None, None
        first, _sep, rest = self.partner_field.partition("__")
        try:
            field = self.model._meta.get_field(first)
        except Exception:
            return None, None
        if not (field.many_to_one or field.many_to_many or field.one_to_one):
            return None, None
        return field, rest or "pk"

    def _owner_choices(self, request):
        field, rest = self._owner_field()
        return field.related_model._default_manager.filter(**{rest: partner_scope(request.user)})

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field, _rest = self._owner_field()
        if field is db_field and partner_scope(request.user) is not None:
            kwargs["queryset"] = self._owner_choices(request)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field, _rest = self._owner_field()
        if field is db_field and partner_scope(request.user) is not None:
            kwargs["queryset"] = self._owner_choices(request)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_changeform_initial_data(self, request):
        """A partner editor's new object starts as their own partner's."""
        initial = super().get_changeform_initial_data(request)
        field, _rest = self._owner_field()
        if field is not None and partner_scope(request.user) is not None:
            owners = list(self._owner_choices(request).values_list("pk", flat=True))
            if len(owners) == 1 and field.name not in initial:
                initial[field.name] = owners if field.many_to_many else owners[0]
        return initial

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        field, _rest = self._owner_field()
        if partner_scope(request.user) is None or field is None:
            return form
        name = field.name
        label = field.verbose_name

        class OwnPartnerRequiredForm(form):
            # The owner field is how a partner editor's objects are theirs: it may not be left
            # empty (the object would leave their reach), nor their own tag removed.
            def clean(self):
                cleaned = super().clean()
                if name in self.fields and name not in self.errors and not cleaned.get(name):
                    self.add_error(name, _("Choose your own %(field)s.") % {"field": label})
                return cleaned

        return OwnPartnerRequiredForm

    def save_related(self, request, form, formsets, change):
        field, _rest = self._owner_field()
        kept = []
        if (
            change
            and field is not None
            and field.many_to_many
            and partner_scope(request.user) is not None
            and field.name in form.fields
        ):
            # Other partners' tags are not offered to a partner editor: keep them as they are.
            allowed = self._owner_choices(request).values("pk")
            kept = list(getattr(form.instance, field.name).exclude(pk__in=allowed))
        super().save_related(request, form, formsets, change)
        if kept:
            getattr(form.instance, field.name).add(*kept)


class PublishableAdminMixin:
    """Status column and filter for ``Publishable`` models, and a word on missing English."""

    def _publishable(self):
        return issubclass(self.model, Publishable)

    def get_list_display(self, request):
        fields = list(super().get_list_display(request))
        if self._publishable() and "publication_state" not in fields:
            fields.insert(min(2, len(fields)), "publication_state")
        return fields

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        if self._publishable() and "status" not in filters:
            filters.insert(0, "status")
        return filters

    @admin.display(description=_("publication"), ordering="publish_at")
    def publication_state(self, obj):
        if obj.status != PublicationStatus.PUBLISHED:
            return _("draft")
        when = formats.date_format(timezone.localtime(obj.publish_at), "SHORT_DATETIME_FORMAT")
        if obj.publish_at > timezone.now():
            return _("scheduled for %(time)s") % {"time": when}
        return _("published %(time)s") % {"time": when}

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if self._publishable() and obj.status == PublicationStatus.PUBLISHED:
            missing = [
                (code, name) for code, name in settings.LANGUAGES if code in missing_languages(obj)
            ]
            if missing:
                messages.warning(
                    request,
                    _(
                        "Published without a translation into %(languages)s: visitors read "
                        "the Latvian text there. It is listed under “Translations to do”."
                    )
                    % {"languages": get_text_list([name for _code, name in missing], _("and"))},
                )


class TranslatedAdmin(
    LatvianAdminMixin,
    PartnerScopedAdminMixin,
    PublishableAdminMixin,
    HistoryAdminMixin,
    TabbedTranslationAdmin,
):
    """The admin of every content model: translation tabs, history, publishing, partner limits."""

    class Media:
        # The rich-text editor's toolbar tooltips in the admin's language (see the script).
        js = ["js/rich-text-tooltips.js"]

    @admin.display(description=_("translations"))
    def translation_status(self, obj):
        missing = set(missing_languages(obj))
        return format_html_join(
            " ",
            '<span class="translation-status translation-status--{}" title="{}">{} {}</span>',
            (
                (
                    "missing" if code in missing else "complete",
                    _("incomplete") if code in missing else _("complete"),
                    code.upper(),
                    "✗" if code in missing else "✓",
                )
                for code, _name in settings.LANGUAGES
            ),
        )
