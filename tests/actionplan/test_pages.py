"""The action plan's public pages as a visitor reads them, in both languages."""

from datetime import date

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from actionplan.models import GoodPractice
from common.publishing import PublicationStatus
from tests.factories import (
    ActionPlanFactory,
    ContentsEntryFactory,
    GoodPracticeFactory,
    MobilityEventFactory,
    PartnerFactory,
    PlanDocumentFactory,
    ThemeFactory,
)
from tests.html import parse

pytestmark = pytest.mark.django_db


def url(name, site_language, **kwargs):
    with translation.override(site_language):
        return reverse(f"actionplan:{name}", kwargs=kwargs or None)


def card_titles(document, class_name="practice-card__title"):
    return [element.text for element in document.by_class(class_name)]


def descendants(element, tag):
    """Elements named ``tag`` inside ``element``, in document order."""
    found = []
    for child in element.children:
        if child.tag == tag:
            found.append(child)
        found.extend(descendants(child, tag))
    return found


def test_urls_are_translated_and_keep_language_independent_keys():
    assert url("overview", "lv") == "/lv/ricibas-plans/"
    assert url("overview", "en") == "/en/action-plan/"
    assert url("theme", "lv", number="2.1") == "/lv/ricibas-plans/temas/2.1/"
    assert url("theme", "en", number="2.1") == "/en/action-plan/themes/2.1/"
    assert url("practices", "lv") == "/lv/ricibas-plans/labas-prakses/"
    assert (
        url("practice", "en", slug="senior-card") == "/en/action-plan/good-practices/senior-card/"
    )
    assert (
        url("download", "lv", version="1.0", language="de")
        == "/lv/ricibas-plans/lejupielade/1.0/de.pdf"
    )


@pytest.mark.parametrize(
    ("language", "title", "theme_title"),
    [
        ("lv", "Depopulācijas kontroles rīcības plāns", "2.1 Dzimstība"),
        ("en", "Depopulation Control Action Plan", "2.1 Birth rates"),
    ],
)
def test_overview_shows_plan_themes_and_links_the_practices(
    client, content, language, title, theme_title
):
    document = parse(client.get(url("overview", language)))

    assert document.find("h1").text == title
    assert card_titles(document, "theme-card__title")[0] == theme_title
    counts = [element.text for element in document.by_class("theme-card__counts")]
    if language == "en":
        assert counts == [
            "2 measures · 2 good practices",
            "Measures in the official edition · 2 good practices",
        ]
        practices = document.find("section", id="practices")
        assert "Good practices presented at DeCoDe meetings" in practices.text
        assert "No source confirms that these are the practices printed in the plan." in (
            practices.text
        )
    links = [a.attrs["href"] for a in descendants(document.find("section", id="practices"), "a")]
    assert links == [url("practices", language)]


@pytest.mark.parametrize(
    ("language", "pages", "summary"),
    [
        ("en", ["p. 3", "p. 6", ""], "The portal's summary"),
        ("lv", ["3. lpp.", "6. lpp.", ""], "Portāla kopsavilkums"),
    ],
)
def test_overview_shows_the_official_contents_apart_from_the_portals_summary(
    client, content, plan, language, pages, summary
):
    ContentsEntryFactory(plan=plan, number="1", title_en="Study", title_lv="Pētījums", page=3)
    ContentsEntryFactory(plan=plan, number="2.1", title_en="Births", title_lv="Dzimstība", page=6)
    ContentsEntryFactory(plan=plan, number="", title_en="Annex", title_lv="Pielikums", page=None)

    document = parse(client.get(url("overview", language)))

    entries = document.by_class("official-contents__entry")
    assert [e.text.split(" ", 1)[0] for e in entries[:2]] == ["1", "2.1"]
    assert [
        (page[0].text if page else "")
        for page in (
            [d for d in descendants(e, "span") if d.attrs.get("class") == "official-contents__page"]
            for e in entries
        )
    ] == pages
    # A line whose number is a theme's leads to the theme's page.
    assert [a.attrs["href"] for a in descendants(entries[1], "a")] == [
        url("theme", language, number="2.1")
    ]
    assert descendants(entries[0], "a") == []
    summary_section = document.find("section", id="summary")
    assert descendants(summary_section, "h2")[0].text == summary
    # The portal's own text is not headed with the plan's section numbers.
    assert [h3.text[0].isdigit() for h3 in descendants(summary_section, "h3")] == [False] * 3


def test_overview_says_the_official_file_is_missing_until_one_is_uploaded(
    client, content, plan, english
):
    ContentsEntryFactory(plan=plan)
    PlanDocumentFactory(plan=plan, language="en", source="generated")

    before = parse(client.get(url("overview", "en")))
    PlanDocumentFactory(plan=plan, language="lv")
    after = parse(client.get(url("overview", "en")))

    missing = "its total number of pages is not established"
    assert missing in before.find("section", id="official-contents").text
    assert missing not in after.find("section", id="official-contents").text
    assert "The official edition is not on this portal yet." in (
        before.find("section", id="downloads").text
    )


def test_overview_without_contents_shows_no_contents_section(client, content, english):
    document = parse(client.get(url("overview", "en")))

    assert document.find("section", id="official-contents") is None


def test_practice_filter_offers_only_sections_with_practices(client, content, english):
    document = parse(client.get(url("practices", "en")))
    offered = [
        option.attrs["value"]
        for option in document.find_all("option")
        if option.parent.attrs.get("name") == "section"
    ]
    # A section that holds none yet is not offered, but asking for it is no error.
    empty = parse(client.get(url("practices", "en") + "?section=4.1"))

    assert offered == ["", "4.3", "4.4"]
    assert card_titles(empty) == []
    assert "There is no section" not in empty.by_class("practice-results")[0].text


def test_overview_without_published_plan_says_so(client, db, english):
    ActionPlanFactory(is_published=False)

    document = parse(client.get(url("overview", "en")))

    assert document.find("h1").text == "Depopulation Control Action Plan"
    assert "The plan has not been published on this site yet." in document.text


def test_overview_shows_newest_published_edition_and_lists_earlier_ones(client, db, english):
    ActionPlanFactory(version="1.0", title_en="First plan", publication_date="2019-11-15")
    PlanDocumentFactory(plan__version="1.0", language="en")
    ActionPlanFactory(version="2.0", title_en="Second plan", publication_date="2021-01-10")
    ActionPlanFactory(
        version="3.0", title_en="Draft plan", publication_date="2022-01-10", is_published=False
    )

    document = parse(client.get(url("overview", "en")))

    assert document.find("h1").text == "Second plan"
    earlier = document.find("section", id="earlier-editions")
    assert "First plan 1.0" in earlier.text
    links = [a.attrs["href"] for a in descendants(earlier, "a")]
    assert links == ["/en/action-plan/download/1.0/en.pdf"]


def test_downloads_box_lists_each_language_with_size_pages_and_date(client, plan, english):
    PlanDocumentFactory(plan=plan, language="en")
    PlanDocumentFactory(plan=plan, language="de")
    PlanDocumentFactory(plan=plan, language="lv")

    document = parse(client.get(url("overview", "en")))

    box = document.find("section", id="downloads")
    links = [
        a.attrs["href"]
        for a in document.find_all("a")
        if "plan-downloads__link" in a.attrs.get("class", "")
    ]
    # The reader's language first, then the site's others in their order.
    assert links == [
        "/en/action-plan/download/1.0/en.pdf",
        "/en/action-plan/download/1.0/lv.pdf",
        "/en/action-plan/download/1.0/de.pdf",
    ]
    names = [element.text for element in document.by_class("plan-downloads__language")]
    assert names == ["English", "latviešu", "Deutsch"]
    assert [e.attrs["lang"] for e in document.by_class("plan-downloads__language")] == [
        "en",
        "lv",
        "de",
    ]
    meta = document.by_class("plan-downloads__meta")[0].text
    assert meta.startswith("PDF, 2 pages, ")
    notes = [element.text for element in document.by_class("plan-downloads__note")]
    assert notes == ["Official edition"] * 3
    assert "Edition 1.0" not in box.text


NOTE = "plan-downloads__note"


def test_downloads_box_offers_the_official_edition_before_the_portals_summaries(
    client, plan, english
):
    PlanDocumentFactory(plan=plan, language="lv", source="generated")
    PlanDocumentFactory(plan=plan, language="en", source="generated")
    PlanDocumentFactory(plan=plan, language="de")

    document = parse(client.get(url("overview", "en")))

    def notes(item):
        return [n.text for n in descendants(item, "span") if n.attrs.get("class") == NOTE]

    items = [
        (descendants(item, "a")[0].attrs["href"].rsplit("/", 1)[1], notes(item))
        for item in document.by_class("plan-downloads__item")
    ]
    summary = "Summary of the portal's pages, not the official plan"
    assert items == [
        ("de.pdf", ["Official edition"]),
        ("en.pdf", [summary]),
        ("lv.pdf", [summary]),
    ]
    assert document.find("h2", id="downloads-title").text == "Download the action plan"


def test_downloads_box_appears_on_every_plan_page(client, content):
    PlanDocumentFactory(plan=ActionPlanFactory(version="1.0"), language="lv")
    pages = [
        url("overview", "lv"),
        url("theme", "lv", number="2.1"),
        url("practices", "lv"),
        url("practice", "lv", slug="senior-card"),
    ]
    for path in pages:
        document = parse(client.get(path))
        assert document.find("section", id="downloads") is not None, path
        assert document.by_class("plan-downloads__link")[0].attrs["href"] == (
            "/lv/ricibas-plans/lejupielade/1.0/lv.pdf"
        )


def test_theme_page_lists_measures_with_their_facts(client, content, english):
    document = parse(client.get(url("theme", "en", number="2.1")))

    assert document.find("h1").text == "2.1 Birth rates"
    measures = document.by_class("measure")
    assert [descendants(m, "h3")[0].text for m in measures] == ["Baby box", "Kindergarten places"]
    facts = [
        fact.text
        for fact in descendants(measures[1], "div")
        if "measure__fact" in fact.attrs.get("class", "")
    ]
    assert facts == [
        "Target group families with children",
        "Responsible level National",
        "Time frame 2020–2022",
        "Expected result More families stay in the city.",
    ]
    assert measures[0].attrs["id"] == f"measure-{content['births'].measures.first().pk}"
    assert card_titles(document) == ["Welcome desk", "Senior Card"]


def test_theme_without_measures_says_where_they_are(client, content, english):
    document = parse(client.get(url("theme", "en", number="2.3")))

    notice = document.find("section", id="measures").text
    assert "set out in the official edition of the plan (its pages 12–14)" in notice
    assert "the summary of its pages offered as a PDF file does not contain them either" in notice
    assert document.by_class("measure") == []


def test_theme_page_links_previous_and_next_theme(client, content, english):
    document = parse(client.get(url("theme", "en", number="2.3")))

    previous = document.find("a", rel="prev")
    assert previous.attrs["href"] == "/en/action-plan/themes/2.1/"
    assert document.find("a", rel="next") is None


@pytest.mark.parametrize("number", ["9.9", "2.1.7"])
def test_unknown_theme_is_not_found(client, content, number):
    assert client.get(url("theme", "en", number=number)).status_code == 404


def test_theme_address_that_is_not_a_number_is_not_found(client, content):
    assert client.get("/en/action-plan/themes/two/").status_code == 404


def test_practice_list_shows_all_published_practices(client, content, english):
    GoodPracticeFactory(slug="draft", title_en="Draft practice", status=PublicationStatus.DRAFT)

    document = parse(client.get(url("practices", "en")))

    # In the plan's order: section 4.3 (abroad) before 4.4 (partner cities).
    assert card_titles(document) == ["Welcome desk", "Senior Card", "I Choose Lithuania"]
    assert document.by_class("practice-results__count")[0].text == "3 good practices"


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("theme=2.1", ["Welcome desk", "Senior Card"]),
        ("theme=2.3", ["Welcome desk", "I Choose Lithuania"]),
        ("city=kaunas", ["I Choose Lithuania"]),
        ("city=lodzkie&theme=2.1", ["Senior Card"]),
        ("section=4.3", ["Welcome desk"]),
        ("theme=&city=&section=", ["Welcome desk", "Senior Card", "I Choose Lithuania"]),
    ],
)
def test_practice_list_filters(client, content, english, query, titles):
    document = parse(client.get(url("practices", "en") + "?" + query))

    assert card_titles(document) == titles


def test_practice_list_names_the_filters_in_use(client, content, english):
    document = parse(client.get(url("practices", "en") + "?theme=2.3&city=kaunas"))

    chosen = [e.text for e in document.by_class("practice-results__filter")]
    assert chosen == ["Theme: 2.3 Remigration", "Partner city: Kaunas"]


@pytest.mark.parametrize(
    ("language", "query", "title"),
    [
        ("lv", "", "Labās prakses · Rīcības plāns · DeCoDe"),
        ("lv", "?city=kaunas", "Labās prakses (Kauņa) · Rīcības plāns · DeCoDe"),
        (
            "en",
            "?theme=2.3&city=kaunas",
            "Good practices (2.3 Remigration; Kaunas) · Action plan · DeCoDe",
        ),
        ("en", "?theme=9.9", "Good practices (filtered) · Action plan · DeCoDe"),
    ],
)
def test_practice_list_title_names_the_filters_in_use(client, content, language, query, title):
    document = parse(client.get(url("practices", language) + query))

    assert document.find("title").text == title


def test_practice_filter_form_offers_themes_and_contributing_cities(client, content):
    document = parse(client.get(url("practices", "lv") + "?theme=2.3"))

    theme_options = document.find("select", name="theme").children
    assert [(o.attrs["value"], o.text) for o in theme_options] == [
        ("", "Visas tēmas"),
        ("2.1", "2.1 Dzimstība"),
        ("2.3", "2.3 Remigrācija"),
    ]
    assert ["selected" in o.attrs for o in theme_options] == [False, False, True]
    city_options = document.find("select", name="city").children
    assert [(o.attrs["value"], o.text) for o in city_options] == [
        ("", "Visas pilsētas"),
        ("kaunas", "Kauņa"),
        ("lodzkie", "Lodza"),
    ]
    assert document.find("form").attrs["method"] == "get"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("theme=9.9", "There is no theme “9.9” in the plan."),
        ("city=atlantis", "No partner city “atlantis” has contributed good practices."),
        ("section=7", "“7” is not one of the choices."),
        ("theme=<script>", "There is no theme “<script>” in the plan."),
    ],
)
def test_practice_list_with_unknown_filter_value_shows_message_and_nothing(
    client, content, english, query, message
):
    response = client.get(url("practices", "en") + "?" + query)

    assert response.status_code == 200
    document = parse(response)
    assert card_titles(document) == []
    assert message in document.by_class("practice-results")[0].text
    assert b"<script>" not in response.content.split(b"<body>")[1].split(b"</main>")[0]


def test_practice_list_with_no_match_says_so(client, content, english):
    document = parse(client.get(url("practices", "en") + "?city=kaunas&theme=2.1"))

    assert card_titles(document) == []
    assert "No good practice matches this choice." in document.text


def test_practice_list_pages_keep_the_filter(client, plan, lodz, english):
    theme = ThemeFactory(number="2.2")
    GoodPracticeFactory.create_batch(25, partner=lodz, themes=[theme])

    document = parse(client.get(url("practices", "en") + "?theme=2.2"))

    assert len(card_titles(document)) == 20
    assert document.find("a", rel="next").attrs["href"] == "?theme=2.2&page=2"
    second = parse(client.get(url("practices", "en") + "?theme=2.2&page=2"))
    assert len(card_titles(second)) == 5
    assert second.find("a", rel="prev").attrs["href"] == "?theme=2.2"
    current = second.find("li", aria_current="page")
    assert current.text == "Page 2 of 2"


def test_practice_list_page_out_of_range_is_not_found(client, content):
    assert client.get(url("practices", "en") + "?page=99").status_code == 404


def test_practice_page_shows_origin_themes_meeting_and_transfer_note(client, content, english):
    meeting = MobilityEventFactory(
        slug="lodz-2019", host=content["senior"].partner, start_date=date(2019, 5, 28)
    )
    GoodPractice.objects.filter(pk=content["senior"].pk).update(event=meeting)

    document = parse(client.get(url("practice", "en", slug="senior-card")))

    assert document.find("h1").text == "Senior Card"
    facts = {
        descendants(fact, "dt")[0].text: descendants(fact, "dd")[0].text
        for fact in document.by_class("practice__fact")
    }
    place = facts["Place"]  # tests/html.py reads an element's own text before its children's
    assert "Łódź" in place
    assert "Poland" in place
    assert facts["Themes of the plan"] == "2.1 Birth rates"
    assert facts["Where it comes from"] == "In the partner cities and regions"
    presented = document.by_class("practice__presented")[0]
    assert presented.text == "Presented at the DeCoDe meeting in Łódź, May 2019"
    assert descendants(presented, "a")[0].attrs["href"] == "/en/events/lodz-2019/"
    headings = [h2.text for h2 in document.find_all("h2")]
    assert "What it would take to transfer it" in headings


def test_practice_page_without_meeting_themes_or_transfer_note_shows_none_of_them(
    client, plan, lodz, english
):
    GoodPracticeFactory(slug="bare", partner=lodz, transfer_note_lv="", transfer_note_en="")

    document = parse(client.get(url("practice", "en", slug="bare")))

    assert document.by_class("practice__presented") == []
    assert document.by_class("practice__transfer") == []
    dts = [descendants(fact, "dt")[0].text for fact in document.by_class("practice__fact")]
    assert "Themes of the plan" not in dts


def test_practice_card_names_the_meeting_without_a_second_link(client, content, english):
    meeting = MobilityEventFactory(host=content["returning"].partner, start_date=date(2018, 10, 9))
    GoodPractice.objects.filter(pk=content["returning"].pk).update(event=meeting)

    document = parse(client.get(url("practices", "en")))

    lines = [element.text for element in document.by_class("practice-card__meeting")]
    assert lines == ["Presented at the DeCoDe meeting in Kaunas, October 2018"]
    assert descendants(document.by_class("practice-card__meeting")[0], "a") == []


def test_practice_list_is_headed_as_practices_presented_at_meetings(client, content):
    for language, heading in (
        ("en", "Good practices presented at DeCoDe meetings"),
        ("lv", "Labās prakses, kas prezentētas DeCoDe tikšanās reizēs"),
    ):
        document = parse(client.get(url("practices", language)))
        assert document.find("h1").text == heading
        assert document.by_class("plan-page__kicker") == []


def test_practice_filter_leaves_out_themes_no_practice_is_linked_to(client, plan, lodz, english):
    ThemeFactory(number="2.1", title_en="Births")
    linked = ThemeFactory(number="2.3", title_en="Return")
    GoodPracticeFactory(slug="unlinked", partner=lodz, title_en="Unlinked")

    without = parse(client.get(url("practices", "en")))
    GoodPracticeFactory(slug="linked", partner=lodz, title_en="Linked", themes=[linked])
    with_one = parse(client.get(url("practices", "en")))
    asked = parse(client.get(url("practices", "en") + "?theme=2.1"))

    assert without.find("select", name="theme") is None
    assert card_titles(without) == ["Unlinked"]
    options = [o.attrs["value"] for o in with_one.find("select", name="theme").children]
    assert options == ["", "2.3"]
    # A real theme with no practice is no error, only an empty list.
    assert card_titles(asked) == []
    assert "No good practice matches this choice." in asked.text


def test_practice_page_links_its_partner_page_when_partners_have_pages(client, content, english):
    document = parse(client.get(url("practice", "en", slug="senior-card")))
    contributed = document.by_class("practice__fact")[0]

    partner_url = content["senior"].partner.get_absolute_url()
    assert descendants(contributed, "a")[0].attrs["href"] == partner_url


def test_practice_from_a_country_without_partner_names_the_country(client, content, english):
    document = parse(client.get(url("practice", "en", slug="swedish-welcome")))

    facts = [fact.text for fact in document.by_class("practice__fact")]
    assert facts[0] == "Country Sweden"
    assert not any(fact.startswith("Contributed by") for fact in facts)


def test_unpublished_or_unknown_practice_is_not_found(client, content):
    GoodPracticeFactory(slug="draft", status=PublicationStatus.DRAFT)

    assert client.get(url("practice", "en", slug="draft")).status_code == 404
    assert client.get(url("practice", "en", slug="nav-tadas")).status_code == 404


def test_missing_english_falls_back_to_latvian_marked_lang_lv(client, content):
    GoodPracticeFactory(slug="only-latvian", title_lv="Tikai latviski", title_en="")

    document = parse(client.get(url("practice", "en", slug="only-latvian")))

    h1 = document.find("h1")
    assert h1.text == "Tikai latviski"
    assert h1.attrs["lang"] == "lv"
    assert document.by_class("translation-notice")


def test_switcher_leads_to_the_twin_page(client, content):
    document = parse(client.get(url("theme", "lv", number="2.1")))

    switcher = {
        link.attrs["hreflang"]: link.attrs["href"]
        for link in document.by_class("language-switcher__link")
    }
    assert len(switcher) == 9
    assert switcher["lv"] == "/lv/ricibas-plans/temas/2.1/"
    assert switcher["en"] == "/en/action-plan/themes/2.1/"
    assert switcher["de"] == "/de/aktionsplan/themen/2.1/"

    filtered = parse(client.get(url("practices", "lv") + "?city=kaunas"))
    switcher = {
        link.attrs["hreflang"]: link.attrs["href"]
        for link in filtered.by_class("language-switcher__link")
    }
    assert switcher["en"] == "/en/action-plan/good-practices/?city=kaunas"


def test_partner_include_lists_published_practices_with_links(content, lodz, english):
    GoodPracticeFactory(
        slug="hidden", partner=lodz, title_en="Hidden", status=PublicationStatus.DRAFT
    )

    document = parse(
        render_to_string(
            "actionplan/includes/partner_practices.html",
            {"partner": lodz, "practices": lodz.good_practices.for_partner_page()},
        )
    )

    assert document.find("h2").text == "Good practices contributed"
    links = [(a.text, a.attrs["href"]) for a in document.by_class("partner-practices__link")]
    assert links == [("Senior Card", "/en/action-plan/good-practices/senior-card/")]
    assert (
        document.find_all("a")[-1].attrs["href"] == "/en/action-plan/good-practices/?city=lodzkie"
    )


def test_partner_include_renders_nothing_without_practices(db, english):
    partner = PartnerFactory(number="PP7")

    html = render_to_string(
        "actionplan/includes/partner_practices.html",
        {"partner": partner, "practices": partner.good_practices.for_partner_page()},
    )

    assert html.strip() == ""


def test_partner_page_lists_the_practices_the_partner_contributed(client, content, lodz, english):
    GoodPracticeFactory(
        slug="hidden", partner=lodz, title_en="Hidden", status=PublicationStatus.DRAFT
    )

    document = parse(client.get(lodz.get_absolute_url()))

    links = [(a.text, a.attrs["href"]) for a in document.by_class("partner-practices__link")]
    assert links == [("Senior Card", "/en/action-plan/good-practices/senior-card/")]
