from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from decode_portal.content.admin import TranslatedAdmin
from partners.models import Partner, PartnerEditor, PopulationFigure


class PopulationFigureInline(TranslationTabularInline):
    model = PopulationFigure
    extra = 0
    fields = [
        "area",
        "area_name",
        "year",
        "reference_date",
        "value",
        "is_estimate",
        "source_name",
        "source_url",
    ]


@admin.register(Partner)
class PartnerAdmin(TranslatedAdmin):
    list_display = ["number", "name", "city", "country", "translation_status", "updated"]
    list_display_links = ["number", "name"]
    search_fields = ["number", "name_lv", "name_en", "native_name", "city_lv", "city_en"]
    prepopulated_fields = {"slug": ["city_lv"]}
    readonly_fields = ["created", "updated"]
    inlines = [PopulationFigureInline]
    # A partner editor edits their own partner's page (and its figures, inline) only; its
    # number and address stay as the lead partner set them.
    partner_field = "pk"
    partner_editor_readonly_fields = ["number", "slug"]
    fieldsets = [
        (None, {"fields": ["number", "name", "native_name", "slug"]}),
        (_("Place"), {"fields": ["city", "country", "latitude", "longitude"]}),
        (_("About"), {"fields": ["summary", "description", "logo"]}),
        (_("Contact"), {"fields": ["website", "email"]}),
        (None, {"fields": ["created", "updated"]}),
    ]


@admin.register(PartnerEditor)
class PartnerEditorAdmin(admin.ModelAdmin):
    """Who may edit which partner's content (add the user to the "Partner editors" group too)."""

    list_display = ["user", "partner"]
    list_select_related = ["user", "partner"]
    autocomplete_fields = ["user"]
