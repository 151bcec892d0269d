from django.contrib import admin

from editorial.content_admin import ContentAdmin
from editorial.sources import SourceInline
from pages.models import Page


@admin.register(Page)
class PageAdmin(ContentAdmin):
    list_display = ["title", "key", "translation_status", "updated"]
    search_fields = ["title_lv", "title_en", "body_lv", "body_en"]
    readonly_fields = ["created", "updated"]
    fields = ["key", "title", "summary", "body", "created", "updated"]
    inlines = [SourceInline]

    def get_readonly_fields(self, request, obj=None):
        # A page's key decides its URL: fixed once the page exists.
        return [*self.readonly_fields, "key"] if obj else self.readonly_fields

    def has_delete_permission(self, request, obj=None):
        # The standing pages are linked from every page footer: they are edited, not deleted.
        return False
