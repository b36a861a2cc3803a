"""A django-tasks backend that runs Wagtail's own tasks on the django-q2 worker.

Wagtail 8 queues its reference-index, search-index, image focal point and file-deletion
work through django-tasks. Without a ``TASKS`` setting those run inside the request;
with::

    TASKS = {"default": {"BACKEND": "sc_wagtail.core.task_backend.DjangoQBackend"}}

they go through :func:`sc_wagtail.core.tasks.enqueue`, like the rest of our work.
"""

from django.utils import timezone
from django_tasks.backends.base import BaseTaskBackend
from django_tasks.base import TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id

from sc_wagtail.conf import sc_settings

from .tasks import enqueue, is_sync


def run_django_task(module_path, args, kwargs):
    """Worker side: import the django-tasks Task by its dotted path and call it."""
    from django.utils.module_loading import import_string

    return import_string(module_path).call(*args, **kwargs)


class DjangoQBackend(BaseTaskBackend):
    # Wagtail never reads results back; successes are not stored (there are thousands),
    # failures are, as django-q2 Failure rows.
    supports_get_result = False

    def enqueue(self, task, args, kwargs):
        self.validate_task(task)
        result_id = get_random_id()
        result = TaskResult(
            task=task,
            id=result_id,
            status=TaskResultStatus.READY,
            enqueued_at=timezone.now(),
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=list(args),
            kwargs=dict(kwargs),
            backend=self.alias,
            errors=[],
            worker_ids=[],
        )
        if sc_settings.TASKS_ON_WORKER and not is_sync():
            enqueue(
                run_django_task, task.module_path, list(args), dict(kwargs), task_name=result_id
            )
        else:
            # The setting lets a site switch the bridge off without editing TASKS; run inline
            # (seed_demo, tests), Wagtail's own bookkeeping needs no django-q2 task row.
            run_django_task(task.module_path, list(args), dict(kwargs))
            object.__setattr__(result, "status", TaskResultStatus.SUCCESSFUL)
        return result
