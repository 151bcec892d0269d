from django import forms
from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from common.formatting import format_date_range
from editorial.content_admin import ContentAdmin
from editorial.sources import SourceInline
from events.models import EventDocument, EventPhoto, MobilityEvent, ProgrammeItem


class ProgrammeItemInline(TranslationTabularInline):
    model = ProgrammeItem
    extra = 0
    fields = ["day", "start_time", "end_time", "title", "speaker", "details", "order"]
    formfield_overrides = {
        # A short text box keeps the programme table readable.
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 30})},
    }


class EventPhotoInline(TranslationStackedInline):
    model = EventPhoto
    extra = 0
    fields = ["image", "preview", "alt_text", "caption", "credit", "order"]
    readonly_fields = ["preview"]

    @admin.display(description=_("preview"))
    def preview(self, obj):
        if not obj.pk or not obj.image:
            return "—"
        small = obj.renditions("jpeg")[0]
        return format_html(
            '<img src="{}" width="{}" height="{}" alt="" class="event-photo-preview">',
            small.url,
            small.width,
            small.height,
        )


class EventDocumentInline(TranslationStackedInline):
    model = EventDocument
    extra = 0
    fields = ["title", "file", "language", "order"]


class EventStatusFilter(admin.SimpleListFilter):
    """Upcoming or past, read from the dates on the day the list is shown."""

    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [("upcoming", _("upcoming or running")), ("past", _("past"))]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "upcoming":
            return queryset.filter(end_date__gte=today)
        if self.value() == "past":
            return queryset.filter(end_date__lt=today)
        return queryset


@admin.register(MobilityEvent)
class MobilityEventAdmin(ContentAdmin):
    list_display = [
        "number",
        "title",
        "dates",
        "host",
        "kind",
        "translation_status",
        "photo_count",
    ]
    list_display_links = ["number", "title"]
    list_filter = [EventStatusFilter, ("start_date", admin.DateFieldListFilter), "kind", "host"]
    list_select_related = ["host"]
    date_hierarchy = "start_date"
    search_fields = ["title_lv", "title_en", "theme_lv", "theme_en", "slug"]
    ordering = ["number"]
    prepopulated_fields = {"slug": ["title_lv"]}
    readonly_fields = ["created", "updated"]
    inlines = [ProgrammeItemInline, EventPhotoInline, EventDocumentInline, SourceInline]
    fieldsets = [
        (None, {"fields": ["number", "title", "slug", "kind", "theme"]}),
        (_("When and where"), {"fields": ["start_date", "end_date", "host", "venue"]}),
        (
            _("About the meeting"),
            {"fields": ["summary", "description", "outcomes", "participants"]},
        ),
        (None, {"fields": ["created", "updated"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(photo_total=Count("photos"))

    @admin.display(description=_("dates"), ordering="start_date")
    def dates(self, obj):
        return format_date_range(obj.start_date, obj.end_date)

    @admin.display(description=_("photos"), ordering="photo_total")
    def photo_count(self, obj):
        return obj.photo_total
