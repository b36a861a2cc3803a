"""Fixed-window rate limits, counted atomically.

``allow(scope, identity, limit, window)`` counts one hit for ``identity`` (an address, an
email, a session) in the current window and says whether it is within ``limit``. The key
carries the window's number, so a count never outlives its window and never needs a cache
timeout to be right:

- on Redis (and any cache whose ``incr`` is atomic and keeps the expiry) the cache counts;
- on Django's database cache, whose ``incr`` is a read then a write that resets the timeout
  (a limit of 20 an hour let about 240 through), a row of ``RateLimitCounter`` counts, with
  one ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING`` statement.
"""

import datetime
import hashlib
import time

from django.core.cache import cache
from django.core.cache.backends.db import DatabaseCache
from django.db import connection
from django.utils import timezone


def clock():
    return time.time()


def _key(scope, identity, window, number):
    digest = hashlib.sha256(str(identity or "").encode()).hexdigest()[:32]
    return f"sc-rate:{scope}:{window}:{number}:{digest}"


def allow(scope, identity, limit, window=3600):
    """Count a hit; True while ``identity`` has made at most ``limit`` in this window."""
    number = int(clock()) // window
    key = _key(scope, identity, window, number)
    if _uses_database_cache():
        count = _count_in_database(key, ends=(number + 1) * window)
    else:
        cache.add(key, 0, timeout=window + 60)
        try:
            count = cache.incr(key)
        except ValueError:  # evicted between the two calls
            cache.add(key, 1, timeout=window + 60)
            count = 1
    return count <= limit


def _uses_database_cache():
    from django.core.cache import caches

    return isinstance(caches["default"], DatabaseCache)


def _count_in_database(key, ends):
    from .models import RateLimitCounter

    table = connection.ops.quote_name(RateLimitCounter._meta.db_table)
    expires = datetime.datetime.fromtimestamp(ends, tz=datetime.UTC)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (key, count, expires_at) VALUES (%s, 1, %s) "  # noqa: S608
            f"ON CONFLICT (key) DO UPDATE SET count = {table}.count + 1 RETURNING count",
            [key, expires],
        )
        (count,) = cursor.fetchone()
    return count


CLEANUP_SCHEDULE = "sc_core: forget rate-limit windows that ended"


def delete_ended_windows():
    """Worker, hourly: windows that ended are counted no more; a request never waits on
    this."""
    from .models import RateLimitCounter

    deleted, _by_model = RateLimitCounter.objects.filter(expires_at__lt=timezone.now()).delete()
    return deleted


def ensure_cleanup_schedule(**kwargs):
    """``post_migrate``: the worker forgets ended windows every hour."""
    from django_q.models import Schedule

    from .tasks import ensure_schedule

    ensure_schedule(
        CLEANUP_SCHEDULE, "sc_wagtail.core.ratelimit.delete_ended_windows", Schedule.HOURLY
    )
