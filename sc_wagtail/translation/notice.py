"""A translation a site chose to publish before review, behind the machine-translation notice.

``import_wordpress --publish-machine-translations-with-notice`` lets a site go live with the
copies WPML machine translated, as they were live before, while its reviewers catch up. Each
such translation has a ``NoticePublication`` row: the gate lets its current text through, and
readers see "translated by machine, not checked by a person yet". The row ends (and with it
the exception) when the reviewed version is published; from then on the gate holds the page
like any other.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class NoticePublication(models.Model):
    translation = models.OneToOneField(
        "wagtail_localize.Translation", on_delete=models.CASCADE, related_name="+"
    )
    chosen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("published with a machine-translation notice")

    def __str__(self):
        return str(self.translation_id)


def with_notice(translation):
    return (
        translation is not None
        and NoticePublication.objects.filter(translation=translation).exists()
    )


def publish_with_notice(translation, user=None):
    """Publish ``translation``'s current (machine) text, with the notice, until reviewed."""
    NoticePublication.objects.get_or_create(translation=translation, defaults={"chosen_by": user})
    translation.save_target(user=user, publish=True)


def end_when_reviewed(translation):
    """The reviewed version went live: no more exception, no more notice."""
    NoticePublication.objects.filter(translation=translation).delete()
