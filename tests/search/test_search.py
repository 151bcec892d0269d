"""The site search: what it finds in each language, how it shows it, and what it never does."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from news.models import PressRelease
from search import registry as search
from search.documents import fold, python_excerpt, search_query, search_terms
from tests.factories import (
    GoodPracticeFactory,
    MeasureFactory,
    MobilityEventFactory,
    PageFactory,
    PartnerFactory,
    PressReleaseFactory,
    ProgrammeItemFactory,
    PublicationFactory,
    ThemeFactory,
)
from tests.html import parse

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="full-text search, unaccent and GIN indexes exist only on PostgreSQL",
)


def _found(query, language="lv"):
    """{kind key: [titles]} of every kind's hits (the overview)."""
    with translation.override(language):
        results = search.Search(query).overview(per_kind=50)
        return {group.kind.key: [hit.title for hit in group.hits] for group in results}


def _count_all_kinds(query, language="lv"):
    """Hits per kind of content."""
    with translation.override(language):
        site_search = search.Search(query)
        return {kind.key: site_search.count(kind) for kind in search.kinds()}


def test_fold_removes_latvian_and_polish_diacritics():
    assert fold("Remigrācija ĀČĒĢĪĶĻŅŠŪŽ Łódź Straße") == "remigracija acegiklnsuz lodz strasse"


def test_search_terms_keep_letters_only_and_drop_inflection_endings():
    assert search_terms("' OR 1=1; -- <script>") == ["OR", "1", "1", "script"]
    assert search_terms("koordinators Daugavpils remigrācija Lodz") == [
        "koordinator",
        "Daugavpil",
        "remigrācij",
        "Lodz",
    ]


def test_python_excerpt_marks_matches_with_and_without_diacritics_and_escapes_text():
    text = "<p>Par <b>remigrāciju</b> &amp; <i>Łódź</i> &lt;script&gt;</p>"

    excerpt = python_excerpt(text, ["remigracij", "lodz"])

    assert excerpt == ("Par <mark>remigrāciju</mark> &amp; <mark>Łódź</mark> &lt;script&gt;")


def test_remigracija_typed_without_diacritics_finds_remigracija():
    PressReleaseFactory(title_lv="Remigrācijas koordinators Latgalē", body_lv="<p>Teksts.</p>")
    PressReleaseFactory(title_lv="Cita ziņa")

    assert _found("remigracija") == {"press": ["Remigrācijas koordinators Latgalē"]}
    assert _found("REMIGRĀCIJA") == {"press": ["Remigrācijas koordinators Latgalē"]}


def test_lodz_finds_lodz_with_its_polish_letters():
    PressReleaseFactory(title_en="Fourth meeting in Łódź", body_en="<p>In the region.</p>")

    assert _found("Lodz", "en") == {"press": ["Fourth meeting in Łódź"]}
    assert _found("łódź", "en") == {"press": ["Fourth meeting in Łódź"]}


def test_prefix_of_a_word_finds_it():
    PressReleaseFactory(title_en="Depopulation control", body_en="<p>x</p>")

    assert _found("depopul", "en") == {"press": ["Depopulation control"]}


def test_every_word_of_the_query_must_match():
    PressReleaseFactory(title_en="Kaunas meeting", body_en="<p>economy</p>")
    PressReleaseFactory(title_en="Palermo meeting", body_en="<p>youth</p>")

    assert _found("meeting economy", "en") == {"press": ["Kaunas meeting"]}


def test_each_content_type_is_found_by_a_word_from_its_body():
    PressReleaseFactory(body_lv="<p>Preses relīzē vārds zilonis.</p>")
    PublicationFactory(description_lv="<p>Publikācijā vārds zilonis.</p>")
    PageFactory(body_lv="<p>Lapā vārds zilonis.</p>")
    PartnerFactory(description_lv="<p>Partnera aprakstā vārds zilonis.</p>")
    event = MobilityEventFactory(description_lv="<p>Tikšanās aprakstā vārds zilonis.</p>")
    ProgrammeItemFactory(event=event, details_lv="Programmas punktā vārds zilonis.")
    theme = ThemeFactory(description_lv="<p>Tēmas aprakstā vārds zilonis.</p>")
    MeasureFactory(theme=theme, description_lv="<p>Pasākuma aprakstā vārds zilonis.</p>")
    GoodPracticeFactory(description_lv="<p>Labās prakses aprakstā vārds zilonis.</p>")

    counts = _count_all_kinds("zilonis")

    assert counts == {kind.key: 1 for kind in search.kinds()}
    assert {"press", "publications", "pages", "partners", "events", "programme"} <= set(counts)
    assert {"themes", "measures", "practices"} <= set(counts)


def test_search_is_in_the_visitors_language_with_latvian_where_english_is_missing():
    PressReleaseFactory(title_lv="Latviešu virsraksts ezis", title_en="English title hedgehog")
    PressReleaseFactory(title_lv="Tikai latviski ezis", title_en="", summary_en="", body_en="")

    assert _found("hedgehog", "lv") == {}
    assert _found("hedgehog", "en") == {"press": ["English title hedgehog"]}
    assert _found("ezis", "en") == {"press": ["Tikai latviski ezis"]}


def test_draft_and_future_press_releases_are_never_found():
    PressReleaseFactory(title_lv="Melnraksts bebrs", status="draft")
    PressReleaseFactory(title_lv="Nākotne bebrs", publish_at=timezone.now() + timedelta(1))
    PublicationFactory(title_lv="Nepublicēta bebrs", status="draft")

    assert _found("bebrs") == {}
    assert _count_all_kinds("bebrs")["press"] == 0


def test_titles_rank_above_body_text():
    PressReleaseFactory(title_en="Other news", body_en="<p>A word about otters.</p>")
    PressReleaseFactory(title_en="Otters in the title", body_en="<p>Nothing.</p>")

    assert _found("otters", "en")["press"] == ["Otters in the title", "Other news"]


def test_results_page_groups_hits_by_kind_with_links_and_marked_excerpts(client):
    PressReleaseFactory(
        slug="kick-off", title_lv="Atklāšana", body_lv="<p>Remigrācija Latgalē.</p>"
    )
    PageFactory(key="about", title_lv="Par projektu", body_lv="<p>Remigrācija un darbs.</p>")

    document = parse(client.get("/lv/meklet/", {"q": "remigracija"}))

    groups = [heading.text for heading in document.find_all("h2") if "id" in heading.attrs]
    assert groups == ["Projekts medijos (1)", "Par vietni (1)"]
    link = document.find("a", href="/lv/jaunumi/kick-off/")
    assert link.text == "Atklāšana"
    marks = [mark.text for mark in document.find_all("mark")]
    assert marks.count("Remigrācija") == 2
    summary = document.by_class("search-summary")[0].text
    assert summary == "Rezultāti meklējumam “remigracija”: 2"


def test_results_of_one_kind_are_paged(client):
    for number in range(13):
        PressReleaseFactory(title_en=f"Beaver {number}", title_lv=f"Bebrs {number}")

    overview = parse(client.get("/en/search/", {"q": "beaver"}))
    more = overview.by_class("search-group__more")[0].children[0]
    first = parse(client.get(f"/en/search/{more.attrs['href']}"))
    second = parse(client.get("/en/search/", {"q": "beaver", "kind": "press", "page": "2"}))

    assert len(overview.by_class("search-hit")) == search.OVERVIEW_HITS
    assert more.text == "In the media: all results (13)"
    assert len(first.by_class("search-hit")) == 10
    assert len(second.by_class("search-hit")) == 3
    titles = [page.find("title").text for page in (overview, first, second)]
    assert titles == [
        "Search: beaver · DeCoDe",
        "Search: beaver · In the media · DeCoDe",
        "Search: beaver · In the media · page 2 · DeCoDe",
    ]
    latvian = parse(client.get("/lv/meklet/", {"q": "bebrs", "kind": "press", "page": "2"}))
    assert latvian.find("title").text == "Meklēšana: bebrs · Projekts medijos · 2. lapa · DeCoDe"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": ""}, None),
        ({}, None),
        ({"q": "   "}, None),
        ({"q": "!!! ???"}, "“!!! ???” contains no word to search for. Try a name, place or topic."),
        (
            {"q": "beaver", "kind": "press", "page": "999"},
            "There is no page 999; the last page is shown.",
        ),
        (
            {"q": "beaver", "kind": "press", "page": "abc"},
            "“abc” is not a page number, so the first page is shown.",
        ),
        (
            {"q": "beaver", "kind": "<nonsense>"},
            "There is no such kind of content; all results are shown.",
        ),
    ],
)
def test_bad_input_gives_a_normal_page_with_a_message(client, params, message):
    PressReleaseFactory(title_en="Beaver dam")

    response = client.get("/en/search/", params)

    assert response.status_code == 200
    document = parse(response)
    assert len(document.find_all("h1")) == 1
    notices = [notice.text for notice in document.by_class("notice")]
    assert notices == ([message] if message else [])


def test_a_10000_character_query_is_cut_and_answered(client, django_assert_max_num_queries):
    PressReleaseFactory(title_en="Beaver dam")

    with django_assert_max_num_queries(3):
        response = client.get("/en/search/", {"q": "beaver " + "x" * 10_000})

    assert response.status_code == 200
    document = parse(response)
    assert document.by_class("notice")[0].text == (
        "Your search was very long: only its first 200 characters were used."
    )
    assert len(document.find("input", id="search-q").attrs["value"]) == search.MAX_QUERY_LENGTH


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE news_pressrelease; --",
        "beaver' OR '1'='1",
        "beaver & | ! : * ( ) <-> \\",
        "<script>alert('x')</script> beaver",
        '"><img src=x onerror=alert(1)>',
    ],
)
def test_sql_and_html_in_the_query_are_harmless_and_shown_escaped(client, query):
    PressReleaseFactory(title_en="Beaver dam", body_en="<p>A beaver's dam.</p>")

    response = client.get("/en/search/", {"q": query})

    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert parse(response).find("input", id="search-q").attrs["value"] == query
    assert PressReleaseFactory._meta.model.objects.count() == 1


def test_text_from_the_database_is_escaped_in_excerpts(client):
    PressReleaseFactory(title_en="Escaping", body_en="<p>Use &lt;script&gt; tags for beavers.</p>")

    html = client.get("/en/search/", {"q": "beavers"}).content.decode()

    assert "&lt;script&gt; tags for <mark>beavers</mark>" in html
    assert "<script>" not in html


@pytest.mark.parametrize("size", [3, 30])
def test_search_uses_a_fixed_number_of_queries(client, django_assert_num_queries, size):
    for number in range(size):
        PressReleaseFactory(title_lv=f"Bebrs {number}", body_lv="<p>Bebri būvē dambjus.</p>")
        PageFactory(
            key=["about", "legal", "privacy", "accessibility"][number % 4], body_lv="<p>bebrs</p>"
        )

    # One query counts the hits of every kind; one per kind with hits (press, pages) gets them.
    with django_assert_num_queries(3):
        assert client.get("/lv/meklet/", {"q": "bebr"}).status_code == 200
    # One kind's page: how many, and the page.
    with django_assert_num_queries(2):
        assert client.get("/lv/meklet/", {"q": "bebr", "kind": "press"}).status_code == 200


def _beavers_six_hours():
    """Six press releases about beavers, one an hour, the newest first: titles A, D, E match."""
    now = timezone.now()
    for hours, title, body in [
        (1, "Bebrs A", "<p>Nekas.</p>"),
        (2, "Ziņa B", "<p>Par bebru.</p>"),
        (3, "Ziņa C", "<p>Par bebru.</p>"),
        (4, "Bebrs D", "<p>Nekas.</p>"),
        (5, "Bebrs E", "<p>Nekas.</p>"),
        (6, "Ziņa F", "<p>Par bebru.</p>"),
    ]:
        # No English text: English visitors search (and see) the Latvian one.
        PressReleaseFactory(
            title_lv=title,
            body_lv=body,
            title_en="",
            summary_en="",
            body_en="",
            publish_at=now - timedelta(hours=hours),
        )


@pytest.mark.parametrize("walk_limit", [100, 2])
def test_past_the_limit_only_the_newest_matches_are_ranked(monkeypatch, walk_limit):
    """With a limit of 3, the 4 newest matches are ranked (titles first) and 3 are shown.

    A walk over the 2 newest press releases finds too few matches: the index then answers.
    """
    monkeypatch.setattr(search, "RESULT_LIMIT", 3)
    monkeypatch.setattr(search, "WALK_LIMIT", walk_limit)
    _beavers_six_hours()

    with translation.override("lv"):
        site_search = search.Search("bebr")
        [group] = site_search.overview(per_kind=50)
        kind = search.get_kind("press")
        page = [hit.title for hit in site_search.hits(kind, 0, 10)]
        later = [hit.title for hit in site_search.hits(kind, 1, 10)]

    assert (group.count, group.more) == (3, True)
    assert [hit.title for hit in group.hits] == ["Bebrs A", "Bebrs D", "Ziņa B"]
    assert page == ["Bebrs A", "Bebrs D", "Ziņa B"]
    assert later == ["Bebrs D", "Ziņa B"]
    assert site_search.count(kind) == 4


def test_a_search_with_more_hits_than_shown_says_so_in_both_languages(client, monkeypatch):
    monkeypatch.setattr(search, "RESULT_LIMIT", 7)
    for number in range(9):
        PressReleaseFactory(title_lv=f"Bebrs {number}", title_en=f"Beaver {number}")

    overview_lv = parse(client.get("/lv/meklet/", {"q": "bebr"}))
    overview_en = parse(client.get("/en/search/", {"q": "beaver"}))
    kind_lv = parse(client.get("/lv/meklet/", {"q": "bebr", "kind": "press"}))
    kind_en = parse(client.get("/en/search/", {"q": "beaver", "kind": "press", "page": "2"}))

    assert overview_lv.find("h2", id="group-press").text == "Projekts medijos (vairāk nekā 7)"
    assert overview_lv.by_class("search-summary")[0].text == (
        "Rezultāti meklējumam “bebr”: vairāk nekā 7"
    )
    assert overview_lv.by_class("search-limit")[0].text == (
        "Katra veida rezultātiem parādīti tikai pirmie 7, vispirms labākie. Lai sašaurinātu "
        "meklēšanu, pievienojiet vēl kādu vārdu."
    )
    assert len(overview_lv.by_class("search-hit")) == search.OVERVIEW_HITS
    more = overview_lv.by_class("search-group__more")[0].text
    assert more == "Projekts medijos: pirmie 7 rezultāti"
    assert overview_en.find("h2", id="group-press").text == "In the media (more than 7)"
    assert overview_en.by_class("search-summary")[0].text == "Results for “beaver”: more than 7"
    assert overview_en.by_class("search-limit")[0].text == (
        "Only the first 7 results of a kind are shown, best matches first. Add a word to narrow "
        "the search."
    )
    more = overview_en.by_class("search-group__more")[0].text
    assert more == "In the media: the first 7 results"
    assert kind_lv.by_class("search-summary")[0].text == (
        "Projekts medijos — rezultāti meklējumam “bebr”: vairāk nekā 7 · Visu veidu rezultāti"
    )
    assert len(kind_lv.by_class("search-hit")) == 7
    assert kind_lv.by_class("search-limit") != []
    assert kind_en.by_class("search-summary")[0].text == (
        "In the media — results for “beaver”: more than 7 · Results of every kind"
    )
    assert [notice.text for notice in kind_en.by_class("notice")] == [
        "There is no page 2; the last page is shown."
    ]


def test_a_search_with_no_more_hits_than_shown_gives_the_exact_number(client, monkeypatch):
    monkeypatch.setattr(search, "RESULT_LIMIT", 6)
    _beavers_six_hours()

    document = parse(client.get("/lv/meklet/", {"q": "bebr"}))

    assert document.find("h2", id="group-press").text == "Projekts medijos (6)"
    assert document.by_class("search-summary")[0].text == "Rezultāti meklējumam “bebr”: 6"
    assert document.by_class("search-limit") == []
    more = document.by_class("search-group__more")[0].text
    assert more == "Projekts medijos: visi rezultāti (6)"


def test_header_of_every_page_has_a_labelled_search_box(client):
    for path, label, placeholder in [
        ("/lv/", "Meklēt vietnē", "piem., remigrācija, Lodza"),
        ("/en/news/", "Search the site", "e.g. remigration, Łódź"),
    ]:
        document = parse(client.get(path))
        form = document.find("form", role="search")
        assert form.attrs["action"] == path[:4] + (
            "meklet/" if path.startswith("/lv") else "search/"
        )
        field = document.find("input", id="site-search-q")
        assert document.find("label", for_="site-search-q").text == label
        assert (field.attrs["name"], field.attrs["placeholder"]) == ("q", placeholder)


def _plan(queryset, *statements):
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
        sql, params = queryset.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def _document_match(kind, language="lv"):
    """The kind's rows whose search document (as the search builds it) matches "remigracij…"."""
    return (
        kind.model._base_manager.alias(document=kind.document(language))
        .filter(document=search_query(["remigracij"]))
        .order_by()
    )


@postgresql_only
@pytest.mark.parametrize("key", [kind.key for kind in search.kinds()])
@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_postgresql_every_kinds_document_has_a_gin_index_the_search_can_use(key, language):
    """The index its app's migration declares must be on exactly what the search queries.

    These tables are tiny here, so the planner would read them whole anyway; forbidding that
    shows whether the index fits. The benchmark (bench/search_bench.py) shows the plan of the
    whole search over 10,000 press releases.
    """
    kind = search.get_kind(key)

    plan = _plan(
        _document_match(kind, language),
        "SET LOCAL enable_seqscan = off",
        # A tiny table is cheaper to walk along another index; only bitmap scans are left.
        "SET LOCAL enable_indexscan = off",
    )

    assert f"Bitmap Index Scan on search_{kind.model._meta.model_name}_{language}" in plan, plan


@postgresql_only
@pytest.mark.parametrize("language", ["lv", "en"])
@pytest.mark.parametrize("query", ["bebr", "ziņa bebru"])
def test_postgresql_the_searchs_own_queries_on_press_releases_use_the_gin_index(language, query):
    """Every query of the overview and of the press releases' page, as the search sends them.

    Among a thousand press releases the planner would rather read the few matches through the
    GIN index than read the table or the publication times' index (both forbidden or dearer).
    """
    now = timezone.now()
    PressRelease.objects.bulk_create(
        PressRelease(
            slug=f"other-{number}",
            title_lv=f"Cita {number}",
            title_en=f"Other {number}",
            summary_lv="Kopsavilkums.",
            summary_en="Summary.",
            body_lv="<p>Teksts.</p>",
            body_en="<p>Text.</p>",
            status="published",
            publish_at=now - timedelta(days=1, hours=number),
        )
        for number in range(1000)
    )
    _beavers_six_hours()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE news_pressrelease")
    with translation.override(language):
        site_search = search.Search(query)
        with CaptureQueriesContext(connection) as queries:
            site_search.overview()
            kind = search.get_kind("press")
            site_search.hits(kind, 0, 10, site_search.count(kind))
            site_search.hits(kind, 0, 10)  # the number of matches unknown: a walk, then the index

    press = [sql["sql"] for sql in queries.captured_queries if "news_pressrelease" in sql["sql"]]
    assert len(press) == 5
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        for sql in press:
            cursor.execute(f"EXPLAIN {sql}")
            plan = "\n".join(row[0] for row in cursor.fetchall())
            assert f"Bitmap Index Scan on search_pressrelease_{language}" in plan, plan


@postgresql_only
def test_postgresql_excerpt_is_a_ts_headline_with_marks(client):
    PressReleaseFactory(
        slug="lodz", title_lv="Lodza", body_lv="<p>Ceturtā tikšanās notika Lodzā, Polijā.</p>"
    )

    document = parse(client.get("/lv/meklet/", {"q": "lodza"}))

    assert [mark.text for mark in document.find_all("mark")] == ["Lodzā"]


def test_search_page_is_not_indexed_by_search_engines(client):
    document = parse(client.get("/en/search/", {"q": "x"}))

    assert document.find("meta", name="robots").attrs["content"] == "noindex, follow"
