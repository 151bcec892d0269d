from tests.fixtures import english, media_root  # noqa: F401 (fixtures)
