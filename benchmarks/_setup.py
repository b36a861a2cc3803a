"""Shared set-up for benchmark scripts: a throw-away database seeded with the demo."""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django(name):
    """A fresh SQLite database under var/bench/<name>, migrated and seeded."""
    var = ROOT / "var" / "bench" / name
    var.mkdir(parents=True, exist_ok=True)
    for stale in var.glob("db.sqlite3*"):
        stale.unlink()
    os.environ["SC_VAR_DIR"] = str(var)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings")
    os.environ["Q_SYNC"] = "1"
    os.environ["DEBUG"] = "0"
    os.environ["HTTPS"] = "0"  # the test client speaks plain HTTP; no redirect to measure
    os.environ.setdefault("SECRET_KEY", "benchmark")
    os.environ["ALLOWED_HOSTS"] = "*"
    import django

    django.setup()
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    print(f"# set-up: migrate + seed_demo in {time.perf_counter() - started:.1f} s")


def measure(client, url, repeat=15):
    """(SQL queries, median ms) of GET url after one warm-up request."""
    from django.db import connections

    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connections["default"].execute_wrapper(count):
        client.get(url)
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    return len(queries), statistics.median(timings)
