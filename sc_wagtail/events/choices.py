from django.db import models
from django.utils.translation import gettext_lazy as _

from sc_wagtail.core.choices import (
    AttendanceMode,
    EventType,
    OrganisationRole,
    session_language_choices,
    time_zone_choices,
)

__all__ = [
    "AttendanceMode",
    "EventStatus",
    "EventType",
    "OrganisationRole",
    "session_language_choices",
    "time_zone_choices",
]


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")
    RESCHEDULED = "rescheduled", _("Rescheduled")
    MOVED_ONLINE = "moved_online", _("Moved online")
