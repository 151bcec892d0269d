"""The easy-read page: linked from every page's header, in short sentences and larger type."""

import re

import pytest

from tests.html import parse

EXPECTED_HEADINGS = {
    "/lv/viegli-lasit/": ["Kas bija DeCoDe?", "Ko iesaka plāns?", "Kā sazināties ar domi?"],
    "/en/easy-read/": [
        "What was DeCoDe?",
        "What does the plan propose?",
        "How can I contact the council?",
    ],
}


@pytest.mark.parametrize(
    ("home", "path", "label"),
    [("/lv/", "/lv/viegli-lasit/", "Viegli lasīt"), ("/en/", "/en/easy-read/", "Easy to read")],
)
def test_every_header_links_the_easy_read_page(client, demo, home, path, label):
    for page in (home, path.replace("viegli-lasit", "partneri").replace("easy-read", "partners")):
        link = parse(client.get(page)).find("a", class_="easy-read-link")
        assert (link.attrs["href"], link.text) == (path, label)


@pytest.mark.parametrize(
    ("path", "heading"), [("/lv/viegli-lasit/", "Viegli lasīt"), ("/en/easy-read/", "Easy to read")]
)
def test_the_easy_read_page_says_what_decode_was_what_the_plan_proposes_and_whom_to_contact(
    client, demo, path, heading
):
    document = parse(client.get(path))
    article = document.find("article")
    inside = [element for element in document.elements if article in element.ancestors()]

    assert document.find("h1").text == heading
    assert "page--easy_read" in article.attrs["class"]
    headings = [element.text for element in inside if element.tag == "h2"]
    assert {*EXPECTED_HEADINGS[path]} <= {*headings}
    links = [element.attrs.get("href") for element in inside if element.tag == "a"]
    assert "https://www.daugavpils.lv" in links
    assert document.by_class("sources")


@pytest.mark.parametrize("path", ["/lv/viegli-lasit/", "/en/easy-read/"])
def test_easy_read_sentences_are_short(client, demo, path):
    """One idea a sentence: no sentence of the body is longer than twelve words."""
    body = parse(client.get(path)).by_class("rich-text")[0].text
    sentences = [s for s in re.split(r"(?<=[.:?])\s+", body) if s.strip()]

    assert sentences
    assert max(len(sentence.split()) for sentence in sentences) <= 12
