"""Keeping what an applicant sent before submitting.

- Files that passed their checks in a form that came back with errors are held privately
  under the form's one-time submission key, shown as attached, and become the application's
  files when it is submitted. Held files no draft needs are deleted after a day.
- "Save and continue later" keeps what was typed as an ApplicationDraft and emails a signed
  link that opens the form again, filled in. The link expires with the draft
  (``FUND_DRAFT_DAYS``), and saving again revokes the links sent before. Drafts never
  submitted are deleted by ``delete_expired`` (daily, on the worker).
"""

import datetime
import logging
import uuid

from django.core import signing
from django.db import transaction
from django.db.models import Exists, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from sc_wagtail.conf import sc_settings
from sc_wagtail.core import outbox

from .drafts_model import ApplicationDraft, HeldUpload

logger = logging.getLogger(__name__)

SALT = "sc_wagtail.forms.draft-link"
HELD_FOR = datetime.timedelta(days=1)
# Fields never stored in a draft: the CSRF token, the honeypot, the consent (given when
# submitting), files (held separately) and the key (the draft's own).
NOT_KEPT = {"csrfmiddlewaretoken", "website", "consent", "submission_key", "action"}


def parse_key(value):
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError):
        return None


def held_uploads(key):
    """{question id: HeldUpload} kept under ``key``: within a day, or while a draft has it."""
    key = parse_key(key)
    if key is None:
        return {}
    kept = Q(created_at__gte=timezone.now() - HELD_FOR) | Exists(
        ApplicationDraft.objects.filter(submission_key=key)
    )
    return {row.question_id: row for row in HeldUpload.objects.filter(kept, submission_key=key)}


def hold_uploads(form):
    """Keep the files of ``form`` (validated, with errors elsewhere) that passed their checks,
    each replacing what was held for its question."""
    key = form.cleaned_data.get("submission_key")
    if key is None:
        return []
    held = []
    for question_id, upload in form.uploads():
        old = HeldUpload.objects.filter(submission_key=key, question_id=question_id).first()
        row = HeldUpload(
            submission_key=key,
            question_id=question_id,
            name=upload.sc_name,
            kind=upload.sc_kind,
            size=upload.size,
        )
        upload.seek(0)
        row.file.save(upload.sc_name, upload, save=False)
        with transaction.atomic():
            if old is not None:
                old.delete()
            row.save()
        if old is not None:
            _delete_files([old.file.name])
        held.append(row)
    return held


def form_data(form):
    """What the applicant typed, as lists of strings per field name (a QueryDict's lists)."""
    return {
        name: form.data.getlist(name)
        for name in form.fields
        if name not in NOT_KEPT and name in form.data
    }


def save_draft(call, page, form, language):
    """Save ``form`` (bound, its email valid) as a draft of ``call`` on ``page``, hold its
    files and email the applicant a link to continue. Returns (draft, link path)."""
    key = form.cleaned_data["submission_key"]
    with transaction.atomic():
        draft, created = ApplicationDraft.objects.select_for_update().get_or_create(
            submission_key=key,
            defaults={"call": call.source_call, "page": page, "language": language},
        )
        draft.page = page
        draft.language = language
        draft.email = form.cleaned_data["email"]
        draft.data = form_data(form)
        if not created:
            draft.version += 1  # the links sent before stop working
        draft.save()
        path = link_path(draft)
        _queue_link(draft, call, path)
    hold_uploads(form)
    return draft, path


def make_token(draft):
    return signing.dumps({"d": draft.pk, "v": draft.version}, salt=SALT)


def link_path(draft):
    with translation.override(draft.language):
        return reverse("sc_forms_draft", args=[make_token(draft)])


def draft_for_token(token):
    """The draft the token was made for, or None if forged, expired, revoked or deleted."""
    try:
        data = signing.loads(token, salt=SALT, max_age=sc_settings.FUND_DRAFT_DAYS * 86400)
    except signing.BadSignature:
        return None
    draft = ApplicationDraft.objects.filter(pk=data.get("d")).first()
    if draft is None or draft.version != data.get("v"):
        return None
    return draft


def _queue_link(draft, call, path):
    from .emails import site_base_url

    deadline = timezone.now() + datetime.timedelta(days=sc_settings.FUND_DRAFT_DAYS)
    with translation.override(draft.language):
        from sc_wagtail.core.formatting import date_phrase

        subject = _("Your application to %(call)s is saved") % {"call": call.title}
        body = _(
            "Hello,\n\nYour application to %(call)s is saved. Continue it through this private "
            "link (keep it to yourself; it stops working if you save again, which sends a new "
            "one):\n%(link)s\n\nDrafts not submitted by %(deadline)s are deleted. Fund staff "
            "do not see your draft until you submit it.\n\nThe fund team"
        ) % {
            "call": call.title,
            "link": site_base_url() + path,
            "deadline": date_phrase(deadline.date()),
        }
    outbox.queue(
        to=draft.email,
        subject=subject,
        body=body,
        language=draft.language,
        kind="draft_saved",
        about=draft,
    )


def delete_draft(draft):
    names = [
        row.file.name for row in HeldUpload.objects.filter(submission_key=draft.submission_key)
    ]
    with transaction.atomic():
        HeldUpload.objects.filter(submission_key=draft.submission_key).delete()
        outbox.OutgoingEmail.objects.filter(
            about_type__model="applicationdraft", about_id=str(draft.pk), sent_at__isnull=False
        ).delete()
        draft.delete()
        transaction.on_commit(lambda: _delete_files(names))


def submitted(key):
    """The application with ``key`` is saved: its draft goes (the held files moved to it)."""
    ApplicationDraft.objects.filter(submission_key=key).delete()


def delete_expired(now=None):
    """Delete drafts untouched for FUND_DRAFT_DAYS and held files no draft needs after a day.
    Returns (drafts, files) deleted. Run daily by the worker (a django-q2 schedule)."""
    now = now or timezone.now()
    old_drafts = ApplicationDraft.objects.filter(
        updated_at__lt=now - datetime.timedelta(days=sc_settings.FUND_DRAFT_DAYS)
    )
    drafts = 0
    for draft in old_drafts:
        delete_draft(draft)
        drafts += 1
    live_keys = ApplicationDraft.objects.values("submission_key")
    orphans = HeldUpload.objects.filter(created_at__lt=now - HELD_FOR).exclude(
        submission_key__in=live_keys
    )
    names = [row.file.name for row in orphans]
    orphans.delete()
    _delete_files(names)
    if drafts or names:
        logger.info("Deleted %s expired drafts and %s held files", drafts, len(names))
    return drafts, len(names)


def _delete_files(names):
    from sc_wagtail.core.storage import private_storage

    for name in names:
        private_storage().delete(name)


CLEANUP_SCHEDULE = "sc_forms: delete expired drafts and held files"


def ensure_cleanup_schedule(**kwargs):
    """``post_migrate``: the worker runs ``delete_expired`` once a day."""
    from django_q.models import Schedule

    from sc_wagtail.core.tasks import ensure_schedule

    ensure_schedule(CLEANUP_SCHEDULE, "sc_wagtail.forms.drafts.delete_expired", Schedule.DAILY)
