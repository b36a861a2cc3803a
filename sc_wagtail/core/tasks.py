"""The one way sc-wagtail starts background work.

``enqueue(func, *args, **kwargs)`` hands the call to django-q2. It returns a task name
that identifies the row django-q2 writes when the task finishes
(``django_q.models.Task.objects.get(name=...)``).

- With ``Q_CLUSTER["sync"] = True`` (tests, ``seed_demo``) the task runs here and now.
- Otherwise the task is queued when the current transaction commits, so a worker never
  picks up a task that refers to rows it cannot see yet (and a rolled back request
  queues nothing).
"""

import uuid

from django.conf import settings
from django.db import transaction
from django_q.tasks import async_task


def is_sync():
    return bool(getattr(settings, "Q_CLUSTER", {}).get("sync", False))


def enqueue(func, *args, task_name=None, **kwargs):
    """Run ``func(*args, **kwargs)`` on the django-q2 worker; return the task's name.

    ``func`` is a module-level callable or its dotted path. Keyword arguments named
    ``group``, ``timeout``, ``hook`` and ``q_options`` are django-q2's own.
    """
    name = task_name or f"{_func_label(func)}:{uuid.uuid4().hex}"
    if is_sync():
        async_task(func, *args, task_name=name, sync=True, **kwargs)
    else:
        transaction.on_commit(lambda: async_task(func, *args, task_name=name, sync=False, **kwargs))
    return name


def _func_label(func):
    if isinstance(func, str):
        return func.rsplit(".", 1)[-1]
    return getattr(func, "__name__", "task")


def healthcheck():
    """A task that proves a worker can reach the database: counts the content locales."""
    from wagtail.models import Locale

    return Locale.objects.count()
