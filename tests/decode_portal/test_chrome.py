"""The header, menu and footer are rendered once per process and language, then reused."""

from django.core.cache import caches
from django.core.cache.utils import make_template_fragment_key

from tests.html import parse


def _current_menu_item(document):
    return [
        a.text for a in document.find_all("a", class_="main-nav__link") if "aria-current" in a.attrs
    ]


def _kept(name, *vary_on):
    return caches["template_fragments"].get(make_template_fragment_key(name, vary_on))


def test_pages_are_the_same_whether_the_frame_is_rendered_or_reused(client, demo):
    assert _kept("footer", "lv") is None
    first = client.get("/lv/par-projektu/").content.decode()

    footer = _kept("footer", "lv")
    assert footer.startswith('<footer class="site-footer">') and footer in first
    assert _kept("footer", "en") is None  # each language its own
    assert client.get("/lv/par-projektu/").content.decode() == first


def test_the_menu_marks_each_pages_own_section(client, demo):
    assert _current_menu_item(parse(client.get("/lv/partneri/"))) == ["Partneri"]
    assert _current_menu_item(parse(client.get("/lv/jaunumi/"))) == ["Projekts medijos"]
    assert _current_menu_item(parse(client.get("/lv/partneri/daugavpils/"))) == ["Partneri"]
    assert _current_menu_item(parse(client.get("/lv/par-projektu/"))) == ["Par projektu"]


def test_each_language_keeps_its_own_frame(client, demo):
    client.get("/lv/")
    footer = parse(client.get("/en/about/")).find("footer")
    assert "Financed by the European Union programme “Europe for Citizens”" in footer.text
    assert parse(client.get("/lv/")).find("html").attrs["lang"] == "lv"
    assert "Finansē Eiropas Savienības programma" in parse(client.get("/lv/")).find("footer").text


def test_the_header_search_box_shows_the_query_of_a_search(client, demo):
    client.get("/lv/")  # the header without a query is now kept
    searched = parse(client.get("/lv/meklet/", {"q": "Daugavpils"}))
    assert searched.find("input", id="site-search-q").attrs["value"] == "Daugavpils"
    assert parse(client.get("/lv/")).find("input", id="site-search-q").attrs["value"] == ""
