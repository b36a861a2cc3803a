from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "sc_wagtail.events"
    label = "sc_events"
    verbose_name = _("Events")
    default_auto_field = "django.db.models.BigAutoField"
