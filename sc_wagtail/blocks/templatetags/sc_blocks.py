"""Template filters for report blocks: choice labels, country and language names."""

from django import template
from django.utils.translation import get_language_info, pgettext
from django_countries import countries

from sc_wagtail.core.formatting import figure as format_figure

register = template.Library()


@register.filter
def choice_label(bound_block):
    """The label of a ChoiceBlock's value in the active language (the value if unknown)."""
    choices = dict(bound_block.block.field.choices)
    return choices.get(bound_block.value, bound_block.value)


@register.filter
def country_name(code):
    return countries.name(code) or code


def _join(names):
    return pgettext("list separator", ", ").join(str(name) for name in names)


@register.filter
def country_names(codes):
    return _join(countries.name(code) or code for code in codes or ())


@register.filter
def language_names(codes):
    names = []
    for code in codes or ():
        try:
            names.append(get_language_info(code)["name_translated"])
        except KeyError:
            names.append(code)
    return _join(names)


@register.filter
def figure(number):
    """A count written the active locale's way, with its thousands separator."""
    return format_figure(number)
