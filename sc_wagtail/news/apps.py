from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "sc_wagtail.news"
    label = "sc_news"
    verbose_name = _("News")
    default_auto_field = "django.db.models.BigAutoField"
