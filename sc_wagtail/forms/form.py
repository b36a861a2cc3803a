"""The application form of a call, built from its core and editor-defined questions.

Everything is validated here, on the server: required answers, word limits, the maximum
amount, choices, files. Errors are in the applicant's language (the active one).
"""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.formatting import money
from sc_wagtail.core.widgets import ListSelect

from .drafts import held_uploads
from .question_fields import question_builder, word_limit_help, word_limit_validator
from .uploads import check_upload

SUMMARY_WORD_LIMIT = 300


_countries = {}


def country_choices():
    """(code, name) of every country in the active language, sorted as it sorts them: built
    once per language and process (django-countries sorts all names on every iteration)."""
    language = get_language()
    if language not in _countries:
        _countries[language] = [(country.code, country.name) for country in countries]
    return _countries[language]


class ApplicationForm(forms.Form):
    city = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label=_("City"),
        empty_label=_("Choose your city, or type it below"),
        widget=ListSelect,
    )
    city_other = forms.CharField(
        max_length=120, required=False, label=_("City, if it is not in the list")
    )
    # No country chosen for the applicant: the list starts empty and a choice is required.
    country = LazyTypedChoiceField(choices=(), label=_("Country"), widget=ListSelect)
    contact_name = forms.CharField(max_length=120, label=_("Your name"))
    contact_role = forms.CharField(max_length=120, label=_("Your role"))
    # Addresses and numbers read left to right, in right-to-left pages too.
    email = forms.EmailField(label=_("Email"), widget=forms.EmailInput(attrs={"dir": "ltr"}))
    phone = forms.CharField(
        max_length=40,
        label=_("Phone"),
        widget=forms.TextInput(attrs={"dir": "ltr", "type": "tel", "autocomplete": "tel"}),
    )
    project_title = forms.CharField(max_length=200, label=_("Project title"))
    summary = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6, "data-word-limit": SUMMARY_WORD_LIMIT}),
        label=_("Summary of the project"),
        validators=[word_limit_validator(SUMMARY_WORD_LIMIT)],
        max_length=20000,
    )
    requested_amount = forms.DecimalField(
        max_digits=12, decimal_places=2, min_value=1, label=_("Amount requested")
    )
    consent = forms.BooleanField(label=_("I have read and accept the privacy notice"))
    # Left empty by people, filled by bots that fill every field.
    website = forms.CharField(required=False, label=_("Leave this empty"))
    submission_key = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, call, *args, previous_answers=None, **kwargs):
        """``previous_answers``: answering a request, where a file already sent may stay."""
        from sc_wagtail.core.models import City

        super().__init__(*args, **kwargs)
        self.call = call
        if previous_answers is not None:
            # Answering a request: the one-time key of the first submission stays private.
            del self.fields["submission_key"]
        elif not self.is_bound:
            self.initial.setdefault("submission_key", uuid.uuid4())
        cities = City.objects.filter(locale_id=call.locale_id).order_by("name")
        self.fields["city"].queryset = cities
        # Country names in the page's language, sorted as that language sorts them.
        self.fields["country"].choices = [("", _("Choose your country")), *country_choices()]
        # Built per request: in the applicant's language (a class attribute would be English).
        self.fields["summary"].help_text = word_limit_help(SUMMARY_WORD_LIMIT)
        maximum = money(call.maximum_amount, call.currency)
        amount = self.fields["requested_amount"]
        amount.validators.append(
            MaxValueValidator(
                call.maximum_amount,
                message=_("This call gives at most %(amount)s.") % {"amount": maximum},
            )
        )
        amount.help_text = _("At most %(amount)s.") % {"amount": maximum}
        amount.widget.attrs["max"] = call.maximum_amount
        self.questions = list(call.questions)
        # Files sent with this form before it came back with errors (or saved as a draft).
        bound_first = self.is_bound and previous_answers is None
        self.held = held_uploads(self._key()) if bound_first else {}
        builder = question_builder()
        for block in self.questions:
            field = builder.field_for(block)
            sent = (previous_answers or {}).get(block.id, {}).get("value")
            if block.block_type == "file" and sent:
                field.required = False
                field.help_text = _("Leave empty to keep %(name)s.") % {"name": sent}
            self.fields[f"q_{block.id}"] = field
        self._mark_attached()
        # The live word counter's words, in the applicant's language (fund_form.js).
        counter = _("%(count)s of %(limit)s words")
        for field in self.fields.values():
            if "data-word-limit" in field.widget.attrs:
                field.widget.attrs["data-word-count"] = str(counter)

    def _key(self):
        if self.is_bound:
            return self.data.get(self.add_prefix("submission_key"))
        return self.initial.get("submission_key")

    def load_draft(self, draft):
        """Fill the (unbound) form with a saved draft; its files are held under its key."""
        self.initial["submission_key"] = draft.submission_key
        for name, values in draft.data.items():
            field = self.fields.get(name)
            if field is None or not values:
                continue
            multiple = isinstance(field, forms.MultipleChoiceField)
            self.initial[name] = values if multiple else values[0]
        self.held = held_uploads(draft.submission_key)
        self._mark_attached()

    def _mark_attached(self):
        """A held file answers its question: shown as attached, replaced by a new choice."""
        for question_id, row in self.held.items():
            field = self.fields.get(f"q_{question_id}")
            if field is not None:
                field.required = False
                field.help_text = _("Attached: %(name)s. Choose another file to replace it.") % {
                    "name": row.name
                }
                # A bound field made while cleaning copied the old help text.
                self._bound_fields_cache.pop(f"q_{question_id}", None)

    def question_fields(self):
        return [self[f"q_{block.id}"] for block in self.questions]

    def is_bot(self):
        return bool(self.cleaned_data.get("website"))

    def clean(self):
        data = super().clean()
        if not data.get("city") and not data.get("city_other", "").strip():
            self.add_error("city", _("Choose your city, or type its name."))
        total = 0
        for block in self.questions:
            name = f"q_{block.id}"
            upload = data.get(name) if block.block_type == "file" else None
            if not upload:
                if block.id in self.held:
                    total += self.held[block.id].size
                continue
            try:
                kind, safe = check_upload(upload)
            except ValidationError as error:
                self.add_error(name, error)
                continue
            upload.sc_kind, upload.sc_name = kind, safe
            total += upload.size
        limit = sc_settings.UPLOAD_MAX_APPLICATION_BYTES
        if total > limit:
            from django.template.defaultfilters import filesizeformat

            raise ValidationError(
                _("Your files add up to more than %(limit)s.") % {"limit": filesizeformat(limit)}
            )
        return data

    def answers(self):
        """{block id: {"label", "type", "value"}}, as the applicant saw the questions."""
        result = {}
        for block in self.questions:
            value = self.cleaned_data.get(f"q_{block.id}")
            if block.block_type == "file":
                held = self.held.get(block.id)
                value = getattr(value, "sc_name", None) or (held.name if held else None)
            elif block.block_type == "choice":
                labels = dict(self.fields[f"q_{block.id}"].choices)
                keys = value if isinstance(value, list) else ([value] if value else [])
                value = [str(labels[k]) for k in keys]
            elif value is not None and not isinstance(value, str | bool):
                value = str(value)
            result[block.id] = {
                "label": block.value["label"],
                "type": block.block_type,
                "value": value,
            }
        return result

    def kept_files(self):
        """Held files the applicant did not replace: they become the application's."""
        return [
            row
            for question_id, row in self.held.items()
            if not self.cleaned_data.get(f"q_{question_id}")
        ]

    def uploads(self):
        return [
            (block.id, self.cleaned_data[f"q_{block.id}"])
            for block in self.questions
            if block.block_type == "file" and self.cleaned_data.get(f"q_{block.id}")
        ]
