from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "sc_wagtail.translation"
    label = "sc_translation"
    verbose_name = _("Translation review")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import checks, guards, signals  # checks: registers the system checks
        from .permissions import ensure_reviewer_groups

        del checks
        guards.install()  # wraps Wagtail's and wagtail-localize's publishing calls
        signals.connect()
        post_migrate.connect(ensure_reviewer_groups, sender=self, dispatch_uid="sc_reviewers")
