"""System checks of the blocks app."""

from django.core import checks
from django.utils.module_loading import import_string

from sc_wagtail.conf import sc_settings

from .participation import Category


@checks.register()
def participant_categories(app_configs=None, **kwargs):
    """SC_WAGTAIL['PARTICIPANT_CATEGORIES'] is a list of Category, or the dotted path of one."""
    value = sc_settings.PARTICIPANT_CATEGORIES
    if isinstance(value, str):
        try:
            value = import_string(value)
        except ImportError:
            return []  # reported by sc_wagtail.E007
    if isinstance(value, list | tuple) and value and all(isinstance(c, Category) for c in value):
        keys = [category.key for category in value]
        if len(keys) == len(set(keys)):
            return []
    return [
        checks.Error(
            "SC_WAGTAIL['PARTICIPANT_CATEGORIES'] must be a non-empty list of "
            "sc_wagtail.blocks.participation.Category with distinct keys, or the dotted path "
            "of one.",
            hint="For example [*DEFAULT_CATEGORIES, Category('police', ...)].",
            id="sc_wagtail.E016",
        )
    ]
