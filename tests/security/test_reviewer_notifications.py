"""Attack 14: reviewer notifications were sent straight from a task, so a retried task (an
error after half the messages) emailed everyone again. They go through the outbox: one row per
reviewer and round, sent once by the worker, retried when the mail server fails."""

import pytest
from django.core import mail
from wagtail_localize.models import Translation

from sc_wagtail.core.outbox import OutgoingEmail, send
from sc_wagtail.news.models import NewsPage
from sc_wagtail.translation.notify import notify_reviewers
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]


@pytest.fixture
def french_translation():
    factories.reviewer("fr", "lea")
    english = NewsPage.objects.get(slug="shared-approach-hate-speech", locale__language_code="en")
    return Translation.objects.get(
        source__object_id=english.translation_key, target_locale__language_code="fr"
    )


def test_a_retried_notification_task_emails_nobody_twice(
    french_translation, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        notify_reviewers(french_translation.pk, "round-1")
        notify_reviewers(french_translation.pk, "round-1")  # the task, delivered again
    rows = OutgoingEmail.objects.filter(kind="translation.review_opened")
    assert rows.count() == 2  # reviewer-fr and lea, once each
    assert sorted(m.to[0] for m in mail.outbox) == sorted(rows.values_list("to", flat=True))
    assert len(mail.outbox) == 2
    for row in rows:
        assert send(row.pk) == "already sent"
    assert len(mail.outbox) == 2


def test_a_mail_server_failure_leaves_the_message_to_retry(
    french_translation, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.forms.failing_mail.Backend"
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notify_reviewers(french_translation.pk, "round-2")
    for callback in callbacks:
        with pytest.raises(ConnectionRefusedError):
            callback()
    failed = OutgoingEmail.objects.filter(kind="translation.review_opened", sent_at=None)
    assert failed.count() == 2 and all("Connection" in row.last_error for row in failed)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox.clear()
    for row in failed:
        send(row.pk)  # what the retried task does
    assert len(mail.outbox) == 2
