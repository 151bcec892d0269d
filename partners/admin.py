from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django_countries.filters import CountryFilter
from modeltranslation.admin import TranslationTabularInline

from editorial.content_admin import ContentAdmin
from editorial.sources import SourceInline
from partners.models import Partner, PartnerEditor, PopulationFigure

THUMBNAIL_HEIGHT = 32


class PopulationFigureInline(TranslationTabularInline):
    """A partner's population figures, edited with the partner.

    A second figure for the same area and year is refused by the formset (and, should two
    editors race, by the database constraint) with a message, never an error page.
    """

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
class PartnerAdmin(ContentAdmin):
    list_display = [
        "number",
        "name",
        "city",
        "country",
        "translation_status",
        "logo_thumbnail",
        "updated",
    ]
    list_display_links = ["number", "name"]
    list_filter = [("country", CountryFilter)]  # only the countries partners are in
    search_fields = [
        "number",
        "name_lv",
        "name_en",
        "native_name",
        "city_lv",
        "city_en",
        "slug",
    ]
    prepopulated_fields = {"slug": ["city_lv"]}
    readonly_fields = ["created", "updated"]
    inlines = [PopulationFigureInline, SourceInline]
    # A partner editor edits their own partner's page (and its figures, inline) only; its
    # number and address stay as the lead partner set them.
    partner_field = "pk"
    partner_editor_readonly_fields = ["number", "slug"]
    fieldsets = [
        (None, {"fields": ["number", "name", "native_name", "native_name_language", "slug"]}),
        (_("Place"), {"fields": ["city", "country", "latitude", "longitude"]}),
        (_("Text and logo"), {"fields": ["summary", "description", "logo"]}),
        (_("Contact"), {"fields": ["website", "email"]}),
        (None, {"fields": ["created", "updated"]}),
    ]

    @admin.display(description=_("logo"))
    def logo_thumbnail(self, obj):
        if not obj.logo:
            return "—"
        if not (obj.logo_width and obj.logo_height):
            return format_html('<img src="{}" alt="" height="{}">', obj.logo.url, THUMBNAIL_HEIGHT)
        return format_html(
            '<img src="{}" alt="" height="{}" width="{}">',
            obj.logo.url,
            THUMBNAIL_HEIGHT,
            round(obj.logo_width * THUMBNAIL_HEIGHT / obj.logo_height),
        )


@admin.register(PartnerEditor)
class PartnerEditorAdmin(admin.ModelAdmin):
    """Who may edit which partner's content (add the user to the "Partner editors" group too)."""

    list_display = ["user", "partner"]
    list_select_related = ["user", "partner"]
    autocomplete_fields = ["user"]
