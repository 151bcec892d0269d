"""The generated PDF, a summary of the portal's pages (not the plan): made by a command or an
admin action, never on a visitor's request."""

import io
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from PIL import ImageFile
from pypdf import PdfReader

from actionplan.models import ActionPlan, PlanDocument
from tests.factories import (
    ActionPlanFactory,
    ContentsEntryFactory,
    PlanDocumentFactory,
    pdf_bytes,
)
from tests.html import parse

# The Commission's disclaimer as the demo edition carries it, one text per site language.
DEMO_PLAN = json.loads(
    (Path(settings.BASE_DIR) / "actionplan" / "demo" / "actionplan.json").read_text("utf-8")
)["plan"]
DISCLAIMERS = {code: DEMO_PLAN[f"disclaimer_{code}"] for code, _name in settings.LANGUAGES}
# A word in each partner language with the diacritics the fonts must carry.
DIACRITICS = {
    "lt": "Komisijos parama šiam",
    "pl": "Wsparcie Komisji Europejskiej dla produkcji tej publikacji",
    "de": "Unterstützung der Europäischen Kommission",
    "it": "un'approvazione del contenuto",
    "da": "Europa-Kommissionens støtte",
    "ro": "acestei publicații nu constituie",
    "es": "la Comisión Europea para la producción",
}
NOT_OFFICIAL = {
    "en": "This is not the official Depopulation Control Action Plan.",
    "lv": "Šis nav oficiālais Depopulācijas kontroles rīcības plāns.",
}
SUMMARY_TITLE = {
    "en": "Summary of the portal's action plan pages",
    "lv": "Portāla rīcības plāna lapu kopsavilkums",
}


def text_of(page):
    return re.sub(r"\s+", " ", page.extract_text())


def figures(reader):
    """(page number, alternative text) of each figure in the PDF's tagged structure."""
    pages = {page.indirect_reference.idnum: number for number, page in enumerate(reader.pages, 1)}
    found = []

    def walk(node, page=None):
        node = node.get_object()
        if not isinstance(node, dict):
            return
        page = node.get("/Pg", page)
        if node.get("/S") == "/Figure":
            found.append((pages.get(page.idnum) if page else None, str(node.get("/Alt"))))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            walk(kid, page)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return found


def generate(*args):
    out = io.StringIO()
    call_command("generate_plan_pdf", *args, stdout=out)
    return out.getvalue()


def test_command_makes_a_summary_per_site_language_that_says_it_is_not_the_plan(plan, content):
    ContentsEntryFactory(plan=plan, number="2.1", title_en="Births", title_lv="Dzimstība", page=6)

    output = generate()

    assert "1.0 lv: generated" in output
    assert "1.0 en: generated" in output
    for language in ("lv", "en"):
        document = PlanDocument.objects.get(plan=plan, language=language)
        assert document.source == PlanDocument.Source.GENERATED
        with document.file.open("rb") as stored:
            reader = PdfReader(io.BytesIO(stored.read()))
        assert len(reader.pages) == document.page_count > 3
        first_page = text_of(reader.pages[0])
        assert SUMMARY_TITLE[language] in first_page
        assert NOT_OFFICIAL[language] in first_page
        assert reader.metadata.title == SUMMARY_TITLE[language]
        assert reader.trailer["/Root"]["/Lang"] == language
        whole = " ".join(text_of(page) for page in reader.pages)
        for edition in ("Edition", "Izdevums"):
            assert edition not in whole
        assert "European Commission" not in whole  # no disclaimer entered: none quoted
        assert figures(reader) == []  # no emblem: the summary is not the programme's publication
        practice, measure, contents = (
            ("Senior Card", "Baby box", "2.1 Births 6")
            if language == "en"
            else ("Seniora karte", "Mazuļa kaste", "2.1 Dzimstība 6")
        )
        assert practice in whole
        assert measure in whole
        assert contents in whole


@pytest.mark.parametrize(
    ("language", "words"), [("lv", "nav oficiālais"), ("en", "not the official")]
)
def test_summary_pdf_page_one_says_in_its_language_it_is_not_the_official_plan(
    plan, content, language, words
):
    generate("--language", language)

    document = PlanDocument.objects.get(plan=plan, language=language)
    with document.file.open("rb") as stored:
        first_page = text_of(PdfReader(io.BytesIO(stored.read())).pages[0])
    assert words in first_page


def test_summary_downloads_under_its_own_name_and_the_official_edition_under_the_plans(
    client, plan
):
    generate("--language", "lv")
    PlanDocumentFactory(plan=plan, language="en", file__data=pdf_bytes(pages=4))

    summary = client.get("/en/action-plan/download/1.0/lv.pdf")
    official = client.get("/en/action-plan/download/1.0/en.pdf")

    assert "DeCoDe%20Port%C4%81la%20r%C4%AB" in summary["Content-Disposition"]
    assert (
        'filename="DeCoDe-Portala-ricibas-plana-lapu-kopsavilkums-lv.pdf"'
        in (summary["Content-Disposition"])
    )
    assert (
        'filename="DeCoDe-Depopulation-Control-Action-Plan-1.0-en.pdf"'
        in (official["Content-Disposition"])
    )
    b"".join(summary.streaming_content)
    b"".join(official.streaming_content)


def test_command_replaces_generated_files_but_never_uploaded_ones(
    plan, django_capture_on_commit_callbacks
):
    uploaded = PlanDocumentFactory(plan=plan, language="en", file__data=pdf_bytes(pages=9))
    generate("--language", "lv")
    lv = PlanDocument.objects.get(plan=plan, language="lv")
    PlanDocument.objects.filter(pk=lv.pk).update(downloads=4)

    kept = generate("--missing-only")
    with django_capture_on_commit_callbacks(execute=True):
        replaced = generate()

    assert "1.0 lv: kept, a generated file exists" in kept
    assert "1.0 en: kept, an uploaded file exists" in kept
    assert "1.0 lv: generated" in replaced
    assert "1.0 en: kept, an uploaded file exists" in replaced
    new = PlanDocument.objects.get(pk=lv.pk)
    assert new.downloads == 4
    assert new.file.name != lv.file.name
    assert not lv.file.storage.exists(lv.file.name)
    assert new.file.storage.exists(new.file.name)
    uploaded.refresh_from_db()
    assert (uploaded.source, uploaded.page_count) == (PlanDocument.Source.UPLOADED, 9)


def test_command_names_the_edition_and_refuses_an_unknown_one(db):
    ActionPlanFactory(version="1.0", is_published=False)

    with pytest.raises(CommandError, match="No edition of the plan is published yet"):
        generate()
    with pytest.raises(CommandError, match=r"There is no edition with version '9\.9'"):
        generate("--edition", "9.9")
    assert "1.0 lv: generated" in generate("--edition", "1.0", "--language", "lv")


def test_admin_action_generates_the_files_of_the_chosen_edition(client, plan):
    admin = User.objects.create_superuser("admin", password="a-long-enough-password")
    client.force_login(admin)

    response = client.post(
        "/en/admin/actionplan/actionplan/",
        {"action": "generate_pdfs", "_selected_action": [plan.pk]},
        follow=True,
    )

    messages = [str(message) for message in response.context["messages"]]
    pages = dict(plan.documents.values_list("language", "page_count"))
    assert messages == [
        f"Depopulation Control Action Plan 1.0, {code}: PDF generated ({pages[code]} pages)."
        for code, _name in settings.LANGUAGES
    ]


def test_generating_leaves_pillow_refusing_truncated_images(plan):
    generate("--language", "en")

    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


def test_visitors_never_trigger_generation(client, content):
    for path in ("/lv/ricibas-plans/", "/en/action-plan/download/1.0/lv.pdf"):
        client.get(path)

    assert not PlanDocument.objects.exists()


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_the_plan_page_in_every_language_links_its_summary_which_quotes_the_disclaimer(
    client, plan, content, language
):
    ActionPlan.objects.filter(pk=plan.pk).update(
        **{f"disclaimer_{code}": text for code, text in DISCLAIMERS.items()}
    )
    generate("--language", language)
    generate("--language", "en" if language != "en" else "lv")

    with translation.override(language):
        page = parse(client.get(reverse("actionplan:overview")))
    first = next(
        a for a in page.find_all("a") if "plan-downloads__link" in a.attrs.get("class", "")
    )
    assert first.attrs["hreflang"] == language  # the reader's language first
    response = client.get(first.attrs["href"])
    reader = PdfReader(io.BytesIO(b"".join(response.streaming_content)))
    assert reader.trailer["/Root"]["/Lang"] == language
    first_page = text_of(reader.pages[0])
    with translation.override(language):
        intro = gettext(
            "The official edition of the plan prints the European Commission's disclaimer:"
        )
        translated = gettext(
            "The portal's editors translated this summary. The Latvian and English texts are "
            "authoritative."
        )
    assert f"{intro} {DISCLAIMERS[language]}" in first_page
    if language in settings.AUTHORITATIVE_LANGUAGES:
        assert "translated this summary" not in first_page
    else:
        assert (
            intro != "The official edition of the plan prints the European Commission's disclaimer:"
        )
        assert translated in first_page
        assert DIACRITICS[language] in first_page
    # Every font is embedded, so each diacritic prints as it was written.
    fonts = [
        font.get_object() for page in reader.pages for font in page["/Resources"]["/Font"].values()
    ]
    assert fonts
    for font in fonts:
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor or "/FontFile3" in descriptor


def test_summary_quotes_the_english_disclaimer_where_its_language_has_none(plan, content):
    ActionPlan.objects.filter(pk=plan.pk).update(disclaimer_en=DISCLAIMERS["en"])

    generate("--language", "da")

    document = PlanDocument.objects.get(plan=plan, language="da")
    with document.file.open("rb") as stored:
        first_page = text_of(PdfReader(io.BytesIO(stored.read())).pages[0])
    assert DISCLAIMERS["en"] in first_page
