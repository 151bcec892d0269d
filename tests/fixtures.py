"""Fixtures several test packages use; a package's conftest imports those it wants."""

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded and generated files of each test go to a folder that pytest cleans up."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def english():
    """Messages in English, the language of the msgids the tests compare against."""
    with translation.override("en"):
        yield
