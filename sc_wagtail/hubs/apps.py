from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubsConfig(AppConfig):
    name = "sc_wagtail.hubs"
    label = "sc_hubs"
    verbose_name = _("Hubs")
    default_auto_field = "django.db.models.BigAutoField"
