"""What an applicant has sent but not yet submitted: files kept while a form comes back with
errors, and applications saved to continue later. Neither is an application: staff and
reviewers never see them, and both are deleted once submitted or after their time is up."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from sc_wagtail.core.storage import private_storage

from .calls import FundCall


def _held_name(instance, filename):
    return f"held/{instance.submission_key}/{uuid.uuid4().hex}"


class HeldUpload(models.Model):
    """A file that passed its checks in a form that came back with errors (or was saved as a
    draft), tied to the form's one-time submission key, so the applicant does not send it
    again. Becomes an ApplicationFile when the application is submitted."""

    submission_key = models.UUIDField(db_index=True)
    question_id = models.CharField(max_length=64)
    file = models.FileField(storage=private_storage, upload_to=_held_name, max_length=200)
    name = models.CharField(_("file name"), max_length=150)
    kind = models.CharField(max_length=8)
    size = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["submission_key", "question_id"], name="one_held_file_per_question"
            )
        ]

    def __str__(self):
        return self.name


class ApplicationDraft(models.Model):
    """An application saved to continue later: what was typed, under the form's submission
    key (its held files share the key). Opened through a signed link sent by email;
    ``version`` is raised to revoke links already sent."""

    call = models.ForeignKey(FundCall, on_delete=models.CASCADE, related_name="drafts")
    # The page the form was on, to open it again there.
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=12)
    email = models.EmailField()
    data = models.JSONField(default=dict)
    submission_key = models.UUIDField(unique=True, default=uuid.uuid4)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"{self.email} ({self.call_id})"
