"""The outbox: every email the site sends (applicants, fund staff, reviewers) is a row written
in the transaction that caused it, then sent by the worker, one task per message.

- Nothing is lost when the mail server is down: the row stays, the task is retried.
- A message is sent once: its row is locked and marked sent in the transaction the send
  returns in, so a redelivered task sends nothing. (A worker killed between the mail
  server's acceptance and the commit would send again; the stable Message-ID lets mail
  systems drop that duplicate.)
- ``queue(..., key=...)`` writes a message once per key, so a task that queues emails can be
  retried without emailing everyone again.
"""

import functools

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMessage
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from .tasks import enqueue, is_sync
from .text import single_line


class OutgoingEmail(models.Model):
    kind = models.CharField(max_length=40)
    to = models.EmailField()
    language = models.CharField(max_length=12)
    subject = models.CharField(max_length=300)
    body = models.TextField()
    # What the message is about (an application, a translation), for clean-up with it.
    about_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    about_id = models.CharField(max_length=64, blank=True)
    about = GenericForeignKey("about_type", "about_id")
    # Set when the message must be written once only, whoever asks again.
    key = models.CharField(max_length=200, unique=True, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "sc_core"
        ordering = ["created_at"]
        indexes = [models.Index(fields=["about_type", "about_id"])]

    def __str__(self):
        return f"{self.kind} → {self.to}"


def queue(*, to, subject, body, language, kind, about=None, key=None):
    """Write one message to the outbox (in the caller's transaction) and send it after
    commit. With ``key``, a message already queued under it is returned instead."""
    values = {
        "to": to,
        "subject": single_line(subject)[:300],
        "body": body,
        "language": language,
        "kind": kind,
        "key": key,
    }
    if about is not None:
        values.update(about_type=ContentType.objects.get_for_model(about), about_id=str(about.pk))
    if key is None:
        email = OutgoingEmail.objects.create(**values)
    else:
        existing = OutgoingEmail.objects.filter(key=key).first()
        if existing is not None:
            return existing
        try:
            with transaction.atomic():
                email = OutgoingEmail.objects.create(**values)
        except IntegrityError:  # the same key, queued by a concurrent attempt
            return OutgoingEmail.objects.get(key=key)
    sending = functools.partial(enqueue, send, email.pk, task_name=f"email:{email.pk}")
    if is_sync():
        # Inline, the task would send at once: the cause of the email must be saved first.
        transaction.on_commit(sending)
    else:
        sending()  # queued with the transaction (see tasks.enqueue)
    return email


def send(email_id):
    """Send one outbox message (background task, retried on failure)."""
    with transaction.atomic():
        email = OutgoingEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None:
            return "gone"
        if email.sent_at is not None:
            return "already sent"
        email.attempts += 1
        message = EmailMessage(
            email.subject,
            email.body,
            None,
            [email.to],
            headers={"Message-ID": f"<sc-{email.pk}@{_domain()}>"},
        )
        failure = None
        try:
            message.send()
        except Exception as error:  # any mail failure: record it, then fail the task
            failure = error
            email.last_error = f"{type(error).__name__}: {error}"[:2000]
        else:
            email.sent_at = timezone.now()
            email.last_error = ""
        email.save(update_fields=["attempts", "sent_at", "last_error"])
    if failure is not None:
        raise failure  # committed above; the task is retried
    return f"sent to {email.to}"


def _domain():
    from_email = getattr(settings, "DEFAULT_FROM_EMAIL", "") or "localhost"
    return from_email.rpartition("@")[2].strip(">") or "localhost"
