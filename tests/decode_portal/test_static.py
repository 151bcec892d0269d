"""Production static files: collected with hashed names and precompressed by WhiteNoise."""

import pytest
from django.core.management import call_command
from django.test import override_settings

from tests.html import parse

MANIFEST = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}


@pytest.fixture
def collected(tmp_path, settings):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "staticfiles": MANIFEST}
    call_command("collectstatic", interactive=False, verbosity=0)
    return tmp_path


def test_pages_link_hashed_compressed_static_files(client, demo, collected):
    with override_settings(WHITENOISE_AUTOREFRESH=False, WHITENOISE_USE_FINDERS=False):
        document = parse(client.get("/lv/"))
    stylesheet = document.find("link", rel="stylesheet").attrs["href"]
    assert stylesheet.startswith("/static/css/site.") and stylesheet.endswith(".css")
    assert stylesheet != "/static/css/site.css"
    name = stylesheet.removeprefix("/static/")
    assert (collected / name).exists()
    assert (collected / (name + ".gz")).exists()
    emblem = document.find("img", class_="funding-notice__emblem").attrs["src"]
    assert (collected / emblem.removeprefix("/static/")).exists()
