"""Every public page in both languages, with xhtml:link alternates and x-default.

Domain apps add their sitemaps to ``sitemaps`` from ``decode_portal.urls``' point of view by
being listed here; the project composes the apps, the apps do not know the project.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from actionplan.models import GoodPractice, Theme
from common.i18n import x_default_path
from events.models import MobilityEvent
from funding.models import Grant
from news.models import PressRelease
from pages.models import Page
from partners.models import Partner


class TranslatedSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def get_urls(self, page=1, site=None, protocol=None):
        # Django's x-default strips the language prefix, which suits sites without a prefix
        # for the default language; here every language has one (see x_default_path).
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            alternates = {link["lang_code"]: link for link in url.get("alternates", [])}
            if "x-default" in alternates:
                default = urlsplit(alternates[settings.LANGUAGE_CODE]["location"])
                path = x_default_path(default.path)
                alternates["x-default"]["location"] = urlunsplit(default._replace(path=path))
        return urls


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


class FundingSitemap(TranslatedSitemap):
    priority = 0.6

    def items(self):
        # The page exists (and says so) even before a grant is entered.
        return [Grant.objects.current()]

    def location(self, item):
        return reverse("funding:detail")

    def lastmod(self, item):
        return item.updated if item is not None else None


class PartnerPagesSitemap(TranslatedSitemap):
    """The partners list with its map, and the population comparison."""

    priority = 0.8

    def items(self):
        return ["partners:list", "partners:population"]

    def location(self, item):
        return reverse(item)


class PartnerSitemap(TranslatedSitemap):
    priority = 0.6

    def items(self):
        return Partner.objects.all()

    def lastmod(self, obj):
        return obj.updated


class EventListSitemap(TranslatedSitemap):
    priority = 0.8

    def items(self):
        return ["events:list"]

    def location(self, item):
        return reverse(item)


class EventSitemap(TranslatedSitemap):
    priority = 0.6

    def items(self):
        return MobilityEvent.objects.published().order_by("number")

    def lastmod(self, obj):
        return obj.updated


class NewsSectionSitemap(TranslatedSitemap):
    """The news list and the materials page."""

    priority = 0.7
    changefreq = "weekly"

    def items(self):
        return ["news:list", "news:materials"]

    def location(self, item):
        return reverse(item)


class PressReleaseSitemap(TranslatedSitemap):
    priority = 0.5

    def items(self):
        return PressRelease.objects.published().for_list().order_by("-publish_at", "-pk")

    def lastmod(self, obj):
        return obj.updated


class ActionPlanSitemap(TranslatedSitemap):
    """The plan's overview and its list of good practices (filtered lists are not listed)."""

    priority = 0.9

    def items(self):
        return ["actionplan:overview", "actionplan:practices"]

    def location(self, item):
        return reverse(item)


class ThemeSitemap(TranslatedSitemap):
    priority = 0.8

    def items(self):
        return Theme.objects.all()

    def lastmod(self, obj):
        return obj.updated


class GoodPracticeSitemap(TranslatedSitemap):
    priority = 0.6

    def items(self):
        return GoodPractice.objects.published()

    def lastmod(self, obj):
        return obj.updated


sitemaps = {
    "static": StaticViewSitemap,
    "pages": PageSitemap,
    "funding": FundingSitemap,
    "partners": PartnerPagesSitemap,
    "partner": PartnerSitemap,
    "events": EventListSitemap,
    "event": EventSitemap,
    "news": NewsSectionSitemap,
    "press": PressReleaseSitemap,
    "actionplan": ActionPlanSitemap,
    "actionplan-themes": ThemeSitemap,
    "actionplan-practices": GoodPracticeSitemap,
}
