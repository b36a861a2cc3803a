"""The states of translated text, named once: per segment, and per translation (a source in
one target locale), in the words reviewers and editors read."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SegmentState(models.TextChoices):
    """One segment of a source in one target locale."""

    MISSING = "missing", _("Not translated yet")
    MACHINE = "machine", _("Machine draft")
    EDITED = "edited", _("Edited, not approved")
    APPROVED = "approved", _("Approved")
    STALE = "stale", _("Source changed since approval")


class TranslationStatus(models.TextChoices):
    """A source in one target locale, as the status dashboard shows it."""

    MISSING = "missing", _("Missing")
    MACHINE = "machine", _("Machine draft")
    REVIEW = "review", _("In review")
    READY = "ready", _("Approved, not published")
    LIVE = "live", _("Approved and live")
    OUTDATED = "outdated", _("Live, changes to review")


# Translations with something for a reviewer to do.
NEEDS_REVIEW = (TranslationStatus.MACHINE, TranslationStatus.REVIEW, TranslationStatus.OUTDATED)
