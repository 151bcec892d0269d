"""Every statement traceable: each media item, good practice, partner and meeting page of the demo
names its sources, in both languages, with a link to the source's own site."""

from urllib.parse import urlsplit

import pytest

from tests.decode_portal.sitemap import sitemap_paths
from tests.html import parse

pytestmark = pytest.mark.django_db

# Path words of the pages whose every object must cite its sources (lv and en).
CITING = (
    "/jaunumi/",
    "/news/",
    "/labas-prakses/",
    "/good-practices/",
    "/partneri/",
    "/partners/",
    "/pasakumi/",
    "/events/",
)


def _object_pages(client):
    """The sitemap's pages of one object: a slug after one of the CITING words."""
    pages = []
    for path in sitemap_paths(client):
        for word in CITING:
            rest = path.split(word, 1)[1] if word in path else ""
            if rest.strip("/") and rest.strip("/") not in {"iedzivotaji", "population"}:
                pages.append(path)
                break
    return pages


def test_every_media_item_practice_partner_and_meeting_page_names_its_sources(client, demo):
    pages = _object_pages(client)
    assert {path[:4] for path in pages} == {"/lv/", "/en/"}
    assert len(pages) > 40

    for path in pages:
        page = parse(client.get(path))
        block = page.find("section", class_="sources")
        assert block is not None, path
        heading = page.find("h2", id="sources-title").text
        assert heading == ("Avoti" if path.startswith("/lv/") else "Sources"), path
        links = [a.attrs["href"] for a in page.by_class("sources__link")]
        assert links, path
        for link in links:
            address = urlsplit(link)
            assert address.scheme in {"http", "https"} and address.netloc, (path, link)
            assert "testserver" not in address.netloc, (path, link)  # the source's own site
