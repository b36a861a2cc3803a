"""Form widgets rendered in Python where Django's templates cost too much."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe


class ListSelect(forms.Select):
    """A single-choice select written without a template per option.

    Django renders every option through its own template: the fund form's 250 countries
    took most of the fund page's time. Same HTML, same attributes; grouped choices fall back
    to Django's rendering.
    """

    def render(self, name, value, attrs=None, renderer=None):
        choices = list(self.choices)
        if any(isinstance(label, list | tuple) for _value, label in choices):
            return super().render(name, value, attrs, renderer)
        chosen = {str(v) for v in self.format_value(value)}
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (
                    "" if option is None else str(option),
                    mark_safe(" selected")
                    if str("" if option is None else option) in chosen
                    else "",
                    label,
                )
                for option, label in choices
            ),
        )
        attrs = self.build_attrs(self.attrs, attrs)
        return format_html('<select name="{}"{}>{}</select>', name, flatatt(attrs), options)
