from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "sc_wagtail.translation"
    label = "sc_translation"
    verbose_name = _("Translation review")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate, post_save
        from wagtail.signals import page_published

        from . import (
            checks,  # noqa: F401  (registers the system checks)
            progress_signals,
        )
        from .guards import install
        from .permissions import ensure_reviewer_groups
        from .pipeline import on_page_published, on_snippet_saved

        install()
        page_published.connect(on_page_published, dispatch_uid="sc_translation_drafts")
        post_save.connect(on_snippet_saved, dispatch_uid="sc_translation_snippet_drafts")
        post_migrate.connect(ensure_reviewer_groups, sender=self, dispatch_uid="sc_reviewers")
        progress_signals.connect()
