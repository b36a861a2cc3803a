"""Words and figures of the fund's admin screens, in the reader's language."""

from django import template

from sc_wagtail.core.formatting import language_name
from sc_wagtail.core.formatting import money as format_money

from ..states import Status

register = template.Library()


@register.simple_tag(name="money")
def money_tag(amount, currency):
    """ "€15,000.00" in English, "15 000,00 €" in French."""
    return format_money(amount, currency) if amount is not None else "–"


@register.simple_tag
def status_label(value):
    """A stored status ("in_review") as people read it ("In review"); "–" for none."""
    if not value:
        return "–"
    try:
        return Status(value).label
    except ValueError:
        return value


@register.simple_tag
def language_label(code):
    return language_name(code) if code else "–"
