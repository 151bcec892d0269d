"""RSS 2.0 and Atom feeds of the "In the media" items, one pair per site language.

A feed in a language lists only the items written in it (with their own title in that
language): a feed reader set to English gets no Latvian items.
"""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from news.models import PressRelease

FEED_ITEMS = 20


class PressReleaseFeed(Feed):
    feed_type = Rss201rev2Feed
    title = _("DeCoDe in the media")
    description = _(
        "News of the DeCoDe network of European regional centres working against depopulation."
    )

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        response["Content-Language"] = get_language()
        return response

    def link(self):
        return reverse("news:list")

    def feed_url(self):
        return reverse("news:rss")

    def items(self):
        return (
            PressRelease.objects.published()
            .translated_into(get_language())
            .for_list()
            .order_by("-publish_at", "-pk")[:FEED_ITEMS]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return max(item.updated, item.publish_at)

    def item_guid(self, item):
        # Stable across edits and title changes, different per language.
        return f"decode-press-{item.pk}-{get_language()}"

    item_guid_is_permalink = False

    def item_categories(self, item):
        return [item.related_event.title] if item.related_event_id else []


class PressReleaseAtomFeed(PressReleaseFeed):
    feed_type = Atom1Feed
    subtitle = PressReleaseFeed.description

    def feed_url(self):
        return reverse("news:atom")
