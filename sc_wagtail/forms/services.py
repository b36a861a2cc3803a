"""The fund's domain operations. Views, bulk actions, the demo and tests call these; each one
checks what it needs, changes the rows in one transaction and writes its audit event.

Whether the user may see the application is the caller's question (roles.py, a 404
otherwise). An operation that names who takes it (``by``) checks that person's permission
itself (roles.py again), so a view and a bulk action cannot differ; what the operation
itself forbids (assigning once a decision is taken) is answered here too. Both raise
``Refused`` with a message for the user.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import roles, workflow
from .answers import set_core_answers, snapshot
from .emails import queue_email
from .emails_model import EmailKind
from .models import Application, ApplicationEvent, ApplicationRevision, ReviewerAssignment
from .submission import remove_files, store_files


class Refused(Exception):
    """The operation is not possible on this application now; the message says why."""


def assign_reviewer(application, reviewer, by):
    """``by`` assigns ``reviewer``, a member of the fund's reviewers; returns (assignment,
    created). Nothing to do twice."""
    allowed, reason = roles.can_manage(by, application)
    if not allowed:
        raise Refused(reason)
    if not reviewer.groups.filter(name=roles.REVIEWERS).exists():
        raise Refused(_("Only members of the fund's reviewers can be assigned."))
    if not application.is_open:
        raise Refused(_("Reviewers cannot be assigned once a decision is taken."))
    with transaction.atomic():
        assignment, created = ReviewerAssignment.objects.get_or_create(
            application=application, reviewer=reviewer, defaults={"assigned_by": by}
        )
        if created:
            ApplicationEvent.objects.create(
                application=application,
                actor=by,
                transition="assign",
                comment=_("Assigned to %(name)s") % {"name": reviewer.get_username()},
            )
    return assignment, created


def declare_interests(assignment, conflict):
    """The reviewer declares a conflict of interest, or none. A declaration is final."""
    if assignment.no_conflict_declared_at or assignment.conflict_declared_at:
        raise Refused(_("You have already made your declaration for this application."))
    now = timezone.now()
    with transaction.atomic():
        if conflict:
            assignment.conflict_declared_at = now
        else:
            assignment.no_conflict_declared_at = now
        assignment.save(update_fields=["conflict_declared_at", "no_conflict_declared_at"])
        ApplicationEvent.objects.create(
            application=assignment.application,
            actor=assignment.reviewer,
            transition="declare",
            comment=_("Declared a conflict of interest")
            if conflict
            else _("Declared no conflict of interest"),
        )
    return assignment


def replace_status_link(application, by):
    """Revoke every status link sent so far and email the applicant a new one."""
    with transaction.atomic():
        application = Application.objects.select_for_update().get(pk=application.pk)
        application.link_version += 1
        application.save(update_fields=["link_version", "updated_at"])
        ApplicationEvent.objects.create(
            application=application,
            actor=by,
            transition="new_link",
            comment=_("Earlier status links revoked; a new one was sent."),
        )
        queue_email(application, EmailKind.NEW_LINK)
    return application


def answer_request(application, form, message=""):
    """The applicant's answer to a request for more information: the edited answers and any
    new files become a new revision, and the application goes back to fund staff.

    ``form`` is a valid ApplicationForm bound to the answer. A file question left empty keeps
    the file sent before. Files are removed again if the transaction rolls back."""
    stored = []
    try:
        with transaction.atomic():
            application = Application.objects.select_for_update().get(pk=application.pk)
            set_core_answers(application, form.cleaned_data)
            previous = application.answers
            answers = form.answers()
            for key, answer in answers.items():
                if answer["type"] == "file" and not answer["value"] and key in previous:
                    answer["value"] = previous[key]["value"]
            application.answers = answers
            number = application.revisions.count() + 1
            stored += store_files(application, form, revision=number)
            application.save()
            ApplicationRevision.objects.create(
                application=application, number=number, data=snapshot(application)
            )
            workflow.apply(application, "answer", workflow.BY_APPLICANT, comment=message)
    except BaseException:
        remove_files(stored)
        raise
    return application
