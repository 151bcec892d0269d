"""The content generation: what every edit raises, and how long a page may be kept.

A number in the pages cache that each save, delete or many-to-many change of a content model
raises (in every app but ``PAGE_CACHE_IGNORED_APPS``, so apps added later are covered). It is
part of every cached page's key (``operations.pagecache``), so one edit makes every page
stale in every process and on every host that shares the cache. Content also changes without a
save: scheduled objects become public at their ``publish_at`` and meetings turn past at midnight,
so no page is kept past either moment (``page_lifetime``).
"""

import functools
import logging
import time
from datetime import UTC, datetime, timedelta

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils import timezone

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
NEXT_PUBLICATION_KEY = "page-cache:next-publication"  # a timestamp, 0 for none; per generation


def _cache():
    return caches[settings.CACHE_MIDDLEWARE_ALIAS]


def current_generation(cache=None):
    """The content generation; a lost one restarts from the clock, never from an old number."""
    cache = cache or _cache()
    if (generation := cache.get(GENERATION_KEY)) is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def bump_generation(cache=None):
    """Make every cached page stale, in every process that shares the cache."""
    cache = cache or _cache()
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # not in the cache (yet, or any more)
            cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        cache.delete(NEXT_PUBLICATION_KEY)
    except Exception:
        logger.exception("Page cache: could not raise the content generation")


@functools.cache
def _scheduled_fields():
    return [
        (model, field.name)
        for model in apps.get_models()
        if model._meta.app_label not in settings.PAGE_CACHE_IGNORED_APPS
        for field in model._meta.concrete_fields
        if field.name in settings.PAGE_CACHE_SCHEDULE_FIELDS
    ]


def next_publication(cache=None, now=None):
    """When the next scheduled object becomes public, or None (looked up once a generation)."""
    cache = cache or _cache()
    if (stamp := cache.get(NEXT_PUBLICATION_KEY)) is None:
        now = now or timezone.now()
        moments = [
            moment
            for model, name in _scheduled_fields()
            if (
                moment := model._base_manager.filter(**{f"{name}__gt": now})
                .order_by(name)
                .values_list(name, flat=True)
                .first()
            )
        ]
        stamp = min(moments).timestamp() if moments else 0
        cache.set(NEXT_PUBLICATION_KEY, stamp, settings.PAGE_CACHE_SECONDS)
    return datetime.fromtimestamp(stamp, tz=UTC) if stamp else None


def page_lifetime(cache=None, now=None):
    """Seconds a page rendered now may be kept (see the module's docstring); 0: not at all."""
    now = now or timezone.now()
    local = timezone.localtime(now)
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    limits = [settings.PAGE_CACHE_SECONDS, (midnight - local).total_seconds()]
    try:
        if (publication := next_publication(cache, now)) is not None:
            limits.append((publication - now).total_seconds())
    except Exception:
        logger.warning("Page cache: could not look up scheduled publications", exc_info=True)
        return 0
    return max(0, int(min(limits)))


def content_changed(sender, **kwargs):
    """A content model changed: raise the generation now and again after the commit (a page
    rendered in between from the old rows would otherwise carry the new generation)."""
    if sender._meta.app_label in settings.PAGE_CACHE_IGNORED_APPS or kwargs.get("raw"):
        return
    bump_generation()
    if connection.in_atomic_block:
        transaction.on_commit(bump_generation)


def connect_signals():
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(content_changed, dispatch_uid=f"pagecache-{signal}")
    # A deployment (new templates, new static names) runs migrate: start a new generation.
    post_migrate.connect(lambda **kw: bump_generation(), weak=False, dispatch_uid="pagecache-mig")
