"""The RSS 2.0 and Atom feeds, read back with a feed parser as a feed reader would."""

from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone

from tests.factories import PressReleaseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def releases():
    return {
        "both": PressReleaseFactory(
            slug="both", title_lv="Abās valodās", title_en="In both languages"
        ),
        "latvian": PressReleaseFactory(slug="latvian", title_lv="Tikai latviski", title_en=""),
        "draft": PressReleaseFactory(slug="draft", title_en="Draft", status="draft"),
        "future": PressReleaseFactory(
            slug="future", title_en="Future", publish_at=timezone.now() + timedelta(days=1)
        ),
    }


@pytest.mark.parametrize(
    ("path", "version", "language", "titles", "link"),
    [
        ("/lv/jaunumi/rss/", "rss20", "lv", {"Abās valodās", "Tikai latviski"}, "/lv/jaunumi/"),
        ("/lv/jaunumi/atom/", "atom10", "lv", {"Abās valodās", "Tikai latviski"}, "/lv/jaunumi/"),
        ("/en/news/rss/", "rss20", "en", {"In both languages"}, "/en/news/"),
        ("/en/news/atom/", "atom10", "en", {"In both languages"}, "/en/news/"),
    ],
)
def test_feed_parses_and_lists_only_published_items_in_its_language(
    client, releases, path, version, language, titles, link
):
    response = client.get(path)

    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    assert feed.feed.language == language
    assert response["Content-Language"] == language
    assert {entry.title for entry in feed.entries} == titles
    assert feed.feed.link == f"http://testserver{link}"
    for entry in feed.entries:
        assert entry.link.startswith(f"http://testserver{link}")
        assert entry.published_parsed is not None


def test_feed_item_links_to_the_press_release_in_the_feeds_language(client, releases):
    english = feedparser.parse(client.get("/en/news/rss/").content)
    latvian = feedparser.parse(client.get("/lv/jaunumi/atom/").content)

    assert english.entries[0].link == "http://testserver/en/news/both/"
    assert {entry.link for entry in latvian.entries} == {
        "http://testserver/lv/jaunumi/both/",
        "http://testserver/lv/jaunumi/latvian/",
    }
    assert english.entries[0].summary == "A short summary in English."


def test_feed_is_newest_first_and_bounded(client):
    PressReleaseFactory.create_batch(25)

    feed = feedparser.parse(client.get("/en/news/rss/").content)

    dates = [entry.published_parsed for entry in feed.entries]
    assert len(dates) == 20
    assert dates == sorted(dates, reverse=True)


def test_feed_uses_a_fixed_number_of_queries(client, django_assert_num_queries):
    PressReleaseFactory.create_batch(5)

    with django_assert_num_queries(1):
        assert client.get("/en/news/atom/").status_code == 200
