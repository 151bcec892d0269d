from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from editorial.content_admin import ContentAdmin
from editorial.sources import SourceInline
from news.models import PressRelease, Publication, PublicationFile
from search.documents import search_document_columns


@admin.register(PressRelease)
class PressReleaseAdmin(ContentAdmin):
    # The publication column and status filter come from ContentAdmin (Publishable).
    list_display = [
        "title",
        "kind",
        "related_event",
        "translation_status",
        "updated",
    ]
    list_display_links = ["title"]
    list_filter = ["kind", "publish_at", "related_event", "partners"]
    search_fields = [
        "title_lv",
        "title_en",
        "summary_lv",
        "summary_en",
        "sources__publisher",
        "slug",
    ]
    date_hierarchy = "publish_at"
    prepopulated_fields = {"slug": ["title_lv"]}
    filter_horizontal = ["partners"]
    readonly_fields = ["created", "updated"]
    list_select_related = ["related_event"]
    # Partner editors edit the items tagged with their partner.
    partner_field = "partners"
    inlines = [SourceInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "summary", "body"]}),
        (_("Publication"), {"fields": ["status", "publish_at", "date_precision"]}),
        (_("Image"), {"fields": ["image", "image_alt"]}),
        (_("Related"), {"fields": ["related_event", "partners"]}),
        (None, {"fields": ["created", "updated"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).defer(*search_document_columns(PressRelease))


class PublicationFileInline(admin.TabularInline):
    model = PublicationFile
    extra = 0
    fields = ["language", "file", "page_count", "size_bytes", "downloads"]
    readonly_fields = ["page_count", "size_bytes", "downloads"]


@admin.register(Publication)
class PublicationAdmin(ContentAdmin):
    list_display = ["title", "kind", "date", "translation_status", "updated"]
    list_filter = ["kind"]
    search_fields = ["title_lv", "title_en", "slug"]
    prepopulated_fields = {"slug": ["title_lv"]}
    readonly_fields = ["created", "updated"]
    inlines = [PublicationFileInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "date", "description"]}),
        (_("Publication"), {"fields": ["status", "publish_at"]}),
        (_("Original source"), {"fields": ["source_name", "source_url"]}),
        (None, {"fields": ["created", "updated"]}),
    ]
