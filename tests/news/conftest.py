import pytest


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded files of each test go to a folder of their own that pytest cleans up."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT
