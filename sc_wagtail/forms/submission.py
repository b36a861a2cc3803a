"""Saving an application: the row, its first revision and its files are committed in one
transaction before any email is attempted; the worker then writes the emails to the outbox
(``notify_submitted``), which sends them."""

import hashlib

from django.db import IntegrityError, transaction
from django.utils import timezone

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.tasks import enqueue

from .answers import set_core_answers, snapshot
from .drafts import submitted as submitted_draft
from .emails import queue_email
from .emails_model import EmailKind
from .models import Application, ApplicationEvent, ApplicationFile, ApplicationRevision
from .references import next_reference
from .states import Status
from .workflow import staff_emails


class CallClosed(Exception):
    """The call is not open at the moment of submission."""


class AlreadyReceived(Exception):
    """This form (its one-time submission key) was submitted before: a double click, a
    resent request, or someone replaying an old form. Never answered with a status link,
    which could bring back one that staff revoked."""


def submit(call, form, language):
    """Save ``form``'s application to ``call`` (the localized call it was shown in).

    Returns the application. Raises CallClosed, or AlreadyReceived for a form submitted
    before (also when a concurrent request with the same key committed first).
    """
    key = form.cleaned_data["submission_key"]
    # A key used before is found by the unique constraint when the row is saved.
    if call.state() != "open":
        raise CallClosed
    source = call.source_call
    data = form.cleaned_data
    stored = []
    try:
        with transaction.atomic():
            year = source.local(timezone.now()).year
            application = Application(
                reference=next_reference(source.reference_prefix, year),
                call=source,
                hub=source.hub,
                language=language,
                consent_at=timezone.now(),
                answers=form.answers(),
                submission_key=key,
            )
            set_core_answers(application, data)
            application.save(force_insert=True)
            stored += store_files(application, form, revision=1)
            adopt_held_files(application, form)
            submitted_draft(key)
            ApplicationRevision.objects.create(
                application=application, number=1, data=snapshot(application)
            )
            ApplicationEvent.objects.create(
                application=application,
                by_applicant=True,
                transition="submit",
                to_status=Status.SUBMITTED,
            )
            # The receipt and staff notices are written by the worker (the applicant is
            # already on their status page); the task commits with the application.
            enqueue(notify_submitted, application.pk, task_name=f"fund-submitted:{application.pk}")
    except IntegrityError:
        remove_files(stored)
        # The same form committed by a concurrent request first.
        if not Application.objects.filter(submission_key=key).exists():
            raise
        raise AlreadyReceived from None
    except BaseException:
        remove_files(stored)
        raise
    return application


def notify_submitted(application_id):
    """Worker: the applicant's receipt and each fund staff member's notice of a new
    application, written to the outbox once each (a retried task queues nothing twice)."""
    application = Application.objects.select_related("call").filter(pk=application_id).first()
    if application is None:
        return "gone"  # deleted before the worker came to it
    queue_email(application, EmailKind.SUBMITTED, key=f"submitted:{application.pk}")
    staff = staff_emails(application)
    for address in staff:
        queue_email(
            application,
            EmailKind.STAFF_NEW,
            to=address,
            language=sc_settings.SOURCE_LOCALE,
            key=f"staff-new:{application.pk}:{_digest(address)}",
        )
    return f"{application.reference}: receipt and {len(staff)} staff notices"


def _digest(address):
    return hashlib.sha256(address.lower().encode()).hexdigest()[:20]  # keys are 200 at most


def store_files(application, form, revision):
    """Save the form's uploads for ``application``; returns the stored names (to delete if
    the transaction they were saved in rolls back: storage is not transactional)."""
    names = []
    for question_id, upload in form.uploads():
        record = ApplicationFile(
            application=application,
            question_id=question_id,
            name=upload.sc_name,
            kind=upload.sc_kind,
            size=upload.size,
            revision=revision,
        )
        record.file.save(upload.sc_name, upload, save=False)
        names.append(record.file.name)
        record.save()
    return names


def adopt_held_files(application, form):
    """Files held while the form came back with errors, or kept with a draft, become the
    application's (the stored file stays where it is; only its owner changes)."""
    for row in form.kept_files():
        record = ApplicationFile(
            application=application,
            question_id=row.question_id,
            name=row.name,
            kind=row.kind,
            size=row.size,
            revision=1,
        )
        record.file.name = row.file.name
        record.save()
        row.delete()


def remove_files(names):
    from sc_wagtail.core.storage import private_storage

    for name in names:
        private_storage().delete(name)
