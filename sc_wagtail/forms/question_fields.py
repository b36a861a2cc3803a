"""The form field of each kind of question an editor can put in a call.

One ``create_<kind>_field(block)`` method per question block type (the way
``wagtail.contrib.forms`` builds its fields). A site adds a kind by adding a block to its
call's question stream and a builder subclass with the matching method, named in
``SC_WAGTAIL["FUND_QUESTION_BUILDER"]``.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.module_loading import import_string
from django.utils.translation import ngettext

from sc_wagtail.conf import sc_settings


def word_count(text):
    return len(text.split())


def word_limit_help(limit):
    """ "At most 300 words", in the active language (a live counter shows beside it)."""
    return ngettext("At most %(limit)s word.", "At most %(limit)s words.", limit) % {"limit": limit}


def word_limit_validator(limit):
    def validate(text):
        count = word_count(text)
        if count > limit:
            raise ValidationError(
                ngettext(
                    "Write at most %(limit)s word (you wrote %(count)s).",
                    "Write at most %(limit)s words (you wrote %(count)s).",
                    limit,
                )
                % {"limit": limit, "count": count},
                code="word_limit",
            )

    return validate


class QuestionFieldBuilder:
    def field_for(self, block):
        method = getattr(self, f"create_{block.block_type}_field", None)
        if method is None:
            raise ValueError(f"No form field for the question type {block.block_type!r}")
        value = block.value
        return method(
            value,
            label=value["label"],
            help_text=value["help_text"],
            required=value["required"],
        )

    def create_short_text_field(self, value, **options):
        return forms.CharField(max_length=300, **options)

    def create_long_text_field(self, value, **options):
        field = forms.CharField(
            widget=forms.Textarea(attrs={"rows": 6}), max_length=20000, **options
        )
        limit = value.get("word_limit")
        if limit:
            field.validators.append(word_limit_validator(limit))
            field.widget.attrs["data-word-limit"] = limit
            limit_help = word_limit_help(limit)
            field.help_text = f"{field.help_text} {limit_help}" if field.help_text else limit_help
        return field

    def create_number_field(self, value, **options):
        return forms.DecimalField(max_digits=14, decimal_places=2, **options)

    def create_date_field(self, value, **options):
        return forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), **options)

    def create_choice_field(self, value, **options):
        choices = [(str(i), label) for i, label in enumerate(value["choices"])]
        if value["multiple"]:
            return forms.MultipleChoiceField(
                choices=choices, widget=forms.CheckboxSelectMultiple, **options
            )
        return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **options)

    def create_file_field(self, value, **options):
        return forms.FileField(**options)

    def create_checkbox_field(self, value, **options):
        return forms.BooleanField(**options)


def question_builder():
    return import_string(sc_settings.FUND_QUESTION_BUILDER)()
