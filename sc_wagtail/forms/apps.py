from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsConfig(AppConfig):
    name = "sc_wagtail.forms"
    label = "sc_forms"
    verbose_name = _("Fund applications")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import checks  # noqa: F401  (registers the fund's system checks)
        from .drafts import ensure_cleanup_schedule
        from .roles import ensure_fund_groups

        post_migrate.connect(ensure_fund_groups, sender=self, dispatch_uid="sc_fund_groups")
        post_migrate.connect(
            ensure_cleanup_schedule, sender=self, dispatch_uid="sc_fund_draft_cleanup"
        )
