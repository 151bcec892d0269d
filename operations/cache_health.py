"""Whether the shared cache can hold the pages safely: a warning for ``/health/`` and ``check
--deploy`` when Redis has no memory bound."""

from django.conf import settings
from django.core import checks


def eviction_problem():
    """Why the shared cache could fill up its server, or None: a Redis without ``maxmemory``
    or with the ``noeviction`` policy refuses writes once full instead of dropping old pages.
    Asked of REDIS_URL (None without one, or when the server does not say)."""
    if not settings.REDIS_URL:
        return None
    import redis  # only with a shared cache

    client = redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=1)
    try:
        config = client.config_get("maxmemory*")
    except redis.RedisError:
        return None
    finally:
        client.close()
    if str(config.get("maxmemory", "0")) == "0":
        return "Redis has no maxmemory: the page cache can grow until the server runs out."
    if config.get("maxmemory-policy", "noeviction") == "noeviction":
        return "Redis evicts nothing (maxmemory-policy noeviction): a full cache refuses writes."
    return None


@checks.register(checks.Tags.caches, deploy=True)
def check_eviction(app_configs, **kwargs):
    """``manage.py check --deploy`` warns when the shared cache has no memory bound."""
    problem = eviction_problem()
    if problem is None:
        return []
    return [
        checks.Warning(
            problem,
            hint="Set maxmemory (e.g. 256mb) and maxmemory-policy allkeys-lru (see README).",
            id="operations.W001",
        )
    ]
