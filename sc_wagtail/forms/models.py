"""Applications to a fund call, their files, revisions, timeline, reviews and emails."""

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from sc_wagtail.core.storage import private_storage

from .calls import FundCall
from .drafts_model import ApplicationDraft, HeldUpload  # noqa: F401  (models of this app)
from .emails_model import EmailTemplate  # noqa: F401  (a model of this app)
from .roles import HUB_STAFF
from .states import OPEN, Status


class ReferenceCounter(models.Model):
    """The last number given per prefix and year. Locked while an application is saved, in
    the same transaction, so a rolled-back submission gives its number back: no gaps."""

    prefix = models.CharField(max_length=8)
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["prefix", "year"], name="one_counter_per_year")
        ]

    def __str__(self):
        return f"{self.prefix}-{self.year}: {self.last}"


class Application(models.Model):
    reference = models.CharField(_("reference"), max_length=24, unique=True)
    call = models.ForeignKey(
        FundCall, verbose_name=_("call"), on_delete=models.PROTECT, related_name="applications"
    )
    # The call's hub at submission, so hub staff scoping is one indexed column.
    hub = models.ForeignKey(
        "sc_core.Hub",
        verbose_name=_("hub"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SUBMITTED
    )
    # Where "more information requested" goes back to once the applicant answers.
    returns_to = models.CharField(max_length=20, choices=Status.choices, blank=True)
    language = models.CharField(_("language"), max_length=12)
    # Core answers, as columns: filtered, exported, anonymised.
    city = models.ForeignKey(
        "sc_core.City",
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    city_name = models.CharField(_("city"), max_length=120)
    country = CountryField(_("country"))
    contact_name = models.CharField(_("contact name"), max_length=120)
    contact_role = models.CharField(_("role"), max_length=120)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40)
    project_title = models.CharField(_("project title"), max_length=200)
    summary = models.TextField(_("summary"))
    requested_amount = models.DecimalField(_("requested amount"), max_digits=12, decimal_places=2)
    # Recorded with the approval: what the fund gives, which may be less than requested.
    approved_amount = models.DecimalField(
        _("approved amount"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    consent_at = models.DateTimeField(_("privacy notice accepted"))
    # The call's own questions: {block id: {"label", "type", "value"}} as the applicant saw
    # them; the latest revision's copy (older ones are in ApplicationRevision).
    answers = models.JSONField(default=dict)
    submitted_at = models.DateTimeField(_("submitted on"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The form's one-time key: a double click or a resent form finds the first application.
    submission_key = models.UUIDField(unique=True)
    # Bumped to revoke every status link sent so far.
    link_version = models.PositiveIntegerField(default=1)
    anonymised_at = models.DateTimeField(null=True, blank=True)
    # The messages sent about it (the site's outbox).
    emails = GenericRelation(
        "sc_core.OutgoingEmail", content_type_field="about_type", object_id_field="about_id"
    )

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-submitted_at"]
        indexes = [models.Index(fields=["status", "hub"])]

    def __str__(self):
        return f"{self.reference} {self.project_title}"

    @property
    def is_open(self):
        return self.status in OPEN


class ApplicationRevision(models.Model):
    """Every version of the answers: the first submission, then each answer to a request."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveSmallIntegerField()
    data = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["application", "number"], name="one_revision_number")
        ]

    def __str__(self):
        return f"{self.application_id} r{self.number}"


def _private_name(instance, filename):
    return f"applications/{instance.application.reference}/{uuid.uuid4().hex}"


class ApplicationFile(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="files")
    question_id = models.CharField(max_length=64)
    revision = models.PositiveSmallIntegerField(default=1)
    # Stored under a random name, outside MEDIA_ROOT; the safe original name is for display.
    file = models.FileField(storage=private_storage, upload_to=_private_name, max_length=200)
    name = models.CharField(_("file name"), max_length=150)
    kind = models.CharField(max_length=8)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at"]

    def __str__(self):
        return self.name


class ApplicationEvent(models.Model):
    """The audit trail: every transition and message, who, when, from, to, why."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Empty actor and by_applicant: the applicant, through their status link.
    by_applicant = models.BooleanField(default=False)
    transition = models.CharField(max_length=40, blank=True)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    comment = models.TextField(blank=True)
    # Shown to the applicant on their status page (a request or a decision letter).
    to_applicant = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.application_id}: {self.transition} {self.from_status}→{self.to_status}"


class ReviewerAssignment(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="assignments"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="fund_assignments"
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    assigned_at = models.DateTimeField(auto_now_add=True)
    # Reviewers see the application only after declaring no conflict of interest.
    no_conflict_declared_at = models.DateTimeField(null=True, blank=True)
    conflict_declared_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["application", "reviewer"], name="assigned_once")
        ]

    def __str__(self):
        return f"{self.application_id} → {self.reviewer_id}"


class ApplicationReview(models.Model):
    class Recommendation(models.TextChoices):
        FUND = "fund", _("Fund")
        FUND_WITH_CHANGES = "fund_with_changes", _("Fund with changes")
        DO_NOT_FUND = "do_not_fund", _("Do not fund")

    assignment = models.OneToOneField(
        ReviewerAssignment, on_delete=models.CASCADE, related_name="review"
    )
    # {criterion block id: {"name", "weight", "score" 0-5, "comment"}}
    scores = models.JSONField(default=dict)
    weighted_score = models.DecimalField(max_digits=4, decimal_places=2)
    recommendation = models.CharField(max_length=20, choices=Recommendation.choices)
    comment = models.TextField(_("overall comment"))
    submitted_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.assignment_id}: {self.weighted_score}"


def source_locale_only():
    """Hubs are chosen in the source locale, as applications record them."""
    from sc_wagtail.conf import sc_settings

    return {"locale__language_code": sc_settings.SOURCE_LOCALE}


class HubStaff(models.Model):
    """A member of the "Fund hub staff" group works on these hubs' applications."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="fund_hubs",
        limit_choices_to={"groups__name": HUB_STAFF},
    )
    hub = models.ForeignKey(
        "sc_core.Hub",
        verbose_name=_("hub"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=source_locale_only,
    )

    class Meta:
        verbose_name = _("hub staff member")
        verbose_name_plural = _("hub staff")
        constraints = [models.UniqueConstraint(fields=["user", "hub"], name="hub_staff_once")]

    def __str__(self):
        return f"{self.user} @ {self.hub}"


def _export_name(instance, filename):
    return f"exports/{uuid.uuid4().hex}-{filename}"


class ApplicationExport(models.Model):
    """A large export of the filtered list, built by the worker, downloadable by its owner."""

    class State(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="fund_exports"
    )
    format = models.CharField(max_length=4)
    query = models.TextField(blank=True)  # the listing's filters, as a query string
    state = models.CharField(max_length=8, choices=State.choices, default=State.PENDING)
    file = models.FileField(storage=private_storage, upload_to=_export_name, blank=True)
    rows = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.user_id} {self.format} {self.state}"
