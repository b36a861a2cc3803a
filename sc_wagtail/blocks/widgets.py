"""Editor widgets shared by the blocks."""

from django import forms
from django.utils.translation import gettext_lazy as _


class SearchableSelect(forms.Select):
    """A select with a search box above it in the editor (sc_blocks/searchable_select.js)."""

    def __init__(self, attrs=None, choices=()):
        super().__init__({"data-sc-searchable": _("Type to search"), **(attrs or {})}, choices)


class SearchableSelectMultiple(forms.SelectMultiple):
    def __init__(self, attrs=None, choices=()):
        attrs = {"data-sc-searchable": _("Type to search"), "size": 8, **(attrs or {})}
        super().__init__(attrs, choices)
