"""The site's public URLs, read from its own sitemap (every public page in both languages)."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client):
    """[(path, {hreflang: path})] for every <url> of /sitemap.xml."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = []
    for url in root.findall("s:url", NS):
        loc = urlsplit(url.find("s:loc", NS).text).path
        alternates = {
            link.get("hreflang"): urlsplit(link.get("href")).path
            for link in url.findall("x:link", NS)
        }
        entries.append((loc, alternates))
    return entries


def sitemap_paths(client):
    return [path for path, _alternates in sitemap_entries(client)]
