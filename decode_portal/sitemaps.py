"""Every public page in both languages, with xhtml:link alternates and x-default.

Domain apps add their sitemaps to ``sitemaps`` from ``decode_portal.urls``' point of view by
being listed here; the project composes the apps, the apps do not know the project.
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from decode_portal.models import Page


class TranslatedSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class StaticViewSitemap(TranslatedSitemap):
    priority = 1.0

    def items(self):
        return ["home"]

    def location(self, item):
        return reverse(item)


class PageSitemap(TranslatedSitemap):
    priority = 0.5

    def items(self):
        return Page.objects.order_by("key")

    def lastmod(self, obj):
        return obj.updated


sitemaps = {"static": StaticViewSitemap, "pages": PageSitemap}
