from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CacheConfig(AppConfig):
    name = "sc_wagtail.cache"
    label = "sc_page_cache"
    verbose_name = _("Page cache")

    def ready(self):
        from . import checks, signals

        checks.register()
        signals.connect()
