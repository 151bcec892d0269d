"""The admin in Latvian: each model's name in the case and gender a phrase needs (see
grammar.py), in messages, buttons, inline headings and the delete action. Every admin of the site
gets it, content or not."""

import dataclasses
import json

from django.contrib.admin import helpers
from django.contrib.admin.options import Action, ActionLocation
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.template.response import TemplateResponse
from django.utils.translation import gettext, npgettext, pgettext

from editorial.grammar import latvian_message, noun_for


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


class LatvianWording:
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
