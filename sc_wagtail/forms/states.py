"""The states an application can be in, in the words applicants and staff read."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    SCREENING = "screening", _("Screening")
    IN_REVIEW = "in_review", _("In review")
    DECISION_PENDING = "decision_pending", _("Decision pending")
    MORE_INFORMATION = "more_information", _("More information requested")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


OPEN = frozenset(
    {
        Status.SUBMITTED,
        Status.SCREENING,
        Status.IN_REVIEW,
        Status.DECISION_PENDING,
        Status.MORE_INFORMATION,
    }
)
CLOSED = frozenset(set(Status) - OPEN)

# What the applicant reads on their status page, per state.
PLAIN_WORDS = {
    Status.SUBMITTED: _("We have received your application. Fund staff will look at it soon."),
    Status.SCREENING: _("Fund staff are checking that your application is complete and eligible."),
    Status.IN_REVIEW: _("Reviewers are assessing your application."),
    Status.DECISION_PENDING: _("The review is finished; a decision will be taken soon."),
    Status.MORE_INFORMATION: _(
        "Fund staff need more information from you: see their message below and answer it."
    ),
    Status.APPROVED: _("Your application has been approved."),
    Status.DECLINED: _("Your application was not selected this time."),
    Status.WITHDRAWN: _("You withdrew this application."),
}
