"""Attack 8: the hourly limits reset after five minutes and raced: Django's database cache
rewrites a key with the default timeout on ``incr()``, and get-then-set is not atomic; the form
took about 240 submissions an hour against a limit of 20. Windows are fixed (the key carries
the window) and counted atomically, on the database cache and on Redis."""

import threading
import uuid

import pytest
from django.db import connections
from django.test import override_settings

from sc_wagtail.core import ratelimit
from sc_wagtail.core.models import RateLimitCounter
from sc_wagtail.forms.models import Application
from tests.conftest import committed_db, shared_data
from tests.forms.conftest import build_fund
from tests.forms.helpers import answers, budget, call, fund_page, question
from tests.settings import REDIS_TEST_CACHE_URL

BACKENDS = {
    "database": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "sc_cache",
    },
    "redis": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_TEST_CACHE_URL,
    },
}


@pytest.fixture(params=list(BACKENDS))
def backend(request):
    with override_settings(CACHES={"default": BACKENDS[request.param]}):
        from django.core.cache import cache

        cache.clear()
        yield request.param
        cache.clear()


@pytest.fixture
def clock(monkeypatch):
    now = {"t": 1_800_000_000.0 - 1_800_000_000.0 % 3600 + 10}  # just after an hour starts
    monkeypatch.setattr(ratelimit, "clock", lambda: now["t"])
    return now


@pytest.mark.django_db
def test_the_limit_holds_for_the_whole_hour_then_a_new_window_opens(backend, clock):
    scope = f"test-{uuid.uuid4().hex}"
    assert [ratelimit.allow(scope, "10.0.0.1", 3) for _ in range(3)] == [True] * 3
    assert not ratelimit.allow(scope, "10.0.0.1", 3)
    clock["t"] += 301  # past the database cache's default timeout: the old bug's reset
    assert not ratelimit.allow(scope, "10.0.0.1", 3)
    clock["t"] += 3000
    assert not ratelimit.allow(scope, "10.0.0.1", 3)
    clock["t"] += 300  # the next hour
    assert ratelimit.allow(scope, "10.0.0.1", 3)
    assert ratelimit.allow(scope, "10.0.0.2", 3)  # another address has its own count


@committed_db
def test_simultaneous_hits_are_all_counted(backend, clock):
    scope = f"race-{uuid.uuid4().hex}"
    start = threading.Barrier(40)
    results = []

    def hit():
        start.wait()
        try:
            results.append(ratelimit.allow(scope, "10.0.0.9", 25))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=hit) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] * 15 + [True] * 25
    if backend == "database":
        (row,) = RateLimitCounter.objects.filter(key__contains=scope)
        assert row.count == 40


fund = shared_data(lambda: build_fund(codes=(), applications=False))


def apply(client, email, address="192.0.2.10"):
    the_call = call("en")
    data = answers(the_call, uuid.uuid4(), email=email)
    data[f"q_{question(the_call, 'file').id}"] = budget()
    return client.post(fund_page("en").url, data, REMOTE_ADDR=address)


@pytest.mark.django_db
@pytest.mark.usefixtures("fund", "backend")
def test_one_email_is_limited_and_a_city_hall_behind_one_address_still_works(client, settings):
    limits = {"SUBMISSIONS_PER_EMAIL_PER_HOUR": 2, "SUBMISSIONS_PER_IP_PER_HOUR": 6}
    with override_settings(SC_WAGTAIL={**settings.SC_WAGTAIL, **limits}):
        assert apply(client, "a@city.example").status_code == 302
        assert apply(client, "a@city.example").status_code == 302
        refused = apply(client, "a@city.example")
        assert refused.status_code == 200 and "Too many applications" in refused.content.decode()
        # Colleagues in the same office, same address, other emails.
        for colleague in ("b@city.example", "c@city.example", "d@city.example"):
            assert apply(client, colleague).status_code == 302
    assert Application.objects.filter(email__endswith="@city.example").count() == 5


def test_the_defaults_leave_room_for_a_busy_office():
    from sc_wagtail.conf import DEFAULTS

    assert DEFAULTS["SUBMISSIONS_PER_IP_PER_HOUR"] >= 50
    assert DEFAULTS["PROBLEM_REPORTS_PER_IP_PER_HOUR"] >= 50
    assert DEFAULTS["PROBLEM_REPORTS_PER_SESSION_PER_HOUR"] <= 20


@pytest.mark.django_db
def test_the_worker_forgets_windows_that_ended_and_requests_do_not(clock):
    from django_q.models import Schedule

    with override_settings(CACHES={"default": BACKENDS["database"]}):
        for scope in ("old", "new"):
            assert ratelimit.allow(scope, "192.0.2.1", limit=5)
            clock["t"] += 3 * 3600  # the first window has ended when the second one opens
    assert RateLimitCounter.objects.count() == 2  # the request deleted nothing
    RateLimitCounter.objects.update(expires_at="2000-01-01T00:00:00Z")
    RateLimitCounter.objects.filter(key__contains=":new:").update(expires_at="2999-01-01T00:00:00Z")
    assert ratelimit.delete_ended_windows() == 1
    assert list(RateLimitCounter.objects.values_list("count", flat=True)) == [1]
    schedule = Schedule.objects.get(name=ratelimit.CLEANUP_SCHEDULE)
    assert schedule.func == "sc_wagtail.core.ratelimit.delete_ended_windows"
