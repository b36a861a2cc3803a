from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BlocksConfig(AppConfig):
    name = "sc_wagtail.blocks"
    label = "sc_blocks"
    verbose_name = _("Content blocks")

    def ready(self):
        from . import checks  # noqa: F401  (registers the blocks' system checks)
