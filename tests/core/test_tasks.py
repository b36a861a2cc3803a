"""Background work: enqueue() inline in tests, a real qcluster worker, Wagtail's own tasks."""

import pytest
from django.db import transaction
from django.test import override_settings
from django.urls import reverse
from django_q.brokers import get_broker
from django_q.models import Task
from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.test.utils.form_data import nested_form_data, rich_text

from sc_wagtail.core.tasks import enqueue
from tests.conftest import committed_db
from tests.worker import running_worker, wait_for

pytestmark = pytest.mark.django_db


def test_enqueue_runs_inline_when_sync_and_stores_the_result():
    name = enqueue("sc_wagtail.core.tasks.healthcheck")
    task = Task.objects.get(name=name)
    assert task.success is True
    assert task.result == Locale.objects.count() == 5


def test_inline_a_failing_task_raises_in_the_caller():
    from sc_wagtail.core.models import Hub

    with pytest.raises(Hub.DoesNotExist):
        enqueue("sc_wagtail.core.models.Hub.objects.get", pk=-1)


def async_q_cluster(settings):
    return override_settings(Q_CLUSTER={**settings.Q_CLUSTER, "sync": False})


def test_a_task_is_queued_with_the_callers_transaction(
    settings, django_capture_on_commit_callbacks
):
    """A request that fails queues nothing, and one that commits queues its task once. With
    django-q2's ORM broker the queue row is written inside the transaction (there before the
    commit: no commit of its own, none lost between commit and queueing); with another broker
    (Redis) the task is queued when the transaction commits."""
    from sc_wagtail.core.tasks import queue_in_transaction

    broker = get_broker()
    before = broker.queue_size()
    with async_q_cluster(settings):
        with pytest.raises(RuntimeError), transaction.atomic():
            enqueue("sc_wagtail.core.tasks.healthcheck")
            inside = broker.queue_size()
            raise RuntimeError("the request fails after queueing")
        assert inside == before + (1 if queue_in_transaction() else 0)
        assert broker.queue_size() == before
        # The test runs in a transaction that never commits: its commit callbacks run here.
        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            enqueue("sc_wagtail.core.tasks.healthcheck")
        assert broker.queue_size() == before + 1
    if not queue_in_transaction():
        broker.purge_queue()  # a Redis queue outlives the test's transaction


@pytest.mark.worker
@committed_db
def test_real_worker_runs_an_enqueued_task(settings):
    with async_q_cluster(settings):
        name = enqueue("sc_wagtail.core.tasks.healthcheck")
    assert not Task.objects.filter(name=name).exists()  # queued, not run here
    with running_worker():
        task = wait_for(lambda: Task.objects.filter(name=name).first(), message="the task row")
    assert task.success is True and task.result == 5


@pytest.mark.worker
@committed_db
def test_real_worker_records_a_failure_and_retries_it(settings):
    with async_q_cluster(settings):
        name = enqueue("sc_wagtail.core.models.Hub.objects.get", pk=-1)
    base = name.rsplit(":", 1)[0]
    with running_worker(retry_seconds=1):
        second = wait_for(
            lambda: Task.objects.filter(name=f"{base}:2").first(),
            timeout=60,
            message="the second attempt of the failing task",
            schedules=True,
        )
    first = Task.objects.get(name=name)
    assert (first.success, second.success) == (False, False)
    assert "does not exist" in str(second.result)


def publish_home_with_link(client, settings, link_target):
    """Publish the English home page through the Wagtail editor, linking to a page."""
    home = Page.objects.get(depth=2, locale__language_code="en").specific
    body = rich_text(f'<p>See <a linktype="page" id="{link_target.pk}">this</a>.</p>')
    data = nested_form_data(
        {
            "title": home.title,
            "slug": home.slug,
            "intro": home.intro,
            "body": body,
            "action-publish": "publish",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[home.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return home


@pytest.mark.worker
@committed_db
def test_publishing_leaves_the_reference_index_to_the_worker(client, admin_user, settings):
    client.force_login(admin_user)
    target = Page.objects.get(depth=2, locale__language_code="fr")
    broker = get_broker()
    with async_q_cluster(settings):
        queued_before = broker.queue_size()
        home = publish_home_with_link(client, settings, target)
    # The request returned without indexing the new link; the work waits in the queue.
    assert (
        not ReferenceIndex.get_references_for_object(home)
        .filter(to_object_id=str(target.pk))
        .exists()
    )
    assert broker.queue_size() > queued_before
    with running_worker():
        wait_for(
            lambda: (
                ReferenceIndex.get_references_for_object(home)
                .filter(to_object_id=str(target.pk))
                .exists()
            ),
            message="the reference index row written by the worker",
        )


def test_with_the_bridge_off_wagtail_indexes_inside_the_request(client, admin_user, settings):
    client.force_login(admin_user)
    target = Page.objects.get(depth=2, locale__language_code="fr")
    settings.SC_WAGTAIL = {**settings.SC_WAGTAIL, "TASKS_ON_WORKER": False}
    with async_q_cluster(settings):
        home = publish_home_with_link(client, settings, target)
    assert (
        ReferenceIndex.get_references_for_object(home).filter(to_object_id=str(target.pk)).exists()
    )
