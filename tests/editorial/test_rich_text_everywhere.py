"""Every rich-text field of every app is the shared RichTextField, sanitised on every write."""

import json

import pytest
from django.apps import apps
from django.core import serializers
from django.db import models
from django.utils import translation

from common.documents import LanguagePdf
from common.richtext import RichTextField
from editorial.history import translated_originals
from tests.factories import FACTORIES

DIRTY = (
    "<p>Teksts</p><script>alert(1)</script>"
    '<p><img src="x" onerror="alert(2)"></p>'
    '<p><a href="javascript:alert(3)">saite</a></p>'
    '<iframe src="https://evil.example/"></iframe>'
)
FORBIDDEN = ("<script", "onerror", "javascript:", "<iframe", "alert(")


def rich_text_fields():
    """(model, column) for every RichTextField column of every installed model.

    For a translated field, its language columns (``body_lv``, ``body_en``); the untranslated
    original (``body``) is written through them.
    """
    return [
        (model, field.name)
        for model in apps.get_models()
        for field in model._meta.concrete_fields
        if isinstance(field, RichTextField) and field.name not in translated_originals(model)
    ]


FIELDS = rich_text_fields()


def ids(value):
    return value._meta.label if isinstance(value, type) else str(value)


def assert_clean(model, pk, column):
    stored = model._base_manager.filter(pk=pk).values_list(column, flat=True).get()
    assert not any(bad in stored for bad in FORBIDDEN), stored
    assert "Teksts" in stored


def test_rich_text_fields_are_found_in_every_language():
    labels = {(model._meta.label, name) for model, name in FIELDS}
    assert ("pages.Page", "body_lv") in labels
    assert ("pages.Page", "body_en") in labels
    assert ("partners.Partner", "description_en") in labels


def test_every_model_with_rich_text_has_a_factory():
    assert {model for model, _name in FIELDS} <= set(FACTORIES)


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "column"), FIELDS, ids=ids)
def test_objects_create_stores_no_script(model, column):
    obj = FACTORIES[model](**{column: DIRTY})
    assert_clean(model, obj.pk, column)


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "column"), FIELDS, ids=ids)
def test_queryset_update_stores_no_script(model, column):
    obj = FACTORIES[model]()
    model._base_manager.filter(pk=obj.pk).update(**{column: DIRTY})
    assert_clean(model, obj.pk, column)


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "column"), FIELDS, ids=ids)
def test_fixture_load_stores_no_script(model, column):
    obj = FACTORIES[model]()
    [record] = json.loads(serializers.serialize("json", [obj]))
    record["fields"][column] = DIRTY
    for restored in serializers.deserialize("json", json.dumps([record])):
        restored.save()  # a raw save, as loaddata does
    assert_clean(model, obj.pk, column)


MARKUP = "<u>x</u>"


def plain_text_columns(model, url):
    """The model's plain-text columns an editor fills in, other than those its URL is made of."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, models.CharField | models.TextField)
        and not isinstance(field, RichTextField | models.SlugField | models.URLField)
        and field.editable
        and not field.choices
        and not field.unique
        and (field.max_length or len(MARKUP)) >= len(MARKUP)
        and field.name not in translated_originals(model)
        and field.name not in url
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "model",
    [
        model
        for model in FACTORIES
        # The pages of the site's apps (a LanguagePdf's URL is its file).
        if hasattr(model, "get_absolute_url")
        and not issubclass(model, LanguagePdf)
        and not model.__module__.startswith("tests.")
    ],
    ids=lambda model: model._meta.label,
)
@pytest.mark.parametrize("language", ["lv", "en"])
def test_markup_typed_into_a_plain_text_field_is_shown_as_text(client, model, language):
    """Only sanitised rich text is printed unescaped: markup in any other field is just text."""
    obj = FACTORIES[model]()
    with translation.override(language):
        url = obj.get_absolute_url()
    columns = plain_text_columns(model, url)
    model._base_manager.filter(pk=obj.pk).update(**dict.fromkeys(columns, MARKUP))

    html = client.get(url).content.decode()

    assert columns
    assert MARKUP not in html
    assert "&lt;u&gt;x&lt;/u&gt;" in html
