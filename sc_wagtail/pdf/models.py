"""One stored PDF per page with a report, valid for the page's live revision only.

The file lives in private storage under a random name, never under MEDIA_ROOT: a report of a
page that is unpublished or becomes private must not stay readable at a guessable address.
Only the view that checks the page is live and the reader may see it serves it.
"""

import datetime
import uuid

from django.db import IntegrityError, models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.storage import private_storage


def _pdf_name(instance, filename):
    return f"pdf/{uuid.uuid4().hex}.pdf"


class PdfArtefact(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    page = models.OneToOneField(Page, on_delete=models.CASCADE, related_name="+")
    # The live revision this row is about: requested (pending) or rendered (ready).
    revision_id = models.PositiveIntegerField(null=True)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    file = models.FileField(storage=private_storage, upload_to=_pdf_name, blank=True)
    size = models.PositiveIntegerField(default=0)
    render_seconds = models.FloatField(null=True, blank=True)
    renders = models.PositiveIntegerField(default=0, help_text=_("How many times it was rendered."))
    error = models.TextField(blank=True)
    requested_at = models.DateTimeField(null=True, blank=True)
    rendered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("PDF report")
        verbose_name_plural = _("PDF reports")

    def __str__(self):
        return f"PDF of page {self.page_id} ({self.get_status_display()})"

    def is_ready_for(self, revision_id):
        return self.status == self.Status.READY and self.revision_id == revision_id

    @classmethod
    def for_page(cls, page):
        try:
            return cls.objects.get_or_create(page_id=page.pk)[0]
        except IntegrityError:  # another request created it between our get and create
            return cls.objects.get(page_id=page.pk)

    @classmethod
    def claim(cls, page):
        """Mark the page's live revision as requested; True for exactly one caller.

        A single conditional UPDATE decides, so concurrent requests (or a publish and a
        reader) never start two renders of the same revision. A pending claim older than
        twice the render time limit is considered abandoned and can be taken again.
        """
        artefact = cls.for_page(page)
        now = timezone.now()
        abandoned = now - datetime.timedelta(seconds=2 * sc_settings.PDF_RENDER_TIMEOUT_SECONDS)
        revision = page.live_revision_id
        taken = models.Q(revision_id=revision, status=cls.Status.READY) | models.Q(
            revision_id=revision, status=cls.Status.PENDING, requested_at__gte=abandoned
        )
        return bool(
            cls.objects.filter(pk=artefact.pk)
            .exclude(taken)
            .update(revision_id=revision, status=cls.Status.PENDING, requested_at=now, error="")
        )
