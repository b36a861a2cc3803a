from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PdfConfig(AppConfig):
    name = "sc_wagtail.pdf"
    label = "sc_pdf"
    verbose_name = _("PDF reports")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
