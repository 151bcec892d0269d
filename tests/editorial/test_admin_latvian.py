"""The Latvian admin speaks grammatical Latvian: the accusative after a verb, agreeing messages.

Walks every model of the admin site, auth's users and groups and django-axes' logs included.
"""

import json
import re

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.core import checks
from django.test import RequestFactory
from django.utils import translation

from actionplan.models import GoodPractice, Theme
from editorial.grammar import FEMININE, NOUNS, admin_models, check_nouns
from editorial.registered import model_admins
from events.models import MobilityEvent
from partners.models import PartnerEditor
from tests.contentapp.models import Document, Photo
from tests.editorial.helpers import form_data
from tests.factories import (
    FACTORIES,
    GoodPracticeFactory,
    MobilityEventFactory,
    PartnerFactory,
    ThemeFactory,
)
from tests.html import parse

REGISTERED = [model for model, _model_admin in model_admins(admin.site)]


def admin_url(model, view, *args, language="lv"):
    opts = model._meta
    tail = "".join(f"{arg}/" for arg in args)
    base = f"/{language}/admin/{opts.app_label}/{opts.model_name}/"
    return {"add": f"{base}add/", "change": f"{base}{tail}change/", "list": base}.get(
        view, f"{base}{tail}{view}/"
    )


def heading(response):
    (h1,) = parse(response).find_all("h1")
    return h1.text


def messages_of(response):
    return [element.text for element in parse(response).find_all("li") if _is_message(element)]


def _is_message(element):
    parent = element.parent
    return parent is not None and "messagelist" in (parent.attrs.get("class") or "")


def make(model):
    """One saved object of ``model``, as the factories make them or a minimal one."""
    if model in FACTORIES:
        return FACTORIES[model]()
    if model in (Photo, Document):
        return model.objects.create()
    if model is User:
        return User.objects.create_user("anna", "anna@example.org", "a long passphrase 123")
    if model is Group:
        return Group.objects.create(name="Tulkotāji")
    if model is PartnerEditor:
        user = User.objects.create_user("kaunas-editor", password="a long passphrase 123")
        return PartnerEditor.objects.create(user=user, partner=PartnerFactory())
    attempt = {
        "user_agent": "Firefox",
        "ip_address": "192.0.2.7",
        "username": "anna",
        "http_accept": "text/html",
        "path_info": "/lv/admin/login/",
    }
    if model is AccessAttempt:
        return AccessAttempt.objects.create(
            **attempt, get_data="", post_data="", failures_since_start=2
        )
    if model is AccessLog:
        return AccessLog.objects.create(**attempt)
    if model is AccessFailureLog:
        return AccessFailureLog.objects.create(**attempt)
    raise AssertionError(f"No way to make a {model._meta.label} here: add one to make().")


def may_add(model, user):
    request = RequestFactory().get("/")
    request.user = user
    return admin.site.get_model_admin(model).has_add_permission(request)


def ends_in_accusative(text):
    return re.search(r"[ui]$", text.split()[-1]) is not None


def test_every_model_of_the_admin_has_its_latvian_forms():
    assert check_nouns() == []
    assert {model._meta.label_lower for model in admin_models(admin.site)} <= set(NOUNS)


def test_a_model_without_latvian_forms_fails_the_system_check(monkeypatch):
    monkeypatch.delitem(NOUNS, "actionplan.goodpractice")

    (error,) = check_nouns()

    assert error.id == "editorial.E001"
    assert error.obj is GoodPractice
    assert error.level == checks.ERROR


@pytest.mark.parametrize(
    "model",
    [model for model in admin_models(admin.site) if not model.__module__.startswith("tests.")],
    ids=lambda model: model._meta.label,
)
def test_the_table_nominative_is_the_models_latvian_name(model):
    with translation.override("lv"):
        assert NOUNS[model._meta.label_lower].nominative == str(model._meta.verbose_name)


@pytest.mark.django_db
@pytest.mark.parametrize("model", REGISTERED, ids=lambda model: model._meta.label)
def test_add_page_heading_is_in_the_accusative(admin_client, admin_user, model):
    if not may_add(model, admin_user):
        pytest.skip(f"{model._meta.label} is not added through the admin")

    response = admin_client.get(admin_url(model, "add"))

    assert response.status_code == 200
    title = heading(response)
    assert title == f"Pievienot {NOUNS[model._meta.label_lower].accusative}"
    assert ends_in_accusative(title)


@pytest.mark.django_db
@pytest.mark.parametrize("model", REGISTERED, ids=lambda model: model._meta.label)
def test_change_page_heading_is_in_the_accusative(admin_client, model):
    obj = make(model)

    response = admin_client.get(admin_url(model, "change", obj.pk))

    assert response.status_code == 200
    title = heading(response)
    verb = title.split()[0]
    assert verb in {"Labot", "Skatīt"}
    assert title == f"{verb} {NOUNS[model._meta.label_lower].accusative}"
    assert ends_in_accusative(title)


def agrees(message, gender):
    """The participle right after "sekmīgi" has the noun's gender: -a feminine, -s masculine."""
    participle = re.search(r"sekmīgi (\w+)", message)[1]
    return participle.endswith("a" if gender == FEMININE else "s")


def saveable(model):
    # django-axes' logs are read-only; a user's change form posts its password hash, which is
    # read-only too and saved as it is.
    return model._meta.app_label != "axes"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "model", [model for model in REGISTERED if saveable(model)], ids=lambda m: m._meta.label
)
def test_success_message_after_a_save_agrees_with_the_models_gender(admin_client, model):
    obj = make(model)
    url = admin_url(model, "change", obj.pk)
    data = form_data(admin_client.get(url))

    response = admin_client.post(url, data, follow=True)

    noun = NOUNS[model._meta.label_lower]
    (message,) = messages_of(response)
    shown = str(obj) or "-"
    assert message.startswith(f"{noun.nominative[0].upper()}{noun.nominative[1:]} “{shown}”")
    assert "sekmīgi labot" in message
    assert agrees(message, noun.gender), message


@pytest.mark.django_db
def test_adding_a_feminine_model_says_pievienota(admin_client):
    url = admin_url(Theme, "add")
    data = form_data(admin_client.get(url))
    data.update({"number": "9", "title_lv": "Jaunā tēma", "summary_lv": "Kopsavilkums"})
    data["_addanother"] = "1"

    response = admin_client.post(url, data, follow=True)

    theme = Theme.objects.get(title_lv="Jaunā tēma")
    assert messages_of(response) == [
        f"Tēma “{theme}” sekmīgi pievienota. Zemāk var pievienot vēl vienu tēmu."
    ]


@pytest.mark.django_db
def test_saving_and_continuing_a_masculine_model_says_labots(admin_client):
    event = MobilityEventFactory()
    url = admin_url(MobilityEvent, "change", event.pk)
    data = {**form_data(admin_client.get(url)), "_continue": "1"}

    response = admin_client.post(url, data, follow=True)

    (message,) = messages_of(response)
    assert message == (
        f"Mobilitātes pasākums “{event}” sekmīgi labots. Zemāk to var labot vēlreiz."
    )


@pytest.mark.django_db
def test_deleting_says_dzesta_for_a_feminine_model(admin_client):
    practice = GoodPracticeFactory()
    url = admin_url(GoodPractice, "delete", practice.pk)

    confirmation = admin_client.get(url)
    response = admin_client.post(url, {"post": "yes"}, follow=True)

    assert f"Vai tiešām vēlaties dzēst labo praksi “{practice}”?" in parse(confirmation).text
    assert messages_of(response) == [f"Labā prakse “{practice}” sekmīgi dzēsta."]


@pytest.mark.django_db
def test_bulk_delete_names_and_counts_in_latvian(admin_client):
    themes = ThemeFactory.create_batch(2)
    url = admin_url(Theme, "list")
    selection = {"action": "delete_selected", "_selected_action": [t.pk for t in themes]}

    changelist = admin_client.get(url)
    confirmation = admin_client.post(url, selection)
    response = admin_client.post(url, {**selection, "post": "yes"}, follow=True)

    doc = parse(changelist)
    options = [option.text for option in doc.find_all("option")]
    assert "Dzēst atlasītās tēmas" in options
    assert heading(changelist) == "Atlasīt tēmu, lai labotu"
    assert "Meklēšana: tēmas" in doc.text
    assert "Pievienot tēmu" in [link.text for link in doc.by_class("addlink")]
    assert "Vai tiešām dzēst atlasītās tēmas?" in parse(confirmation).text
    assert messages_of(response) == ["Sekmīgi dzēstas 2 tēmas."]


@pytest.mark.django_db
def test_bulk_delete_of_one_masculine_object(admin_client):
    event = MobilityEventFactory()
    url = admin_url(MobilityEvent, "list")
    selection = {"action": "delete_selected", "_selected_action": [event.pk], "post": "yes"}

    response = admin_client.post(url, selection, follow=True)

    assert messages_of(response) == ["Sekmīgi dzēsts 1 mobilitātes pasākums."]


@pytest.mark.django_db
def test_recover_list_title_agrees_with_the_model(admin_client):
    feminine = admin_client.get(admin_url(GoodPractice, "recover"))
    masculine = admin_client.get(admin_url(MobilityEvent, "recover"))

    assert heading(feminine) == "Atjaunot dzēstās labās prakses"
    assert heading(masculine) == "Atjaunot dzēstos mobilitātes pasākumus"


@pytest.mark.django_db
def test_inline_add_button_and_related_links_use_the_accusative(admin_client):
    event = MobilityEventFactory()

    response = admin_client.get(admin_url(MobilityEvent, "change", event.pk))

    doc = parse(response)
    add_buttons = [
        json.loads(element.attrs["data-inline-formset"])["options"]["addText"]
        for element in doc.elements
        if "data-inline-formset" in element.attrs
    ]
    link_titles = {link.attrs.get("title") for link in doc.by_class("add-related")}
    assert add_buttons == [
        "Pievienot vēl vienu programmas punktu",
        "Pievienot vēl vienu fotogrāfiju",
        "Pievienot vēl vienu dokumentu",
        "Pievienot vēl vienu avotu",
    ]
    assert "Pievienot vēl vienu partneri" in link_titles


@pytest.mark.django_db
def test_user_and_group_admins_speak_latvian_too(admin_client):
    users = admin_client.get(admin_url(User, "list"))
    groups = admin_client.get(admin_url(Group, "list"))

    assert heading(users) == "Atlasīt lietotāju, lai labotu"
    assert heading(groups) == "Atlasīt kopu, lai labotu"


@pytest.mark.django_db
def test_english_admin_stays_djangos(admin_client):
    practice = GoodPracticeFactory()
    url = admin_url(GoodPractice, "change", practice.pk, language="en")
    data = form_data(admin_client.get(url))

    add = admin_client.get(admin_url(GoodPractice, "add", language="en"))
    response = admin_client.post(url, data, follow=True)

    assert heading(add) == "Add good practice"
    assert messages_of(response) == [f"The good practice “{practice}” was changed successfully."]


@pytest.mark.django_db
def test_history_names_translated_fields_in_latvian(admin_client):
    practice = GoodPracticeFactory()
    url = admin_url(GoodPractice, "change", practice.pk)
    data = {**form_data(admin_client.get(url)), "title_lv": "Cits nosaukums"}
    admin_client.post(url, data)

    latvian = admin_client.get(admin_url(GoodPractice, "history", practice.pk))
    english = admin_client.get(admin_url(GoodPractice, "history", practice.pk, language="en"))

    assert "Labots: virsraksts [lv]." in parse(latvian).text
    assert "Changed Title [lv]." in parse(english).text


@pytest.mark.django_db
def test_add_page_breadcrumb_is_in_the_accusative(admin_client):
    response = admin_client.get(admin_url(GoodPractice, "add"))

    (current,) = [li for li in parse(response).find_all("li") if "aria-current" in li.attrs]
    assert current.text == "Pievienot labo praksi"


@pytest.mark.django_db
def test_select_all_on_a_list_agrees_with_the_model(admin_client):
    feminine = admin_client.get(admin_url(Theme, "list"))
    masculine = admin_client.get(admin_url(MobilityEvent, "list"))

    assert feminine.context["module_name"] == "visas tēmas"
    assert masculine.context["module_name"] == "visus mobilitātes pasākumus"
    with translation.override("lv"):
        phrase = translation.gettext("Select all %(total_count)s %(module_name)s")
    assert phrase % {"total_count": 12, "module_name": "visas tēmas"} == (
        "Atlasīt visas tēmas (12)"
    )


@pytest.mark.django_db
def test_sign_in_records_are_in_latvian(admin_client):
    AccessAttempt.objects.create(
        user_agent="Firefox",
        ip_address="192.0.2.7",
        username="anna",
        http_accept="text/html",
        path_info="/lv/admin/login/",
        get_data="",
        post_data="",
        failures_since_start=5,
    )

    index = parse(admin_client.get("/lv/admin/")).text
    attempts = parse(admin_client.get(admin_url(AccessAttempt, "list"))).text

    assert "Pieteikšanās aizsardzība" in index
    assert "Piekļuves mēģinājumi" in index
    assert "Neveiksmīgas pieteikšanās" in attempts
    assert "Attempt Time" not in attempts and "Mēģinājuma laiks" in attempts


@pytest.mark.django_db
def test_list_filters_name_their_field_without_a_wrong_case(admin_client):
    response = admin_client.get(admin_url(GoodPractice, "list"))

    summaries = [element.text for element in parse(response).find_all("summary")]
    assert "Pēc lauka “statuss”" in summaries


@pytest.mark.django_db
def test_djangos_own_history_names_fields_in_latvian(admin_client):
    link = make(PartnerEditor)
    other = PartnerFactory()
    url = admin_url(PartnerEditor, "change", link.pk)
    admin_client.post(url, {**form_data(admin_client.get(url)), "partner": other.pk})

    history = admin_client.get(admin_url(PartnerEditor, "history", link.pk))

    assert "Labots: partneris." in parse(history).text


def test_a_plain_message_that_looks_like_djangos_stays_plain_text():
    from editorial.grammar import latvian_message

    with translation.override("lv"):
        message = latvian_message(Theme, "tēma “<b>x</b>” tika sekmīgi mainīts.")

    assert message == "Tēma “&lt;b&gt;x&lt;/b&gt;” sekmīgi labota."


def test_messages_in_english_are_left_to_django():
    from editorial.grammar import latvian_message

    with translation.override("en"):
        assert latvian_message(Theme, "The theme “x” was changed successfully.") is None
