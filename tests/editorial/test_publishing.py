"""Drafts and scheduled content stay out of public view; editors preview them at their address."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.utils import timezone

from common.publishing import PublicationStatus, required_to_publish
from tests.contentapp.models import Article
from tests.decode_portal.sitemap import sitemap_paths
from tests.editorial.helpers import form_data
from tests.factories import ArticleFactory
from tests.html import parse

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.contentapp.urls")]

DRAFT = PublicationStatus.DRAFT
PUBLISHED = PublicationStatus.PUBLISHED


def test_published_means_published_and_due():
    now = timezone.now()
    public = ArticleFactory(publish_at=now - timedelta(minutes=1))
    ArticleFactory(status=DRAFT)
    ArticleFactory(publish_at=now + timedelta(days=1))

    assert list(Article.objects.published()) == [public]


def test_published_without_a_time_is_public_at_once():
    article = ArticleFactory(status=PUBLISHED, publish_at=None)

    assert article.publish_at is not None
    assert article.is_public
    assert list(Article.objects.published()) == [article]


def test_scheduled_in_the_past_is_published_at_once():
    article = ArticleFactory(publish_at=timezone.now() - timedelta(days=3))

    assert article.is_public and not article.is_scheduled


def test_scheduled_article_appears_when_its_time_comes(client):
    when = timezone.now() + timedelta(hours=2)
    article = ArticleFactory(publish_at=when)
    assert article.is_scheduled
    assert client.get(article.get_absolute_url()).status_code == 404

    with time_machine.travel(when + timedelta(seconds=1), tick=False):
        assert client.get(article.get_absolute_url()).status_code == 200
        assert article.get_absolute_url() in sitemap_paths(client)


def test_publishing_needs_the_latvian_text():
    article = Article(slug="x", title_lv="Virsraksts", title_en="Title", status=PUBLISHED)

    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "body_lv" in error.value.message_dict
    with pytest.raises(ValidationError):
        article.save()
    assert "body_lv" in required_to_publish(Article)
    assert "title_lv" in required_to_publish(Article)
    assert "body_en" not in required_to_publish(Article)


def test_a_draft_may_wait_for_its_latvian_text():
    article = Article(slug="x", title_lv="Virsraksts", status=DRAFT)

    article.full_clean()
    article.save()

    assert Article.objects.get().status == DRAFT


def test_draft_is_not_found_by_anonymous_visitors(client):
    draft = ArticleFactory(status=DRAFT)

    for url in (draft.get_absolute_url(), "/en/articles/" + draft.slug + "/"):
        assert client.get(url).status_code == 404


def test_drafts_stay_out_of_lists_and_sitemap_even_for_editors(client, editor):
    draft = ArticleFactory(status=DRAFT, title_lv="Melnraksts")
    public = ArticleFactory(title_lv="Publisks")
    client.force_login(editor)

    listing = parse(client.get("/lv/articles/")).find("main").text
    paths = sitemap_paths(client)

    assert "Publisks" in listing and "Melnraksts" not in listing
    assert public.get_absolute_url() in paths
    assert draft.get_absolute_url() not in paths


def test_editor_previews_a_draft_marked_never_cached_and_not_indexed(client, editor):
    draft = ArticleFactory(status=DRAFT, title_lv="Melnraksts", body_lv="<p>Vēl top.</p>")
    client.force_login(editor)

    response = client.get(draft.get_absolute_url())

    assert response.status_code == 200
    page = parse(response)
    assert page.find("h1").text == "Melnraksts"
    banner = page.by_class("preview-banner")
    assert banner and "Priekšskatījums – nav publisks" in banner[0].text
    assert page.find("meta", name="robots").attrs["content"] == "noindex, nofollow"
    assert response.headers["X-Robots-Tag"] == "noindex, nofollow"
    cache_control = {part.strip() for part in response.headers["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control


def test_editor_previews_a_scheduled_article_with_its_date(client, editor):
    article = ArticleFactory(publish_at=timezone.now() + timedelta(days=2))
    client.force_login(editor)

    banner = parse(client.get("/en/articles/" + article.slug + "/")).by_class("preview-banner")

    assert banner and "Scheduled" in banner[0].text


def test_published_page_has_no_preview_marks(client, editor):
    article = ArticleFactory()
    client.force_login(editor)

    response = client.get(article.get_absolute_url())

    page = parse(response)
    assert not page.by_class("preview-banner")
    assert page.find("meta", name="robots") is None
    assert "X-Robots-Tag" not in response.headers


def test_staff_without_permission_on_the_model_gets_404(client, db):
    user = User.objects.create_user("other", password="a-long-enough-password", is_staff=True)
    draft = ArticleFactory(status=DRAFT)
    client.force_login(user)

    assert client.get(draft.get_absolute_url()).status_code == 404


def admin_article_form(client, article=None):
    url = (
        f"/lv/admin/contentapp/article/{article.pk}/change/"
        if article
        else "/lv/admin/contentapp/article/add/"
    )
    return url, form_data(client.get(url))


def test_admin_refuses_to_publish_without_latvian_text(client, editor):
    client.force_login(editor)
    url, data = admin_article_form(client)
    data.update(
        {
            "slug": "jauns",
            "title_lv": "Jauns raksts",
            "title_en": "New article",
            "body_lv": "",
            "body_en": "<p>English only.</p>",
            "status": PUBLISHED,
        }
    )

    response = client.post(url, data)

    assert response.status_code == 200
    errors = " ".join(element.text for element in parse(response).by_class("errorlist"))
    assert "Vajadzīgs pirms publicēšanas" in errors
    assert not Article.objects.exists()


def test_admin_publishes_without_english_and_says_so(client, editor):
    client.force_login(editor)
    url, data = admin_article_form(client)
    data.update(
        {
            "slug": "jauns",
            "title_lv": "Jauns raksts",
            "body_lv": "<p>Teksts.</p>",
            "status": PUBLISHED,
        }
    )

    response = client.post(url, data, follow=True)

    article = Article.objects.get()
    assert article.is_public
    messages = " ".join(element.text for element in parse(response).by_class("warning"))
    assert "bez tulkojuma" in messages
    assert article.get_absolute_url() in sitemap_paths(client)


def test_admin_list_shows_publication_state_and_filters_by_it(client, editor):
    ArticleFactory(status=DRAFT, title_lv="Melnraksts")
    ArticleFactory(publish_at=timezone.now() + timedelta(days=1), title_lv="Ieplānots")
    client.force_login(editor)

    listing = parse(client.get("/lv/admin/contentapp/article/")).text
    drafts = parse(client.get("/lv/admin/contentapp/article/?status__exact=draft")).text

    assert "melnraksts" in listing and "ieplānots" in listing
    assert "Ieplānots" not in drafts and "Melnraksts" in drafts
