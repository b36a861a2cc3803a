"""What an import leaves behind: which WordPress post became which page or file (so a second
run updates instead of duplicating), each run's report, and participation figures suggested
from old prose, waiting for a person to accept them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string
from wagtail.images import get_image_model_string


class ImportedItem(models.Model):
    """One WordPress post, page, event or attachment in one language, and what it became."""

    class Kind(models.TextChoices):
        PAGE = "page", _("page")
        IMAGE = "image", _("image")
        DOCUMENT = "document", _("document")

    wp_id = models.BigIntegerField()
    post_type = models.CharField(max_length=40)
    language = models.CharField(max_length=12)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    group = models.CharField(max_length=80, blank=True)
    url = models.URLField(max_length=500, blank=True)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    image = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    document = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    # A digest of what was imported: an unchanged post is skipped on the next run.
    digest = models.CharField(max_length=64, blank=True)
    # The site went live with this copy behind the machine-translation notice
    # (--publish-machine-translations-with-notice), until its reviewed version is published.
    published_with_notice = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("imported WordPress item")
        constraints = [
            models.UniqueConstraint(
                fields=["wp_id", "post_type", "language"], name="one_import_per_post_language"
            )
        ]

    def __str__(self):
        return f"{self.post_type} {self.wp_id} ({self.language})"


class ImportRun(models.Model):
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    export_name = models.CharField(max_length=255)
    dry_run = models.BooleanField(default=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    # {"created": {...}, "updated": {...}, "skipped": {...}, "warnings": {kind: n}}
    summary = models.JSONField(default=dict)
    # [[kind, wp_id, url, message], ...]
    warnings = models.JSONField(default=list)

    class Meta:
        verbose_name = _("WordPress import")
        ordering = ["-started_at"]

    def __str__(self):
        return f"{self.export_name} ({self.started_at:%Y-%m-%d %H:%M})"


class FigureSuggestion(models.Model):
    """Participation rows read from an imported report's English prose ("more than 60
    municipal officials, including 15 mayors"): offered to the editor, applied only when a
    person accepts them."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for an editor")
        ACCEPTED = "accepted", _("accepted")
        DISMISSED = "dismissed", _("dismissed")

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    sentence = models.TextField()
    # {"rows": [{"qualifier": "more_than", "number": 60, "category": "municipal_officials",
    #            "part_of": ""}, ...], "cities": 6, "countries": None}
    figures = models.JSONField(default=dict)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("suggested figures")

    def __str__(self):
        return self.sentence[:60]
