"""The one way sc-wagtail starts background work.

``enqueue(func, *args, **kwargs)`` hands the call to django-q2 and returns the task's name
(``django_q.models.Task.objects.get(name=...)`` once it has run).

- With ``Q_CLUSTER["sync"] = True`` (tests, ``seed_demo``) the task runs here and now, and
  its exception reaches the caller.
- Otherwise a worker never picks up a task that refers to rows it cannot see yet, and a
  rolled back request queues nothing: with django-q2's ORM broker on the default database
  (the embedded setup) the queue row is written in the current transaction and commits or
  rolls back with the rows it refers to (no commit of its own, and no task lost if the
  process dies after the commit); with another broker (Redis) the task is queued when the
  transaction commits.
- A task that raises is run again after ``SC_WAGTAIL["TASK_RETRY_DELAYS"]``. The retry is a
  django-q2 schedule written by a result hook, so it works the same with every broker (the
  Redis broker does not redeliver failed tasks by itself). Each attempt is its own task row,
  named ``<label>:<id>:<attempt>``.
"""

import datetime
import functools
import logging
import uuid

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, transaction
from django.utils import timezone
from django_q.tasks import async_task, schedule

from sc_wagtail.conf import sc_settings

logger = logging.getLogger(__name__)
RETRY_HOOK = "sc_wagtail.core.tasks.retry_failed"


def is_sync():
    return bool(getattr(settings, "Q_CLUSTER", {}).get("sync", False))


def enqueue(func, *args, task_name=None, retry=True, **kwargs):
    """Run ``func(*args, **kwargs)`` on the django-q2 worker; return the task's name.

    ``func`` is a module-level callable or its dotted path. Keyword arguments named
    ``group``, ``timeout`` and ``save`` are django-q2's own.
    """
    name = f"{task_name or _func_label(func) + ':' + uuid.uuid4().hex}:1"
    options = {"task_name": name, "hook": RETRY_HOOK if retry else None}
    if is_sync():
        async_task(func, *args, sync=True, **options, **kwargs)
    elif queue_in_transaction():
        async_task(func, *args, sync=False, **options, **kwargs)
    else:
        transaction.on_commit(lambda: async_task(func, *args, sync=False, **options, **kwargs))
    return name


@functools.cache
def queue_in_transaction():
    """True when django-q2 queues tasks as rows of the default database (its ORM broker):
    a queue row written inside a transaction is seen by the worker only once it commits."""
    from django_q.brokers import get_broker, orm
    from django_q.conf import Conf

    return isinstance(get_broker(), orm.ORM) and Conf.ORM == DEFAULT_DB_ALIAS


def retry_failed(task):
    """django-q2 result hook: schedule the next attempt of a failed task, or give up."""
    if task.success:
        return
    base, _, attempt = task.name.rpartition(":")
    attempt = int(attempt) if attempt.isdigit() else 1
    delays = sc_settings.TASK_RETRY_DELAYS
    if attempt > len(delays):
        logger.error("Task %s failed %s times; giving up: %s", base, attempt, task.result)
        return
    next_name = f"{base}:{attempt + 1}"
    logger.warning(
        "Task %s failed (attempt %s); retrying in %ss", base, attempt, delays[attempt - 1]
    )
    schedule(
        task.func,
        *task.args,
        name=f"retry {next_name}"[:100],
        hook=RETRY_HOOK,
        next_run=timezone.now() + datetime.timedelta(seconds=delays[attempt - 1]),
        q_options={"task_name": next_name},
        **(task.kwargs or {}),
    )


def ensure_schedule(name, func, schedule_type):
    """A named django-q2 schedule the worker runs (``func``: a dotted path; ``schedule_type``:
    ``Schedule.HOURLY``, ``DAILY``...), created once; called from ``post_migrate``."""
    from django_q.models import Schedule

    Schedule.objects.get_or_create(
        name=name, defaults={"func": func, "schedule_type": schedule_type}
    )


def _func_label(func):
    if isinstance(func, str):
        return func.rsplit(".", 1)[-1]
    return getattr(func, "__name__", "task")


def healthcheck():
    """A task that proves a worker can reach the database: counts the content locales."""
    from wagtail.models import Locale

    return Locale.objects.count()
