"""Form widgets rendered in Python where Django's templates cost too much."""

import html

from django import forms
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import mark_safe


class ListSelect(forms.Select):
    """A single-choice select written without a template per option.

    Django renders every option through its own template: the fund form's 250 countries
    took most of the fund page's time. Same HTML, same attributes; grouped choices fall back
    to Django's rendering.
    """

    def render(self, name, value, attrs=None, renderer=None):
        choices = _choices(self.choices)
        if any(isinstance(label, list | tuple) for _value, label in choices):
            return super().render(name, value, attrs, renderer)
        chosen = {str(v) for v in self.format_value(value)}
        options = []
        for option, label in choices:
            option = "" if option is None else str(option)
            selected = " selected" if option in chosen else ""
            options.append(f'<option value="{_text(option)}"{selected}>{_text(label)}</option>')
        attrs = self.build_attrs(self.attrs, attrs)
        return format_html(
            '<select name="{}"{}>{}</select>', name, flatatt(attrs), mark_safe("".join(options))
        )


def _choices(choices):
    """The choices as a list. A model field's rows in one plain query: ``list()`` would ask
    for a count first, and Django iterates them with a server-side cursor on PostgreSQL."""
    if isinstance(choices, ModelChoiceIterator):
        field = choices.field
        empty = [("", field.empty_label)] if field.empty_label is not None else []
        return empty + [choices.choice(row) for row in choices.queryset]
    return list(choices)


def _text(value):
    """Escaped as Django's ``conditional_escape`` would, without its per-call overhead (one
    call per option)."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return html.escape(str(value))
