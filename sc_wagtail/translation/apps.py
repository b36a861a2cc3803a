from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "sc_wagtail.translation"
    label = "sc_translation"
    verbose_name = _("Translation review")
    default_auto_field = "django.db.models.BigAutoField"
