"""Every content changelist uses the same number of queries for 5 objects as for 50."""

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext

from editorial.registered import model_admins
from funding.models import Grant
from pages.models import Page
from tests.contentapp.models import Article
from tests.factories import FACTORIES, ArticleFactory, PageFactory
from tests.html import parse

# Models of which the site has a fixed number: four standing pages, one grant.
BOUNDED = {Page, Grant}
ADMINS = [model for model in FACTORIES if admin.site.is_registered(model) and model not in BOUNDED]


def changelist_url(model, language="lv"):
    opts = model._meta
    return f"/{language}/admin/{opts.app_label}/{opts.model_name}/"


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries)


@pytest.mark.django_db
@pytest.mark.parametrize("model", ADMINS, ids=lambda model: model._meta.label)
def test_changelist_queries_do_not_grow_with_objects(
    admin_client, django_assert_num_queries, model
):
    url = changelist_url(model)
    FACTORIES[model].create_batch(5)
    small = count_queries(admin_client, url)
    FACTORIES[model].create_batch(45)

    with django_assert_num_queries(small):
        admin_client.get(url)


@pytest.mark.django_db
def test_changelist_queries_for_partner_editors_do_not_grow(
    client, kaunas_editor, kaunas_partner, django_assert_num_queries
):
    client.force_login(kaunas_editor)
    url = changelist_url(Article)
    ArticleFactory.create_batch(5, partners=[kaunas_partner])
    small = count_queries(client, url)
    ArticleFactory.create_batch(45, partners=[kaunas_partner])

    with django_assert_num_queries(small):
        client.get(url)


@pytest.mark.django_db
def test_page_changelist_queries_do_not_grow(admin_client):
    PageFactory(key=Page.Key.ABOUT)
    small = count_queries(admin_client, changelist_url(Page))
    for key in (Page.Key.LEGAL, Page.Key.ACCESSIBILITY, Page.Key.PRIVACY):
        PageFactory(key=key)

    assert count_queries(admin_client, changelist_url(Page)) == small


def test_every_registered_content_admin_is_checked():
    from editorial.content_admin import ContentAdmin

    content_models = {
        model
        for model, model_admin in model_admins(admin.site)
        if isinstance(model_admin, ContentAdmin)
    }
    assert content_models <= set(ADMINS) | BOUNDED


@pytest.mark.django_db
def test_practice_changelist_for_partner_editors_does_not_grow(
    client, kaunas_editor, kaunas_partner, vejle_partner, django_assert_num_queries
):
    from actionplan.models import GoodPractice
    from tests.factories import GoodPracticeFactory

    client.force_login(kaunas_editor)
    url = changelist_url(GoodPractice)
    GoodPracticeFactory.create_batch(5, partner=kaunas_partner)
    GoodPracticeFactory.create_batch(5, partner=vejle_partner)
    small = count_queries(client, url)
    GoodPracticeFactory.create_batch(45, partner=kaunas_partner)

    with django_assert_num_queries(small):
        response = client.get(url)
    rows = [
        row
        for row in parse(response).find_all("tr")
        if any(a.attrs.get("id") == "result_list" for a in row.ancestors())
    ]
    assert len(rows) == 1 + 50  # the header, then only Kaunas's practices
