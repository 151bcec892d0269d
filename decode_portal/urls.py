from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy

from decode_portal import security, views
from decode_portal.sitemaps import sitemaps

handler404 = "decode_portal.views.page_not_found"
handler500 = "decode_portal.views.server_error"

pages_patterns = (
    [
        path(pgettext_lazy("URL", "about/"), views.PageView.as_view(key="about"), name="about"),
        path(
            pgettext_lazy("URL", "legal-notice/"),
            views.PageView.as_view(key="legal"),
            name="legal",
        ),
        path(
            pgettext_lazy("URL", "accessibility/"),
            views.PageView.as_view(key="accessibility"),
            name="accessibility",
        ),
        path(
            pgettext_lazy("URL", "privacy/"), views.PageView.as_view(key="privacy"), name="privacy"
        ),
    ],
    "pages",
)

urlpatterns = [
    path("health/", views.health, name="health"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path(
        "sitemap.xml",
        sitemap_views.sitemap,
        {"sitemaps": sitemaps},
        name="django.contrib.sitemaps.views.sitemap",
    ),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("", include(pages_patterns)),
    path("", include("funding.urls")),
    path(pgettext_lazy("URL", "search/"), views.SearchView.as_view(), name="search"),
    path("", include("partners.urls")),
    path("", include("events.urls")),
    path("", include("actionplan.urls")),
    path("", include("news.urls")),
    path("admin/", admin.site.urls),
)

if settings.DEBUG:
    # In production the reverse proxy (or object storage) serves /media/ with the same headers.
    prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [re_path(rf"^{prefix}(?P<path>.*)$", security.serve_media, name="media")]

if settings.BENCH_VIEW:
    # The benchmark's ceiling (bench/): the same middleware, a view that does nothing.
    urlpatterns += [path("bench/bare/", views.bench_bare, name="bench_bare")]
