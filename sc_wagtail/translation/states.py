"""The states of translated text, named once: per segment, and per translation (a source in
one target locale), in the words reviewers and editors read."""

from django.db import models
from django.utils.translation import pgettext_lazy

# Labels with a context of their own ("translation state"): the fund's "In review" and
# "Approved" are other words in other languages.


class SegmentState(models.TextChoices):
    """One segment of a source in one target locale."""

    MISSING = "missing", pgettext_lazy("translation state", "Not translated yet")
    MACHINE = "machine", pgettext_lazy("translation state", "Machine draft")
    EDITED = "edited", pgettext_lazy("translation state", "Edited, not approved")
    APPROVED = "approved", pgettext_lazy("translation state", "Approved")
    STALE = "stale", pgettext_lazy("translation state", "Source changed since approval")


class TranslationStatus(models.TextChoices):
    """A source in one target locale, as the status dashboard shows it."""

    MISSING = "missing", pgettext_lazy("translation state", "Missing")
    MACHINE = "machine", pgettext_lazy("translation state", "Machine draft")
    REVIEW = "review", pgettext_lazy("translation state", "In review")
    READY = "ready", pgettext_lazy("translation state", "Approved, not published")
    LIVE = "live", pgettext_lazy("translation state", "Approved and live")
    OUTDATED = "outdated", pgettext_lazy("translation state", "Live, changes to review")


# Translations with something for a reviewer to do.
NEEDS_REVIEW = (TranslationStatus.MACHINE, TranslationStatus.REVIEW, TranslationStatus.OUTDATED)
