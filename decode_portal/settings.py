"""Settings for the DeCoDe portal: one module, configured by environment variables.

Every variable is documented in README.md and .env.example. Debug is off unless
DJANGO_DEBUG turns it on; without debug a missing secret key or host list stops start-up.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off (see README, Configuration)."
        )
    SECRET_KEY = "insecure-development-key-only-for-DJANGO_DEBUG=1"
elif not DEBUG and "change-me" in SECRET_KEY.lower():
    # The placeholder of .env.example (or a key like it) signs sessions anyone can forge.
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is a placeholder: set it to 50+ random characters, e.g. the output "
        "of: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_ALLOWED_HOSTS must be set when DJANGO_DEBUG is off, "
            "e.g. DJANGO_ALLOWED_HOSTS=decode.daugavpils.lv"
        )
    ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before it.
    "modeltranslation",
    # The admin with the portal's own site (translation dashboard); see editorial/sites.py.
    "editorial.apps.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",  # full-text search on PostgreSQL; harmless on SQLite
    "django_countries",
    "django_prose_editor",
    "reversion",
    # django-axes (login lockout), named in the admin in its language; see operations/apps.py.
    "operations.apps.AxesConfig",
    "imagekit",
    # The shared building blocks, the editors' back office, site search, operations.
    "common",
    "editorial",
    "search",
    "operations",
    # The project (the demo command, its migrations) and the content apps.
    "decode_portal",
    "pages",
    "partners",
    "funding",
    "events",
    "news",
    "actionplan",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "operations.security.CrossOriginResourcePolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Whole pages for anonymous visitors: Django's cache middleware around gzip and ETags, so a
    # page is stored compressed with its ETag and a hit skips everything below the fetch
    # (sessions, locale, CSRF, auth, CSP: their headers were stored with the page).
    "operations.pagecache.UpdatePageMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "operations.pagecache.FetchPageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "operations.staff_sessions.StaffSessionLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "operations.outage.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "decode_portal.urls"
WSGI_APPLICATION = "decode_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "decode_portal.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The planner's default assumes spinning disks and then prefers reading a whole table to
    # the search's GIN index (and unpacks every row's search document on the way). 1.1 is the
    # usual value for SSD or cloud storage; set DJANGO_PG_RANDOM_PAGE_COST to override.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c random_page_cost={os.environ.get('DJANGO_PG_RANDOM_PAGE_COST', '1.1')}"
    )
    # A database host that does not answer gives a 503 page within seconds, not a hung worker.
    DATABASES["default"]["OPTIONS"].setdefault("connect_timeout", 5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_KEY_PREFIX = os.environ.get("DJANGO_CACHE_KEY_PREFIX", "decode")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's Redis backend, reusing its clients (see the module).
            "BACKEND": "operations.redis_cache.ReusedClientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            # A cache that does not answer must not hold up pages: they are served uncached.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The pages of the page cache (operations/pagecache.py), in the same store under their own
# prefix; their keys carry the content generation (operations/generation.py).
CACHES["pages"] = {
    **CACHES["default"],
    "KEY_PREFIX": f"{CACHE_KEY_PREFIX}-pages",
    "KEY_FUNCTION": "operations.pagekeys.page_key",
}
if not REDIS_URL:
    CACHES["pages"]["LOCATION"] = "pages"

# The parts of base.html that only the language (and the menu's current section) decide: the
# header, menu and footer, kept by {% cache %} in each process's memory for its lifetime. Nothing
# in them comes from the database, so no edit makes them stale; a deployment starts new
# processes. In debug nothing is kept, so template changes show at once.
CACHES["template_fragments"] = {
    "BACKEND": "django.core.cache.backends.dummy.DummyCache"
    if DEBUG
    else "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "template-fragments",
}

# Whole pages for anonymous visitors (operations/pagecache.py). On by default with a shared
# cache, or in debug (one process); a per-process memory cache under several gunicorn workers
# could not learn of another worker's edit, so without REDIS_URL production leaves it off.
PAGE_CACHE_ENABLED = env_bool("DJANGO_PAGE_CACHE", default=bool(REDIS_URL) or DEBUG)
PAGE_CACHE_SECONDS = int(os.environ.get("DJANGO_PAGE_CACHE_SECONDS", "600"))
CACHE_MIDDLEWARE_ALIAS = "pages"
CACHE_MIDDLEWARE_SECONDS = PAGE_CACHE_SECONDS
# What reverse proxies and browsers may reuse without asking: short, so an edit shows soon.
PAGE_CACHE_MAX_AGE = int(os.environ.get("DJANGO_PAGE_CACHE_MAX_AGE", "60"))
# Changes to these apps' models never show on pages; every other model's do.
# (axes records login attempts, reversion the history of saves that raise it anyway.)
PAGE_CACHE_IGNORED_APPS = ["admin", "auth", "contenttypes", "sessions", "axes", "reversion"]
# Fields of content models holding the time something becomes public by itself: no cached page
# outlives the next such time.
PAGE_CACHE_SCHEDULE_FIELDS = ["publish_at"]
# The query parameters pages read into what they show: the only ones a cached page's key holds.
# A request with any other (?utm_source=..., ?q=... of the search) is answered uncached.
PAGE_CACHE_QUERY_PARAMETERS = {"page", "theme", "city", "section"}
# Part of every page key: set it to the deployed commit so new code never meets old pages.
CACHE_MIDDLEWARE_KEY_PREFIX = os.environ.get("DJANGO_RELEASE", "")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: adding one is a change here, `makemigrations` and a .po file.
# Latvian and English are the project's languages, their texts authoritative; the partners'
# languages follow, each named in itself.
LANGUAGE_CODE = "lv"
AUTHORITATIVE_LANGUAGES = ("lv", "en")
LANGUAGES = [
    ("lv", "Latviešu"),
    ("en", "English"),
    ("lt", "Lietuvių"),
    ("pl", "Polski"),
    ("de", "Deutsch"),
    ("it", "Italiano"),
    ("da", "Dansk"),
    ("ro", "Română"),
    ("es", "Español"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Riga"
USE_I18N = True
# Date formats for a European site (decode_portal/formats/): "14 November 2019" in English.
FORMAT_MODULE_PATH = ["decode_portal.formats"]
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "lv"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
# English falls back to Latvian; a partner's language to English, then Latvian.
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("lv",),
    **{code: ("en", "lv") for code, _name in LANGUAGES if code not in AUTHORITATIVE_LANGUAGES},
}

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT") or BASE_DIR / "media")
# Uploads: the file system (DJANGO_MEDIA_ROOT, shared between hosts by NFS or the like) unless
# DJANGO_S3_BUCKET names a bucket of S3-compatible object storage (needs `pip install --group s3`).
S3_BUCKET = os.environ.get("DJANGO_S3_BUCKET", "")
if S3_BUCKET:
    MEDIA_STORAGE = {
        "BACKEND": "operations.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": os.environ.get("DJANGO_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("DJANGO_S3_REGION") or None,
            "access_key": os.environ.get("DJANGO_S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("DJANGO_S3_SECRET_ACCESS_KEY") or None,
            # Public files under the site's own media domain or proxy path, no signed URLs.
            "custom_domain": os.environ.get("DJANGO_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "default_acl": None,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=604800"},
        },
    }
else:
    MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Uploaded files on the file system are readable by the web server that serves /media/ (the
# content fields refuse files that are too large or not what they claim; see
# common/uploads.py).
FILE_UPLOAD_PERMISSIONS = 0o644

LOGIN_URL = "admin:login"

# DECODE_BENCH=1 adds the benchmark's bare view at /bench/bare/ (bench/run.py sets it).
BENCH_VIEW = env_bool("DECODE_BENCH")
# Admin login: after 5 wrong passwords for one user name from one address, that pair is locked
# for 30 minutes, even with the right password; a success resets the count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
# No start-up banner: stdout carries only the site's own (possibly JSON) log lines.
AXES_VERBOSE = False
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The lock ends 30 minutes after the fifth failure, as the lockout page says, however often
# someone tries meanwhile (every try during the lock is refused anyway).
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "operations.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "operations.lockout.client_ip"
# How many reverse proxies in front of the site append to X-Forwarded-For (0: none, use the
# connection's address). Set it to the real number, or every visitor shares the proxy's address.
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))

# Signed-in editors are signed out after a day without a request; each request moves the
# day on. Anonymous visitors have no session, so this sets no cookie for them.
SESSION_COOKIE_AGE = 24 * 60 * 60
SESSION_SAVE_EVERY_REQUEST = True
# Where signing in leads when ?next= is missing or points off the site (Django's default,
# /accounts/profile/, is no page here).
LOGIN_REDIRECT_URL = "admin:index"
# However busy, a session ends this long after signing in (operations/staff_sessions.py).
STAFF_SESSION_MAX_AGE = int(os.environ.get("DJANGO_STAFF_SESSION_HOURS", "12")) * 60 * 60

# Security: strict by default, relaxed only by debug or explicit variables.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
USE_X_FORWARDED_HOST = env_bool("DJANGO_USE_X_FORWARDED_HOST")
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", default=not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# No setting in Django: sent by operations.security.CrossOriginResourcePolicyMiddleware.
SECURE_CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
if not DEBUG:
    # The __Host- prefix makes browsers refuse the cookie unless it is Secure, has Path=/ and no
    # Domain, so no subdomain or plain-HTTP page can plant or overwrite it. (Without HTTPS, as
    # with `make run`, browsers would refuse such cookies: debug keeps Django's names.)
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
X_FRAME_OPTIONS = "DENY"

# Content Security Policy: nothing is allowed unless listed; no inline script or style, no
# request to another site. A <script> that really must be inline carries {{ csp_nonce }}.
SECURE_CSP = {
    "default-src": [CSP.NONE],
    "script-src": [CSP.SELF, CSP.NONCE],
    # The admin's rich-text editor (Tiptap, inside django-prose-editor 0.28) injects one fixed
    # <style> element; its hash allows exactly that content and nothing else.
    "style-src": [CSP.SELF, "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "manifest-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
}

# Logs go to stdout (the process manager or container collects them); DJANGO_LOG_FORMAT=json
# writes one JSON object per line.
LOG_FORMAT = os.environ.get("DJANGO_LOG_FORMAT", "plain")
if LOG_FORMAT not in {"plain", "json"}:
    raise ImproperlyConfigured("DJANGO_LOG_FORMAT must be 'plain' or 'json'")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "operations.logs.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        # WeasyPrint (action-plan PDFs) reports every layout step at INFO.
        "weasyprint": {"level": "WARNING"},
    },
}

# The project number appears on every page (with the funding statement) and in PDFs.
PROJECT_NUMBER = "595269-CITIZ-1-2017-2-LV-CITIZ-NT"

# modeltranslation's tabbed admin uses jQuery UI: served from our own static files, no CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"
