"""Test settings: the example site's, with background work inline and fast hashing."""

import os
import secrets
from pathlib import Path

# Each pytest-xdist worker ("gw0", "gw1") has its own files, database and task queue, and
# the qcluster processes its tests start inherit them (with PYTEST_XDIST_WORKER). Set, not
# defaulted: the xdist workers inherit the controlling process's environment, and a shared
# queue name let one worker's qcluster take the other's tasks on Redis.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
os.environ["SC_VAR_DIR"] = str(Path(__file__).resolve().parent.parent / "var" / "test" / WORKER)
os.environ["Q_CLUSTER_NAME"] = f"sc_wagtail_test_{WORKER}"
# Playwright's sync API runs an event loop in the test thread; Django's ORM is still
# used synchronously from that thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# A fresh key per run (inherited by the worker processes tests start): nothing is signed
# with a key anyone could read; plain HTTP, as the test client and live server speak it.
os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
os.environ.setdefault("HTTPS", "0")

from example_site.settings import *  # noqa: E402, F403
from example_site.settings import CACHES, Q_CLUSTER, VAR_DIR  # noqa: E402

Q_CLUSTER = {**Q_CLUSTER, "sync": True, "log_level": "WARNING"}
# Tests clear the cache after each test, and on Redis a clear is FLUSHDB: each test process
# has a Redis database of its own (1 for a single process, 2 + n for xdist's "gw<n>"), never
# the broker's (REDIS_URL's), so a clear in one process drops neither the other's keys nor
# the tasks queued for a running qcluster.
_REDIS_DB = 2 + int(WORKER[2:]) if WORKER.startswith("gw") else 1
REDIS_TEST_CACHE_URL = f"redis://127.0.0.1:6379/{_REDIS_DB}"
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_TEST_CACHE_URL,
        }
    }
CACHES = {"default": {**CACHES["default"], "KEY_PREFIX": WORKER}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = VAR_DIR / "media"
DEBUG = False
ALLOWED_HOSTS = ["*"]
