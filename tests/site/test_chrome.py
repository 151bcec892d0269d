"""The header, menu and footer are rendered once per process and language, then reused."""

import pytest
from django.template import Context, Template, TemplateSyntaxError

from decode_portal.templatetags import chrome
from tests.html import parse


@pytest.fixture
def fresh_chrome():
    chrome.forget()
    yield
    chrome.forget()


def _current_menu_item(document):
    return [
        a.text for a in document.find_all("a", class_="main-nav__link") if "aria-current" in a.attrs
    ]


def test_pages_are_the_same_whether_the_frame_is_rendered_or_reused(client, demo, fresh_chrome):
    first = client.get("/lv/par-projektu/").content
    assert chrome._rendered  # the frame is now kept
    assert client.get("/lv/par-projektu/").content == first


def test_the_menu_marks_each_pages_own_section(client, demo, fresh_chrome):
    assert _current_menu_item(parse(client.get("/lv/partneri/"))) == ["Partneri"]
    assert _current_menu_item(parse(client.get("/lv/jaunumi/"))) == ["Jaunumi"]
    assert _current_menu_item(parse(client.get("/lv/partneri/daugavpils/"))) == ["Partneri"]
    assert _current_menu_item(parse(client.get("/lv/par-projektu/"))) == ["Par projektu"]


def test_each_language_keeps_its_own_frame(client, demo, fresh_chrome):
    client.get("/lv/")
    footer = parse(client.get("/en/about/")).find("footer")
    assert "With the support of the Europe for Citizens Programme" in footer.text
    assert parse(client.get("/lv/")).find("html").attrs["lang"] == "lv"
    assert "Ar Eiropas Savienības programmas" in parse(client.get("/lv/")).find("footer").text


def test_the_header_search_box_shows_the_query_of_a_search(client, demo, fresh_chrome):
    client.get("/lv/")  # the header without a query is now kept
    searched = parse(client.get("/lv/meklet/", {"q": "Daugavpils"}))
    assert searched.find("input", id="site-search-q").attrs["value"] == "Daugavpils"
    assert parse(client.get("/lv/")).find("input", id="site-search-q").attrs["value"] == ""


def test_nothing_is_kept_with_debug_on(settings, fresh_chrome):
    settings.DEBUG = True
    template = Template('{% load chrome %}{% chrome "part" %}{{ n }}{% endchrome %}')
    assert template.render(Context({"n": 1})) == "1"
    assert template.render(Context({"n": 2})) == "2"


def test_a_part_is_kept_per_extra_value(fresh_chrome):
    template = Template(
        '{% load chrome %}{% chrome "part" section %}{{ section }} {{ n }}{% endchrome %}'
    )
    assert template.render(Context({"section": "a", "n": 1})) == "a 1"
    assert template.render(Context({"section": "a", "n": 2})) == "a 1"
    assert template.render(Context({"section": "b", "n": 3})) == "b 3"


def test_a_block_inside_is_refused():
    with pytest.raises(TemplateSyntaxError):
        Template('{% load chrome %}{% chrome "part" %}{% block x %}{% endblock %}{% endchrome %}')
