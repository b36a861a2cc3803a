from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "sc_wagtail.translation"
    label = "sc_translation"
    verbose_name = _("Translation review")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from .gate import install
        from .pipeline import on_page_published

        install()
        page_published.connect(on_page_published, dispatch_uid="sc_translation_drafts")
