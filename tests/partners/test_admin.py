"""Editors keep the partners current in the admin: bad input gets a message, never an error page."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from partners.models import Partner, PopulationFigure
from tests.editorial.helpers import NO_SOURCE_ROWS
from tests.factories import PartnerFactory, PopulationFigureFactory
from tests.html import parse

ADD_URL = "/en/admin/partners/partner/add/"
INLINE = "population_figures"


def blank_one_bit_png(width, height):
    """A valid black-and-white PNG written directly: huge in pixels, tiny in bytes."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes((width + 7) // 8)  # filter byte, then one bit per pixel
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(row * height, 9))
        + chunk(b"IEND", b"")
    )


def png(size=(120, 60), mode="RGB", **options):
    buffer = io.BytesIO()
    Image.new(mode, size, 0).save(buffer, "PNG", **options)
    return buffer.getvalue()


def partner_form(**changes):
    """The add form as an editor fills it in, with one population figure."""
    data = {
        "number": "PP2",
        "name_lv": "Kauņas pilsētas pašvaldība",
        "name_en": "Kaunas City Municipality",
        "native_name": "Kauno miesto savivaldybės administracija",
        "native_name_language": "lt",
        "slug": "kaunas",
        "city_lv": "Kauņa",
        "city_en": "Kaunas",
        "country": "LT",
        "latitude": "54.89720",
        "longitude": "23.88610",
        "summary_lv": "",
        "summary_en": "",
        "description_lv": "<p>Apraksts.</p>",
        "description_en": "<p>Description.</p>",
        "website": "https://www.kaunas.lt/",
        "email": "",
        f"{INLINE}-TOTAL_FORMS": "1",
        f"{INLINE}-INITIAL_FORMS": "0",
        f"{INLINE}-MIN_NUM_FORMS": "0",
        f"{INLINE}-MAX_NUM_FORMS": "1000",
        **figure_fields(0, year="2024", value="304198"),
        **NO_SOURCE_ROWS,
    }
    data.update(changes)
    return data


def figure_fields(index, **values):
    fields = {
        "area": "city",
        "area_name_lv": "",
        "area_name_en": "",
        "year": "2024",
        "reference_date": "2024-01-01",
        "value": "304198",
        "source_name": "Statistics Lithuania",
        "source_url": "https://geodata.lt/kauno-miesto-gyventoju-skaicius",
    }
    fields.update(values)
    return {f"{INLINE}-{index}-{name}": value for name, value in fields.items()}


def errors(response):
    """The error messages the admin form shows, in page order."""
    document = parse(response)
    return [li.text for ul in document.by_class("errorlist") for li in ul.children]


@pytest.fixture
def signed_in(client, editor):
    client.force_login(editor)
    return client


def test_editor_adds_a_partner_with_its_population_figures(signed_in):
    response = signed_in.post(ADD_URL, partner_form())
    assert response.status_code == 302, errors(response)
    partner = Partner.objects.get(slug="kaunas")
    assert (partner.name_lv, partner.name_en, partner.country.code) == (
        "Kauņas pilsētas pašvaldība",
        "Kaunas City Municipality",
        "LT",
    )
    assert list(partner.population_figures.values_list("year", "value")) == [(2024, 304_198)]


def test_editor_uploads_a_logo_stored_with_its_size(signed_in):
    logo = SimpleUploadedFile("logo.png", png((120, 60)), content_type="image/png")
    response = signed_in.post(ADD_URL, partner_form(logo=logo))
    assert response.status_code == 302, errors(response)
    partner = Partner.objects.get(slug="kaunas")
    assert (partner.logo_width, partner.logo_height) == (120, 60)
    public = parse(signed_in.get("/en/partners/kaunas/"))
    img = public.find("img", class_="partner__logo")
    assert (img.attrs["width"], img.attrs["height"]) == ("120", "60")


BAD_LOGOS = {
    "not an image": (
        "logo.png",
        b"%PDF-1.7 this is a document",
        "The file is not a JPEG, PNG or WebP image.",
    ),
    "svg": (
        "logo.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "The file is not a JPEG, PNG or WebP image.",
    ),
    "100 megapixels in a few KiB": (
        "bomb.png",
        None,  # made in the test: a 10,000 × 10,000 one-bit PNG
        "The image has too many pixels (max 40 megapixels).",
    ),
    "over 5 MB": (
        "huge.png",
        None,  # made in the test: an uncompressed PNG of 5.5 MB
        "The image is larger than 5 MB.",
    ),
}


@pytest.mark.parametrize("case", BAD_LOGOS)
def test_bad_logo_gets_a_message_and_nothing_is_saved(signed_in, english, case):
    name, data, message = BAD_LOGOS[case]
    if case == "100 megapixels in a few KiB":
        data = blank_one_bit_png(10_000, 10_000)
        assert len(data) < 64 * 1024
    elif case == "over 5 MB":
        data = png((1_400, 1_300), compress_level=0)
        assert len(data) > 5 * 1024 * 1024
    response = signed_in.post(ADD_URL, partner_form(logo=SimpleUploadedFile(name, data)))
    assert response.status_code == 200
    assert message in errors(response)
    assert not Partner.objects.exists()
    assert not PopulationFigure.objects.exists()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"latitude": "123"},
            "latitude",
            "Ensure this value is less than or equal to 90.",
        ),
        (
            {"longitude": "-200"},
            "longitude",
            "Ensure this value is greater than or equal to -180.",
        ),
        (
            {"latitude": "-34.6", "longitude": "-58.4"},
            "latitude",
            "This place lies outside the map of Europe. Check the coordinates: latitude is north "
            "of the equator, longitude east of Greenwich, both in decimal degrees.",
        ),
    ],
)
def test_bad_coordinates_get_a_message(signed_in, english, changes, field, message):
    response = signed_in.post(ADD_URL, partner_form(**changes))
    assert response.status_code == 200
    assert message in errors(response)
    assert not Partner.objects.exists()


def test_duplicate_year_in_the_form_gets_a_message_not_an_error_page(signed_in, english):
    data = partner_form(
        **{f"{INLINE}-TOTAL_FORMS": "2"},
        **figure_fields(1, year="2024", value="300000"),
    )
    response = signed_in.post(ADD_URL, data)
    assert response.status_code == 200
    assert "Please correct the duplicate data for area and year, which must be unique." in errors(
        response
    )
    assert not Partner.objects.exists()


def test_duplicate_of_a_stored_year_gets_a_message_not_an_error_page(signed_in, english):
    partner = PartnerFactory(number="PP2", slug="kaunas")
    stored = PopulationFigureFactory(partner=partner, year=2024, value=304_198)
    url = f"/en/admin/partners/partner/{partner.pk}/change/"
    form = parse(signed_in.get(url))
    data = {
        field.attrs["name"]: field.attrs.get("value", "")
        for field in form.find_all("input")
        if field.attrs.get("name") and field.attrs.get("type") not in {"checkbox", "file", "submit"}
    }
    data.update({"country": "LT", "area": "city", "native_name_language": ""})
    data[f"{INLINE}-0-area"] = "city"
    data[f"{INLINE}-1-area"] = "city"
    data.update(
        {
            "description_lv": "<p>Apraksts.</p>",
            "description_en": "",
            f"{INLINE}-TOTAL_FORMS": "2",
            **figure_fields(1, year="2024", value="1"),
        }
    )
    response = signed_in.post(url, data)
    assert response.status_code == 200
    assert errors(response)
    assert list(PopulationFigure.objects.values_list("pk", "value")) == [(stored.pk, 304_198)]


def test_reserved_slug_gets_a_message(signed_in, english):
    response = signed_in.post(ADD_URL, partner_form(slug="population"))
    assert response.status_code == 200
    assert "“population” is the address of another page; choose another slug." in errors(response)


def test_partner_list_shows_what_editors_scan_for(signed_in, english):
    partner = PartnerFactory(number="LP", name_en="Daugavpils City Council", city_en="Daugavpils")
    Partner.objects.filter(pk=partner.pk).update(name_en=None)
    document = parse(signed_in.get("/en/admin/partners/partner/"))
    table = document.find("table", id="result_list")
    headers = [th.text for th in table.children[0].children[0].children]
    assert headers[1:7] == [
        "Partner number",
        "Name",
        "City",
        "Country",
        "Translations",
        "Logo",
    ]
    status = document.by_class("translation-status--missing")
    assert [s.text for s in status] == ["EN ✗"]


def test_partner_list_search_finds_native_and_translated_names(signed_in):
    PartnerFactory(number="PP3", native_name="Województwo Łódzkie", name_en="Łódzkie Region")
    PartnerFactory(number="PP4", native_name="Landeshauptstadt Magdeburg")
    document = parse(signed_in.get("/en/admin/partners/partner/", {"q": "Łódzkie"}))
    rows = document.find("table", id="result_list").children[1].children
    assert len(rows) == 1
    assert "PP3" in rows[0].text


def test_editors_may_edit_partners_and_figures(editor):
    assert editor.has_perms(
        [
            "partners.add_partner",
            "partners.change_partner",
            "partners.delete_partner",
            "partners.change_populationfigure",
            "partners.add_populationfigure",
            "partners.delete_populationfigure",
        ]
    )


def test_deleting_a_partner_others_refer_to_is_refused_with_a_message(signed_in, english):
    from tests.partnerrefs.models import PartnerReference

    partner = PartnerFactory(number="LP", name_en="Daugavpils City Council")
    PartnerReference.objects.create(partner=partner, title="Kick-off meeting")
    url = f"/en/admin/partners/partner/{partner.pk}/delete/"
    page = parse(signed_in.get(url))
    assert page.find("h1").text == "Cannot delete partner"
    assert "would require deleting the following protected related objects" in page.text
    assert "Kick-off meeting" in page.text
    response = signed_in.post(url, {"post": "yes"})
    assert response.status_code == 200
    assert Partner.objects.filter(pk=partner.pk).exists()


def test_the_language_of_a_partners_name_is_chosen_from_names_in_the_editors_language(
    admin_client, db
):
    from tests.factories import PartnerFactory

    partner = PartnerFactory()

    page = parse(admin_client.get(f"/lv/admin/partners/partner/{partner.pk}/change/"))

    names = {
        option.attrs.get("value"): option.text
        for option in page.find_all("option")
        if option.parent.attrs.get("name") == "native_name_language"
    }
    assert names["lt"] == "lietuviešu"
    assert names["lv"] == "latviešu"
