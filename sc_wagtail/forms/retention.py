"""Data protection: closed applications past the retention period lose their personal data;
the figures (call, hub, city, country, amount, status, dates, numeric answers) stay for
statistics."""

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from .models import Application, ApplicationEvent
from .states import CLOSED

logger = logging.getLogger(__name__)

# Answers of these question types are figures, not personal data.
KEPT_ANSWER_TYPES = {"number", "choice", "checkbox"}


def due(months, now=None):
    """Closed, not yet anonymised, and untouched for ``months`` months."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=round(months * 30.44))
    return Application.objects.filter(
        status__in=CLOSED, anonymised_at__isnull=True, updated_at__lt=cutoff
    )


def anonymise(application):
    with transaction.atomic():
        application = Application.objects.select_for_update().get(pk=application.pk)
        names = [record.file.name for record in application.files.all()]
        application.contact_name = ""
        application.contact_role = ""
        application.email = "anonymised@invalid"
        application.phone = ""
        application.summary = ""
        application.project_title = ""
        application.answers = {
            key: {
                **answer,
                "value": answer["value"] if answer["type"] in KEPT_ANSWER_TYPES else None,
            }
            for key, answer in application.answers.items()
        }
        application.anonymised_at = timezone.now()
        application.link_version += 1  # any status link still around stops working
        application.save()
        application.revisions.all().delete()
        application.files.all().delete()
        application.emails.all().delete()
        application.events.update(comment="")
        ApplicationEvent.objects.create(application=application, transition="anonymise")
        transaction.on_commit(lambda: _delete_files(names))
    logger.info("Anonymised application %s", application.reference)
    return application


def _delete_files(names):
    from sc_wagtail.core.storage import private_storage

    for name in names:
        private_storage().delete(name)
