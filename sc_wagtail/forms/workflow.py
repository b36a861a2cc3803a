"""The review workflows, declared as data: each transition is one edge with a permission
function, and applying one writes the audit row and queues its email in one transaction.

``STANDARD``: submitted → screening → in review → decision pending → approved / declined;
"more information requested" from screening, in review or decision pending, back to where
it came from when the applicant answers; withdrawn from any open state.
``WITHOUT_REVIEWERS``: the same without the reviewers' stage (screening → decision pending).

Each call names its workflow; a site adds its own ``Workflow`` objects by listing their dotted
paths in ``SC_WAGTAIL["FUND_WORKFLOWS"]``.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sc_wagtail.conf import sc_settings

from . import roles
from .emails_model import EmailKind
from .states import OPEN, Status

BY_APPLICANT = "applicant"
STAFF_EMAILS = {
    EmailKind.STAFF_NEW,
    EmailKind.STAFF_ANSWER,
}  # the actor of transitions made through the status link


def _applicant(actor, application):
    if actor == BY_APPLICANT:
        return True, ""
    return False, _("Only the applicant can do this, through their status link.")


def _staff(actor, application):
    if actor == BY_APPLICANT:
        return False, _("Only fund staff can do this.")
    return roles.can_manage(actor, application)


def _has_reviewers(application):
    if application.assignments.filter(conflict_declared_at__isnull=True).exists():
        return True, ""
    return False, _("Assign at least one reviewer first.")


def _manager(actor, application):
    if actor == BY_APPLICANT:
        return False, _("Only fund managers take decisions.")
    return roles.can_decide(actor, application)


@dataclass(frozen=True)
class Transition:
    name: str
    label: object
    sources: frozenset
    target: str | None  # None: back to where "more information" came from
    permission: object
    email: str | None = None
    comment_required: bool = False
    # The comment is shown to the applicant (a request, a decision letter).
    comment_to_applicant: bool = False
    # What the application itself must have first: (ok, reason) for an application.
    condition: object = None
    # The approval records the amount given (the requested amount unless staff say less).
    records_amount: bool = False


@dataclass(frozen=True)
class Workflow:
    name: str
    label: object
    transitions: dict

    def __str__(self):
        return str(self.label)


_STANDARD_TRANSITIONS = {
    t.name: t
    for t in [
        Transition(
            "start_screening",
            gettext_lazy("Start screening"),
            frozenset({Status.SUBMITTED}),
            Status.SCREENING,
            _staff,
            email=EmailKind.STATUS_CHANGED,
        ),
        Transition(
            "send_to_review",
            gettext_lazy("Send to reviewers"),
            frozenset({Status.SCREENING}),
            Status.IN_REVIEW,
            _staff,
            email=EmailKind.STATUS_CHANGED,
            condition=_has_reviewers,
        ),
        Transition(
            "close_review",
            gettext_lazy("Close the review"),
            frozenset({Status.IN_REVIEW}),
            Status.DECISION_PENDING,
            _staff,
            email=EmailKind.STATUS_CHANGED,
        ),
        Transition(
            "request_information",
            gettext_lazy("Request more information"),
            frozenset({Status.SCREENING, Status.IN_REVIEW, Status.DECISION_PENDING}),
            Status.MORE_INFORMATION,
            _staff,
            email=EmailKind.MORE_INFORMATION,
            comment_required=True,
            comment_to_applicant=True,
        ),
        Transition(
            "answer",
            gettext_lazy("Send my answer"),
            frozenset({Status.MORE_INFORMATION}),
            None,
            _applicant,
            email=EmailKind.STAFF_ANSWER,
        ),
        Transition(
            "approve",
            gettext_lazy("Approve"),
            frozenset({Status.DECISION_PENDING}),
            Status.APPROVED,
            _manager,
            email=EmailKind.APPROVED,
            comment_to_applicant=True,
            records_amount=True,
        ),
        Transition(
            "decline",
            gettext_lazy("Decline"),
            frozenset({Status.SCREENING, Status.IN_REVIEW, Status.DECISION_PENDING}),
            Status.DECLINED,
            _manager,
            email=EmailKind.DECLINED,
            comment_to_applicant=True,
        ),
        Transition(
            "withdraw",
            gettext_lazy("Withdraw my application"),
            OPEN,
            Status.WITHDRAWN,
            _applicant,
            email=EmailKind.WITHDRAWN,
        ),
    ]
}


STANDARD = Workflow(
    "standard",
    gettext_lazy("Screening, reviewers' scores, then a decision"),
    _STANDARD_TRANSITIONS,
)
WITHOUT_REVIEWERS = Workflow(
    "without_reviewers",
    gettext_lazy("Screening, then a decision (no reviewers)"),
    {
        **{
            name: transition
            for name, transition in _STANDARD_TRANSITIONS.items()
            if name not in ("send_to_review", "close_review")
        },
        "to_decision": Transition(
            "to_decision",
            gettext_lazy("Ready for a decision"),
            frozenset({Status.SCREENING}),
            Status.DECISION_PENDING,
            _staff,
            email=EmailKind.STATUS_CHANGED,
        ),
    },
)
TRANSITIONS = STANDARD.transitions  # the default workflow's, by name


def workflows():
    """{name: Workflow} of SC_WAGTAIL["FUND_WORKFLOWS"]. A path that names no Workflow is
    left out here (Django's own checks read the call's choices) and reported by the system
    checks (sc_wagtail.E007, E014, E015); with none left, the standard workflow."""
    from django.utils.module_loading import import_string

    paths = sc_settings.FUND_WORKFLOWS
    found = {}
    for path in paths if isinstance(paths, list | tuple) else []:
        try:
            workflow = import_string(path)
        except (ImportError, TypeError, ValueError):
            continue
        if isinstance(workflow, Workflow):
            found[workflow.name] = workflow
    return found or {STANDARD.name: STANDARD}


def workflow_choices():
    return [(workflow.name, workflow.label) for workflow in workflows().values()]


def workflow_of(application):
    """The workflow the application's call follows (the first one if it names none known)."""
    known = workflows()
    return known.get(application.call.workflow) or next(iter(known.values()))


def allowed(actor, application, transition):
    """(allowed, reason) for ``actor`` (a user, or BY_APPLICANT) taking ``transition``."""
    if application.status not in transition.sources:
        return False, _("This cannot be done while the application is “%(status)s”.") % {
            "status": application.get_status_display()
        }
    ok, reason = transition.permission(actor, application)
    if ok and transition.condition is not None:
        return transition.condition(application)
    return ok, reason


def waiting_on_condition(actor, application):
    """[(transition, reason)] the actor could take but for what the application lacks
    ("Assign at least one reviewer first"): shown beside the buttons."""
    result = []
    for t in workflow_of(application).transitions.values():
        if t.condition is None or application.status not in t.sources:
            continue
        if t.permission(actor, application)[0]:
            ok, reason = t.condition(application)
            if not ok:
                result.append((t, reason))
    return result


def approved_amount(application, value):
    """The amount an approval records: ``value`` (a decimal string or number) or, when
    empty, the amount requested; more than the call gives is refused."""
    from decimal import Decimal, InvalidOperation

    from sc_wagtail.core.formatting import money

    if value in (None, ""):
        return application.requested_amount
    try:
        amount = Decimal(str(value).replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        raise ValidationError(_("The approved amount must be a number.")) from None
    if not amount.is_finite() or amount <= 0:
        raise ValidationError(_("The approved amount must be more than zero."))
    maximum = application.call.maximum_amount
    if amount > maximum:
        raise ValidationError(
            _("This call gives at most %(amount)s.")
            % {"amount": money(maximum, application.call.currency)}
        )
    return amount.quantize(Decimal("0.01"))


def available(actor, application):
    """The transitions ``actor`` may take now: the buttons to show."""
    transitions = workflow_of(application).transitions.values()
    return [t for t in transitions if allowed(actor, application, t)[0]]


def apply(application, name, actor, comment="", amount=None):
    """Take transition ``name``; returns the updated application. An approval records
    ``amount`` (default: the amount requested).

    Raises PermissionDenied with the reason, or ValidationError for a missing comment. The
    row is locked, so two people clicking at once cannot both move it.
    """
    from .emails import queue_email
    from .models import Application, ApplicationEvent

    transition = workflow_of(application).transitions.get(name)
    if transition is None:
        raise PermissionDenied(_("This action is not part of this call's workflow."))
    comment = (comment or "").strip()
    if transition.comment_required and not comment:
        raise ValidationError(_("Write a message for the applicant."))
    with transaction.atomic():
        application = Application.objects.select_for_update().get(pk=application.pk)
        ok, reason = allowed(actor, application, transition)
        if not ok:
            raise PermissionDenied(reason)
        source = application.status
        target = transition.target or application.returns_to or Status.SCREENING
        application.returns_to = source if target == Status.MORE_INFORMATION else ""
        application.status = target
        fields = ["status", "returns_to", "updated_at"]
        if transition.records_amount:
            application.approved_amount = approved_amount(application, amount)
            fields.append("approved_amount")
        application.save(update_fields=fields)
        ApplicationEvent.objects.create(
            application=application,
            actor=None if actor == BY_APPLICANT else actor,
            by_applicant=actor == BY_APPLICANT,
            transition=transition.name,
            from_status=source,
            to_status=target,
            comment=comment,
            to_applicant=transition.comment_to_applicant and bool(comment),
        )
        if transition.email in STAFF_EMAILS:
            for address in staff_emails(application):
                queue_email(
                    application,
                    transition.email,
                    message=comment,
                    to=address,
                    language=sc_settings.SOURCE_LOCALE,
                )
        elif transition.email:
            queue_email(application, transition.email, message=comment)
    return application


def staff_emails(application):
    """Who hears about an application: the fund managers and its hub's staff."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    return list(
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(groups__name=roles.MANAGERS)
            | Q(groups__name=roles.HUB_STAFF, fund_hubs__hub_id=application.hub_id)
        )
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
