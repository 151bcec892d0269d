"""The funding page: figures that add up, in each language's format, in fixed queries."""

import datetime
from decimal import Decimal

import pytest
from django.utils import translation

from funding.models import Grant, Instalment
from tests.factories import GrantFactory, InstalmentFactory, PreFinancingFactory
from tests.html import parse

pytestmark = pytest.mark.django_db


def cells(table):
    """[[cell text, ...], ...] for each row of a parsed table."""
    rows = []

    def walk(element):
        for child in element.children:
            if child.tag == "tr":
                rows.append([c.text for c in child.children if c.tag in ("th", "td")])
            else:
                walk(child)

    walk(table)
    return rows


def find_table(page, caption_start):
    for table in page.find_all("table"):
        caption = [c for c in table.children if c.tag == "caption"]
        if caption and caption[0].text.startswith(caption_start):
            return table
    raise AssertionError(f"no table captioned {caption_start!r}")


def definitions(page):
    """{term: description} of the grant facts."""
    facts = {}
    for item in page.by_class("grant-facts__item"):
        term = next(c for c in item.children if c.tag == "dt").text
        facts[term] = next(c for c in item.children if c.tag == "dd").text
    return facts


def test_latvian_page_shows_the_grant_with_latvian_figures(client, demo):
    page = parse(client.get("/lv/finansejums/"))
    assert page.find("h1").text == "Finansējums"
    facts = definitions(page)
    assert facts["Programma"] == "Eiropa pilsoņiem English: Europe for Citizens"
    assert facts["Sadaļa"].startswith("2. sadaļa “Demokrātiskā iesaistīšanās")
    assert facts["Apakšpasākums"] == (
        "2.2. apakšpasākums “Pašvaldību tīklojumi” English: Measure 2.2 “Networks of Towns”"
    )
    assert facts["Projekta numurs"] == "595269-CITIZ-1-2017-2-LV-CITIZ-NT"
    assert facts["Projekta īstenošanas laiks"] == "01.03.2018.–01.02.2020."
    assert facts["Kopējais budžets"] == "90 000 €"
    english_names = [span for span in page.by_class("other-name") if span.attrs["lang"] == "en"]
    assert len(english_names) == 3

    schedule = cells(find_table(page, "Kā izmaksā ES finansējumu 90 000 €"))
    assert schedule[1][:3] == ["Avanss", "40 %", "36 000 €"]
    assert schedule[1][3] == "Kā avanss Plānots 2018"
    assert schedule[2][:3] == ["Atlikums", "60 %", "54 000 €"]
    assert schedule[2][3] == "Pēc projekta īstenošanas Plānots 2020"
    assert schedule[3][:3] == ["Kopā", "100 %", "90 000 €"]

    pre = cells(find_table(page, "Paša vadošā partnera"))
    assert pre[1] == [
        "2019",
        "Priekšfinansējums: Daugavpils pilsētas dome Pašvaldības priekšfinansējums projektam.",
        "30 000 €",
    ]


def test_latvian_amounts_use_no_break_spaces(client, demo):
    html = client.get("/lv/finansejums/").content.decode()
    assert "36\u00a0000\u00a0€" in html
    assert "90\u00a0000\u00a0€" in html
    assert "40\u00a0%" in html


def test_english_page_shows_english_figures_and_the_latvian_names(client, demo):
    page = parse(client.get("/en/funding/"))
    facts = definitions(page)
    assert facts["Programme"] == "Europe for Citizens Latviešu: Eiropa pilsoņiem"
    assert facts["Project period"] == "1 March 2018 – 1 February 2020"
    assert facts["Total budget"] == "€90,000"
    assert facts["EU contribution"] == "€90,000 (100 % of the budget)"
    latvian = [span.attrs["lang"] for span in page.by_class("other-name")]
    assert latvian == ["lv", "lv", "lv"]
    schedule = cells(find_table(page, "How the EU contribution of €90,000 is paid"))
    assert [row[:3] for row in schedule[1:]] == [
        ["Advance", "40 %", "€36,000"],
        ["Balance", "60 %", "€54,000"],
        ["Total", "100 %", "€90,000"],
    ]
    assert schedule[2][3] == "After the project's implementation Planned 2020"
    assert cells(find_table(page, "Money the lead partner"))[1][2] == "€30,000"


def test_switcher_leads_to_the_twin_page(client, demo):
    page = parse(client.get("/lv/finansejums/"))
    links = {a.attrs["hreflang"]: a.attrs["href"] for a in page.by_class("language-switcher__link")}
    assert len(links) == 9
    assert (links["lv"], links["en"]) == ("/lv/finansejums/", "/en/funding/")
    nav = [a for a in page.by_class("main-nav__link") if a.attrs.get("aria-current") == "page"]
    assert [a.text for a in nav] == ["Finansējums"]


def test_timeline_is_an_svg_figure_with_a_text_alternative(client, demo):
    page = parse(client.get("/en/funding/"))
    svgs = page.find_all("svg")
    assert [svg.attrs["class"] for svg in svgs] == [
        "timeline__svg timeline__svg--wide",
        "timeline__svg timeline__svg--narrow",
    ]
    for svg in svgs:
        assert svg.attrs["role"] == "img"
        assert svg.attrs["aria-labelledby"] == "timeline-caption"
        assert svg.attrs["aria-describedby"] == "timeline-text"
    caption = page.find("p", id="timeline-caption")
    assert caption.text.startswith("The money over time")
    key = page.find("ul", id="timeline-text")
    # The caption and the key make the figure's <figcaption>, its last child.
    assert caption.parent is key.parent
    assert caption.parent.tag == "figcaption"
    assert caption.parent.parent.children[-1] is caption.parent
    alternative = [li.text for li in key.children]
    assert alternative == [
        "Project period: 1 March 2018 – 1 February 2020",
        "Advance, 40 % – €36,000; planned: 2018 — as an advance.",
        "Balance, 60 % – €54,000; planned: 2020 — after the project's implementation.",
        "Between the first and the last payment",  # no source says what paid for it
        "Pre-financing – €30,000: 2019 — Daugavpils City Council: The municipality's "
        "pre-financing of the project.",
    ]
    captions = [t.text for t in page.find_all("text") if "timeline__caption" in t.attrs["class"]]
    assert captions[:5] == [item.split(" — ")[0] for item in alternative]
    assert [t.text for t in page.find_all("text") if t.attrs["class"] == "timeline__year"][:3] == [
        "2018",
        "2019",
        "2020",
    ]


def test_svg_coordinates_are_not_localised(client, demo):
    html = client.get("/lv/finansejums/").content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    for attribute in ('x="', 'width="', 'y="'):
        for chunk in svg.split(attribute)[1:]:
            value = chunk.split('"', 1)[0]
            assert "," not in value, value


def test_received_payments_show_their_day(client, demo):
    Instalment.objects.filter(order=1).update(
        status="received", received_date=datetime.date(2018, 5, 14)
    )
    page = parse(client.get("/lv/finansejums/"))
    schedule = cells(find_table(page, "Kā izmaksā"))
    assert schedule[1][3] == "Kā avanss Saņemts 2018. gada 14. maijs"
    assert "Avanss, 40 % – 36 000 €; saņemts: 2018. gada 14. maijs" in [
        li.text.split(" — ")[0] for li in page.find("ul", id="timeline-text").children
    ]
    bars = [
        r.attrs["class"]
        for r in page.find_all("rect")
        if "timeline__bar" in r.attrs.get("class", "")
    ]
    assert "timeline__bar timeline__bar--received" in bars


def test_an_inconsistent_schedule_shows_a_notice_and_no_amounts(client, demo):
    # Something wrote past the admin's check: 40 % + 50 %.
    Instalment.objects.filter(order=2).update(share=Decimal(50))
    for path, notice in [
        (
            "/en/funding/",
            "The payment schedule is being corrected: the shares of its instalments "
            "add up to 90 % instead of 100 %, so no amounts are shown until it is fixed.",
        ),
        (
            "/lv/finansejums/",
            "Maksājumu grafiks tiek labots: tā maksājumu daļu summa ir 90 %, "
            "nevis 100 %, tāpēc summas netiek rādītas, kamēr tas nav izlabots.",
        ),
    ]:
        response = client.get(path)
        assert response.status_code == 200
        page = parse(response)
        assert [p.text for p in page.by_class("funding__notice--warning")] == [notice]
        text = page.text
        for wrong in ("36 000", "45 000", "36,000", "45,000", "54 000", "54,000"):
            assert wrong not in text
        assert not [t for t in page.find_all("table") if "schedule" in t.attrs.get("class", "")]
        # The grant's own figures and the pre-financing are still true, and still shown.
        assert "30 000 €" in text or "€30,000" in text


def test_the_page_says_so_when_no_grant_has_been_entered(client, db):
    page = parse(client.get("/en/funding/"))
    assert page.find("h1").text == "Funding"
    assert page.by_class("funding__notice")[0].text == (
        "The project's funding details have not been published yet."
    )


def test_a_grant_without_instalments_says_the_schedule_is_not_published(client, db):
    GrantFactory()
    page = parse(client.get("/en/funding/"))
    notices = [p.text for p in page.by_class("funding__notice")]
    assert notices == ["The payment schedule has not been published yet."]
    assert "No pre-financing or co-financing has been recorded." in page.text


def test_amounts_with_cents_are_shown_with_cents_in_every_row(client, db):
    grant = GrantFactory(total=Decimal("100.01"))
    for order, share in enumerate(["33.33", "33.33", "33.34"], start=1):
        InstalmentFactory(grant=grant, order=order, share=Decimal(share))
    page = parse(client.get("/en/funding/"))
    schedule = cells(find_table(page, "How the EU contribution"))
    assert [row[2] for row in schedule[1:]] == ["€33.33", "€33.34", "€33.34", "€100.01"]
    assert "any remainder cent falls to a later instalment" in page.text


def _grant_with(instalments, entries):
    grant = GrantFactory()
    shares = [Decimal(100) / instalments] * instalments
    shares = [share.quantize(Decimal("0.01")) for share in shares]
    shares[-1] = Decimal(100) - sum(shares[:-1])
    for order, share in enumerate(shares, start=1):
        InstalmentFactory(grant=grant, order=order, share=share)
    for year in range(entries):
        PreFinancingFactory(grant=grant, year=2018 + year % 3)
    return grant


@pytest.mark.parametrize(("instalments", "entries"), [(1, 1), (2, 1), (12, 9)])
@pytest.mark.parametrize("path", ["/lv/finansejums/", "/en/funding/"])
def test_funding_page_needs_three_queries_whatever_the_size(
    client, db, django_assert_num_queries, instalments, entries, path
):
    _grant_with(instalments, entries)
    with django_assert_num_queries(3):  # grant, its instalments, its pre-financing
        response = client.get(path)
    assert response.status_code == 200
    schedule = cells(find_table(parse(response), "How" if "/en/" in path else "Kā"))
    assert len(schedule) == instalments + 2


def test_funding_page_without_a_grant_needs_one_query(client, db, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert client.get("/lv/finansejums/").status_code == 200


def test_home_budget_comes_from_the_grant(client, demo):
    lv = parse(client.get("/lv/"))
    en = parse(client.get("/en/"))
    assert "90 000 €, ko pilnībā finansē Eiropas Savienība" in lv.text
    assert "€90,000, financed in full by the European Union" in en.text
    assert "01.03.2018.–01.02.2020." in lv.text
    assert "1 March 2018 – 1 February 2020" in en.text
    assert en.find("a", href="/en/funding/") is not None
    Grant.objects.update(total=Decimal("120000"), eu_share=Decimal("80"))
    en = parse(client.get("/en/"))
    assert "€120,000, of which 80 % financed by the European Union" in en.text


def test_home_without_a_grant_leaves_the_budget_out(client, db):
    page = parse(client.get("/en/"))
    terms = [dt.text for dt in page.find_all("dt")]
    assert "Budget" not in terms
    assert "Period" in terms
    assert "1 March 2018 – 1 February 2020" in page.text


@pytest.mark.parametrize("with_grant", [False, True])
def test_home_needs_one_query(client, db, django_assert_num_queries, with_grant):
    if with_grant:
        _grant_with(12, 9)
    with django_assert_num_queries(1):
        assert client.get("/lv/").status_code == 200


def test_demo_loads_the_funding_facts_once(demo):
    from funding import demo as funding

    assert funding.load() == 0
    grant = Grant.objects.get()
    with translation.override("en"):
        assert [(row.instalment.name, row.amount) for row in grant.schedule.rows] == [
            ("Advance", Decimal("36000.00")),
            ("Balance", Decimal("54000.00")),
        ]
    entry = grant.pre_financing.get()
    assert (entry.year, entry.amount, entry.kind) == (2019, Decimal("30000.00"), "pre")


def test_an_untranslated_instalment_is_shown_in_latvian_with_a_notice(client, demo):
    page = parse(client.get("/en/funding/"))
    assert page.by_class("translation-notice") == []
    Instalment.objects.filter(order=2).update(name_en="")
    page = parse(client.get("/en/funding/"))
    assert [p.text for p in page.by_class("translation-notice")] == [
        "Part of this page has not been translated yet and is shown in Latvian."
    ]
    headers = {th.text: th.attrs.get("lang") for th in page.find_all("th", scope="row")}
    assert headers["Advance"] is None
    assert headers["Atlikums"] == "lv"
