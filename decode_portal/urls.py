from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy

from decode_portal import views
from decode_portal.sitemaps import sitemaps
from operations import security
from search.views import SearchView

handler404 = "decode_portal.views.page_not_found"
handler500 = "decode_portal.views.server_error"

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
    path("", include("pages.urls")),
    path("", include("funding.urls")),
    path(pgettext_lazy("URL", "search/"), SearchView.as_view(), name="search"),
    path("", include("partners.urls")),
    path("", include("events.urls")),
    path("", include("actionplan.urls")),
    path("", include("news.urls")),
    re_path(
        r"^admin/decode_portal/(?:(?P<model>[a-z]+)/(?P<rest>.*))?$",
        views.moved_admin,
        name="moved_admin",
    ),
    path("admin/", admin.site.urls),
)

if settings.DEBUG:
    # In production the reverse proxy (or object storage) serves /media/ with the same headers.
    prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [re_path(rf"^{prefix}(?P<path>.*)$", security.serve_media, name="media")]

if settings.BENCH_VIEW:
    # The benchmark's ceiling (bench/): the same middleware, a view that does nothing.
    urlpatterns += [path("bench/bare/", views.bench_bare, name="bench_bare")]
