"""Settings for the test suite: the site's own settings, with the environment a test run needs.

Production behaviour (debug off, secure cookies, cached templates, hashed static files) stays
on; only what a test client on plain HTTP cannot have is relaxed.
"""

import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-not-for-any-real-site-0123456789")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("DJANGO_MEDIA_ROOT", tempfile.mkdtemp(prefix="decode-test-media-"))

from decode_portal.settings import *  # noqa: F403

# Manifest storage needs collectstatic; the tests serve source files instead.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Models that exist only to test the shared content fields and protected partner deletion.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.contentapp", "tests.partnerrefs"]  # noqa: F405

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
WHITENOISE_AUTOREFRESH = True

# The site's URLs plus the uploaded files (MEDIA_ROOT above), which production leaves to the
# web server.
ROOT_URLCONF = "tests.urls"

# Each test run keeps its cache to itself, whatever REDIS_URL says (the Redis tests make their
# own clients). The page cache is off so that tests see each view's own queries and data; the
# page cache's tests turn it on.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # As in production (the header, menu and footer kept per language); emptied before each
    # test by tests/conftest.py.
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "KEY_FUNCTION": "operations.pagekeys.page_key",
    },
    "template_fragments": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "template-fragments",
    },
}
PAGE_CACHE_ENABLED = False
