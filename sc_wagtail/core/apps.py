from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "sc_wagtail.core"
    label = "sc_core"
    verbose_name = _("Network directory")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save
        from wagtail.models import Locale, Site

        from . import checks  # noqa: F401  (registers the settings checks)
        from .locales import forget_locales
        from .ratelimit import ensure_cleanup_schedule
        from .sites import forget_sites

        post_migrate.connect(ensure_cleanup_schedule, sender=self, dispatch_uid="sc_rate_cleanup")
        for signal in (post_save, post_delete):
            signal.connect(forget_locales, sender=Locale, dispatch_uid=f"sc_locales_{signal}")
            signal.connect(forget_sites, sender=Site, dispatch_uid=f"sc_sites_{signal}")
