from django.contrib import admin

from editorial.content_admin import ContentAdmin
from editorial.grammar import FEMININE, MASCULINE, NOUNS, Noun
from tests.contentapp.models import Article, Document, Photo, Practice

# The site's apps have their rows in admin_grammar.NOUNS; the test app adds its own.
NOUNS.update(
    {
        "contentapp.photo": Noun("attēls", "attēlu", "attēli", "attēlus", MASCULINE),
        "contentapp.document": Noun("dokuments", "dokumentu", "dokumenti", "dokumentus", MASCULINE),
        "contentapp.article": Noun("raksts", "rakstu", "raksti", "rakstus", MASCULINE),
        "contentapp.practice": Noun("prakse", "praksi", "prakses", "prakses", FEMININE),
    }
)

admin.site.register(Photo)
admin.site.register(Document)


@admin.register(Article)
class ArticleAdmin(ContentAdmin):
    list_display = ["title", "translation_status", "updated"]
    search_fields = ["title_lv", "title_en"]
    fields = ["slug", "title", "summary", "body", "partners", "status", "publish_at"]
    partner_field = "partners"


@admin.register(Practice)
class PracticeAdmin(ContentAdmin):
    list_display = ["title", "partner", "translation_status"]
    list_select_related = ["partner"]
    fields = ["partner", "title", "body", "status", "publish_at"]
    partner_field = "partner"
