"""Start a real django-q2 worker (``manage.py qcluster``) against the test database."""

import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager, suppress
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parent.parent


def test_database_url():
    """The URL of the database this test process uses, for a worker process to share."""
    conf = connection.settings_dict
    if conf["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{Path(conf['NAME']).resolve()}"
    user = conf.get("USER") or "postgres"
    host = conf.get("HOST") or "127.0.0.1"
    port = conf.get("PORT") or 5432
    password = f":{conf['PASSWORD']}" if conf.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{host}:{port}/{conf['NAME']}"


@contextmanager
def running_worker(workers=1, retry_seconds=None, extra_env=None):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "example_site.settings",
        "DATABASE_URL": test_database_url(),
        "Q_SYNC": "0",
        "Q_WORKERS": str(workers),
    }
    if retry_seconds:
        env.update(TASK_RETRY_DELAYS=f"{retry_seconds},{retry_seconds}")
    env.update(extra_env or {})
    log = open(os.environ["SC_VAR_DIR"] + "/qcluster.log", "w+")  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "manage.py", "qcluster"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        yield process
    finally:
        # SIGTERM to the cluster's main process only: it stops its pusher, workers and
        # monitor in a few seconds. Sent to the whole group, the children die first and the
        # main process waits for them forever.
        os.kill(process.pid, signal.SIGTERM)
        with suppress(subprocess.TimeoutExpired):
            process.wait(timeout=20)
        # Whatever of the group outlived the main process (a worker mid-task) holds a database
        # connection that would keep the test database from being dropped.
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        log.close()


def run_due_schedules():
    """Play django-q2's scheduler tick now: the cluster turns due schedules (our retries) into
    queued tasks only every 30 seconds. The running worker still executes what this queues."""
    from django_q.brokers import get_broker
    from django_q.conf import Conf
    from django_q.scheduler import scheduler

    sync, Conf.SYNC = Conf.SYNC, False  # the test settings run tasks inline
    try:
        scheduler(broker=get_broker())
    finally:
        Conf.SYNC = sync


def wait_for(predicate, timeout=30, interval=0.2, message="condition", schedules=False):
    """Poll ``predicate`` until it returns something true; with ``schedules``, also play the
    scheduler's tick on each poll (for retries, which are schedules)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if schedules:
            run_due_schedules()
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    log = Path(os.environ["SC_VAR_DIR"]) / "qcluster.log"
    tail = log.read_text()[-3000:] if log.exists() else ""
    raise AssertionError(f"Timed out after {timeout}s waiting for {message}.\n{tail}")
