"""The site's URLs plus the test articles' list, detail page and sitemap (tests only)."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from decode_portal.sitemaps import TranslatedSitemap, sitemaps
from decode_portal.urls import handler404, handler500
from decode_portal.urls import urlpatterns as site_patterns
from tests.contentapp import views
from tests.contentapp.models import Article


class ArticleSitemap(TranslatedSitemap):
    def items(self):
        return Article.objects.published()


article_patterns = (
    [
        path("", views.ArticleList.as_view(), name="list"),
        path("<slug:slug>/", views.ArticleDetail.as_view(), name="detail"),
    ],
    "articles",
)

urlpatterns = [
    path(
        "sitemap.xml",
        sitemap_views.sitemap,
        {"sitemaps": {**sitemaps, "articles": ArticleSitemap}},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    *site_patterns,
    *i18n_patterns(path("articles/", include(article_patterns))),
]

__all__ = ["handler404", "handler500", "urlpatterns"]
