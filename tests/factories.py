"""Factories for test data; each app's factories live here so tests share one vocabulary."""

import factory

from decode_portal.models import Page


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page
        django_get_or_create = ["key"]

    key = Page.Key.ABOUT
    title_lv = factory.Sequence(lambda n: f"Lapa {n}")
    title_en = factory.Sequence(lambda n: f"Page {n}")
    body_lv = "<p>Teksts latviski.</p>"
    body_en = "<p>Text in English.</p>"
