"""The translation dashboard lists what lacks a translation or has an outdated one."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from editorial.models import TranslationChange, TranslationReview
from editorial.translations import _foreign_key
from events.models import MobilityEvent, ProgrammeItem
from pages.models import Page
from partners.models import Partner
from tests.editorial.helpers import links_in
from tests.factories import ArticleFactory, PageFactory, PopulationFigureFactory
from tests.html import parse

pytestmark = pytest.mark.django_db

DASHBOARD = "/lv/admin/translations/"


def changes(obj):
    return dict(
        TranslationChange.objects.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
        ).values_list("language", "changed_at")
    )


def test_every_save_records_which_language_changed():
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        page = PageFactory(title_lv="Par projektu", title_en="About the project")
    assert changes(page) == {"lv": start, "en": start}

    later = start + timedelta(days=2)
    with time_machine.travel(later, tick=False):
        page.title_lv = "Par tīklu"
        page.save()
    assert changes(page) == {"lv": later, "en": start}

    with time_machine.travel(later + timedelta(days=1), tick=False):
        page.save()  # nothing changed
    assert changes(page) == {"lv": later, "en": start}


def test_emptying_a_translation_is_not_a_change_to_translate_back():
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        page = PageFactory(title_lv="Par projektu", title_en="About the project")
    with time_machine.travel(start + timedelta(hours=1), tick=False):
        page.title_en = ""
        page.save()

    assert changes(page) == {"lv": start, "en": start}


def test_deleting_an_object_forgets_its_changes():
    article = ArticleFactory()
    assert changes(article)
    article_id = article.pk
    article.delete()
    assert not TranslationChange.objects.filter(object_id=str(article_id)).exists()


def test_dashboard_lists_missing_and_stale_translations_with_edit_links(client, editor):
    complete = PageFactory(key=Page.Key.ABOUT, title_en="About", title_lv="Par")
    untranslated = ArticleFactory(title_lv="Tikai latviski", title_en="", body_en="")
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        stale = ArticleFactory(title_lv="Mainīts", title_en="Changed")
    with time_machine.travel(start + timedelta(hours=1), tick=False):
        stale.body_lv = "<p>Jauns teksts.</p>"
        stale.save()
    client.force_login(editor)

    page = parse(client.get(DASHBOARD))

    text = page.find("main").text if page.find("main") else page.text
    links = links_in(page.root)
    assert f"/lv/admin/contentapp/article/{untranslated.pk}/change/" in links
    assert f"/lv/admin/contentapp/article/{stale.pk}/change/" in links
    assert f"/lv/admin/pages/page/{complete.pk}/change/" not in links
    assert "Tikai latviski" in text and "Iztulkot" in text
    assert "Mainīts" in text and "Pārbaudīt" in text


def test_updating_the_translation_clears_the_stale_mark(client, editor):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        article = ArticleFactory()
    with time_machine.travel(start + timedelta(hours=1), tick=False):
        article.body_lv = "<p>Atjaunināts.</p>"
        article.save()
    client.force_login(editor)
    listed = parse(client.get(DASHBOARD))
    assert f"/{article.pk}/change/" in " ".join(links_in(listed.root))
    assert "EN" in listed.find("table", class_="translation-backlog-table").text

    with time_machine.travel(start + timedelta(hours=2), tick=False):
        article.body_en = "<p>Updated.</p>"
        article.save()

    assert f"/{article.pk}/change/" not in " ".join(links_in(parse(client.get(DASHBOARD)).root))
    assert changes(article) == {"lv": start + timedelta(hours=2), "en": start + timedelta(hours=2)}


def _stale_english(article_factory=ArticleFactory, **kwargs):
    start = timezone.now() - timedelta(hours=2)
    with time_machine.travel(start, tick=False):
        article = article_factory(**kwargs)
    with time_machine.travel(start + timedelta(hours=1), tick=False):
        article.body_lv = "<p>Atjaunināts.</p>"
        article.save()
    return article


def _mark(client, mark, obj, language):
    """Post one of the dashboard's buttons (``mark``: "up-to-date" or "reviewed")."""
    return client.post(
        f"/lv/admin/translations/{mark}/",
        {
            "content_type": ContentType.objects.get_for_model(obj).pk,
            "object": obj.pk,
            "language": language,
        },
    )


def _confirm(client, article, language="en"):
    return _mark(client, "up-to-date", article, language)


def test_an_editor_marks_a_translation_still_right_and_it_leaves_the_list(client, editor):
    article = _stale_english()
    client.force_login(editor)
    form = parse(client.get(DASHBOARD)).find("form", class_="translation-backlog__confirm")
    assert form.attrs["method"] == "post"
    english_before = article.body_en

    response = _confirm(client, article)

    assert response.status_code == 302
    listed = parse(client.get(DASHBOARD))
    assert f"/{article.pk}/change/" not in " ".join(links_in(listed.root))
    assert "Atzīmēts kā aktuāls" in listed.text
    article.refresh_from_db()
    assert article.body_en == english_before  # nothing but the mark changed


def test_a_partner_editor_cannot_mark_another_partners_translation(
    client, kaunas_editor, vejle_partner
):
    theirs = _stale_english(partners=[vejle_partner])
    client.force_login(kaunas_editor)

    assert _confirm(client, theirs).status_code == 403
    assert _confirm(client, theirs, language="xx").status_code == 403
    assert client.get("/lv/admin/translations/up-to-date/").status_code == 405


def test_a_change_in_english_alone_asks_to_check_the_latvian(client, editor):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        article = ArticleFactory()
    with time_machine.travel(start + timedelta(hours=1), tick=False):
        article.title_en = "A better title"
        article.save()
    client.force_login(editor)

    table = parse(client.get(DASHBOARD)).find("table", class_="translation-backlog-table")

    assert "LV" in table.text and "Pārbaudīt" in table.text


def test_parts_edited_inline_link_to_their_parent(client, editor):
    figure = PopulationFigureFactory(area="region", area_name_lv="Kauņas apriņķis", area_name_en="")
    client.force_login(editor)

    links = links_in(parse(client.get(DASHBOARD)).root)

    assert f"/lv/admin/partners/partner/{figure.partner_id}/change/" in links


def test_admin_index_shows_the_count_and_links_to_the_dashboard(client, editor):
    ArticleFactory(title_en="", body_en="")
    ArticleFactory(title_en="", body_en="")
    client.force_login(editor)

    index = parse(client.get("/lv/admin/"))

    notice = index.by_class("translation-backlog")[0]
    assert "Darāmie tulkojumi: 2" in notice.text
    assert links_in(notice) == [DASHBOARD]


def test_partner_editor_sees_only_their_own_backlog(
    client, kaunas_editor, kaunas_partner, vejle_partner
):
    ArticleFactory(partners=[vejle_partner], title_en="", body_en="")
    ours = ArticleFactory(partners=[kaunas_partner], title_en="", body_en="")
    PageFactory(title_en="")
    client.force_login(kaunas_editor)

    links = links_in(parse(client.get(DASHBOARD)).root)

    assert [link for link in links if "/change/" in link] == [
        f"/lv/admin/contentapp/article/{ours.pk}/change/"
    ]


def test_published_without_english_is_listed(client, editor):
    article = ArticleFactory(title_en="", body_en="")
    assert article.is_public
    client.force_login(editor)

    assert f"/{article.pk}/change/" in " ".join(links_in(parse(client.get(DASHBOARD)).root))


@pytest.mark.parametrize("language", ["lv", "en"])
def test_dashboard_queries_do_not_grow_with_objects(
    client, editor, django_assert_num_queries, language
):
    client.force_login(editor)
    ArticleFactory.create_batch(5, title_en="", body_en="")
    PopulationFigureFactory.create_batch(3, area_name_lv="Apriņķis")
    client.get(f"/{language}/admin/translations/")  # warm the content-type cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        client.get(f"/{language}/admin/translations/")
    ArticleFactory.create_batch(45, title_en="", body_en="")
    PopulationFigureFactory.create_batch(30, area_name_lv="Apriņķis")

    with django_assert_num_queries(len(small.captured_queries)):
        response = client.get(f"/{language}/admin/translations/")
    assert response.status_code == 200


@pytest.mark.parametrize("object_id", ["not-a-number", "1.5", "' OR 1=1 --"])
def test_a_mark_for_an_object_id_that_is_no_id_is_not_found(client, editor, object_id):
    article = _stale_english()
    client.force_login(editor)

    response = client.post(
        "/lv/admin/translations/up-to-date/",
        {
            "content_type": ContentType.objects.get_for_model(article).pk,
            "object": object_id,
            "language": "en",
        },
    )

    assert response.status_code == 404
    assert f"/{article.pk}/change/" in " ".join(links_in(parse(client.get(DASHBOARD)).root))


def test_an_inline_is_found_by_its_foreign_key_to_the_parent_or_the_one_it_names():
    assert _foreign_key(ProgrammeItem, MobilityEvent) == ProgrammeItem._meta.get_field("event")
    assert _foreign_key(MobilityEvent, Partner, "host") == MobilityEvent._meta.get_field("host")
    with pytest.raises(ValueError, match="no single foreign key"):
        _foreign_key(MobilityEvent, Partner, "event")


def test_a_partner_language_is_listed_when_the_editor_chooses_it(client, editor):
    lithuanian = PageFactory(
        key=Page.Key.ABOUT,
        title_lv="Par",
        title_en="About",
        title_lt="Apie projektą",
        body_lt="<p>Tekstas lietuviškai.</p>",
    )
    untranslated = PageFactory(key=Page.Key.LEGAL, title_lv="Juridiski", title_en="Legal")
    client.force_login(editor)

    default = links_in(parse(client.get(DASHBOARD)).root)
    chosen = parse(client.get(DASHBOARD + "?language=lt"))

    assert f"/lv/admin/pages/page/{untranslated.pk}/change/" not in default
    links = links_in(chosen.root)
    assert f"/lv/admin/pages/page/{untranslated.pk}/change/" in links
    # Translated but not yet reviewed: listed for review only.
    rows = _rows(chosen)
    assert "Iztulkot" not in rows[lithuanian.pk] and "Pārskatīt" in rows[lithuanian.pk]
    languages = chosen.find("nav", class_="translation-languages")
    choices = [a for a in chosen.find_all("a") if languages in a.ancestors()]
    current = [a.text for a in choices if a.attrs.get("aria-current") == "page"]
    assert current == ["Lietuvių"]
    assert len(choices) == 8  # Latvian and English together, then the seven others


def _rows(page):
    """Each listed object's row text, by the object's id (from its change link)."""
    rows = {}
    for link in page.find_all("a"):
        href = link.attrs.get("href", "")
        row = next((node for node in link.ancestors() if node.tag == "tr"), None)
        if row is not None and href.endswith("/change/"):
            rows[int(href.rstrip("/").split("/")[-2])] = row.text
    return rows


def _review(client, obj, language="lt"):
    return _mark(client, "reviewed", obj, language)


def _lithuanian_about():
    return PageFactory(
        key=Page.Key.ABOUT,
        title_lv="Par",
        title_en="About",
        summary_lv="Īsi.",
        summary_en="In short.",
        body_lv="<p>Teksts.</p>",
        body_en="<p>Text.</p>",
        title_lt="Apie projektą",
        summary_lt="Trumpai.",
        body_lt="<p>Tekstas lietuviškai.</p>",
    )


def test_a_reviewed_partner_language_translation_leaves_the_list_until_its_text_changes(
    client, editor
):
    page = _lithuanian_about()
    client.force_login(editor)
    listed = parse(client.get(DASHBOARD + "?language=lt"))
    assert "neviens šo tulkojumu vēl nav atzīmējis" in _rows(listed)[page.pk]
    form = listed.find("form", class_="translation-backlog__review")
    assert form.attrs["method"] == "post"
    assert "Es pārskatīju LT tulkojumu" in form.text

    response = _review(client, page)

    assert response.status_code == 302
    assert response["Location"] == "/lv/admin/translations/?language=lt"
    after = parse(client.get(response["Location"]))
    assert page.pk not in _rows(after)
    assert "Atzīmēts kā pārskatīts" in after.text
    review = TranslationReview.objects.get(object_id=str(page.pk), language="lt")
    assert review.reviewed_by == editor
    page.refresh_from_db()
    assert page.body_lt == "<p>Tekstas lietuviškai.</p>"  # nothing but the mark changed

    # Latvian changes: the Lithuanian is stale, but still the text that was reviewed.
    page.body_lv = "<p>Jauns teksts.</p>"
    page.save()
    row = _rows(parse(client.get(DASHBOARD + "?language=lt")))[page.pk]
    assert "Pārbaudīt" in row and "Pārskatīt" not in row

    # The Lithuanian is rewritten: the review no longer holds.
    page.body_lt = "<p>Naujas tekstas.</p>"
    page.save()
    row = _rows(parse(client.get(DASHBOARD + "?language=lt")))[page.pk]
    assert "teksts mainījies pēc pārskatīšanas" in row
    # Reviews are asked for in the partners' languages only.
    assert "Pārskatīt" not in _rows(parse(client.get(DASHBOARD)))[page.pk]


def test_reviews_are_only_for_partner_languages_with_text_the_editor_may_change(
    client, editor, kaunas_editor
):
    page = _lithuanian_about()
    client.force_login(editor)
    assert _review(client, page, language="lv").status_code == 403
    assert _review(client, page, language="en").status_code == 403
    assert _review(client, page, language="pl").status_code == 403  # no Polish text to review
    assert _review(client, page, language="xx").status_code == 403
    assert client.get("/lv/admin/translations/reviewed/").status_code == 405
    client.force_login(kaunas_editor)  # a partner editor may not change the about page
    assert _review(client, page).status_code == 403
    assert not TranslationReview.objects.exists()


def test_a_partner_language_dashboard_does_not_grow_with_reviews(
    client, editor, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(editor)
    objects = [_lithuanian_about(), ArticleFactory(title_lt="Straipsnis", body_lt="<p>T.</p>")]
    client.get(DASHBOARD + "?language=lt")  # warm the content-type cache
    with CaptureQueriesContext(connection) as few:
        client.get(DASHBOARD + "?language=lt")
    budget = len(few.captured_queries)  # now: the next request empties Django's query log
    objects += ArticleFactory.create_batch(20, title_lt="Straipsnis", body_lt="<p>T.</p>")
    for obj in objects[::2]:
        assert _review(client, obj).status_code == 302

    with django_assert_max_num_queries(budget):
        page = parse(client.get(DASHBOARD + "?language=lt"))
    assert len([pk for pk in _rows(page) if pk in {o.pk for o in objects}]) >= 10
