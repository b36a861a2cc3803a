"""Reader reports of translation problems: saved, matched to the segment they quote, and sent
to the locale's reviewers. A report does not undo a person's approval (anyone can write one):
the segment is marked "reported by a reader" and a reviewer decides whether to reopen it."""

import re

from django import forms
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.http import client_ip
from sc_wagtail.core.ratelimit import allow

from .gate import translation_for
from .models import TranslationProblem
from .review import segment_states


class ProblemForm(forms.Form):
    quote = forms.CharField(
        label=_("The words that are wrong"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Copy the words from the page."),
    )
    comment = forms.CharField(
        label=_("What is wrong, or a better translation (optional)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    # Left empty by people; filled by bots that fill every field.
    website = forms.CharField(required=False, label=_("Leave this empty"))

    def is_bot(self):
        return bool(self.cleaned_data.get("website"))


def _normal(text):
    return re.sub(r"\s+", " ", strip_tags(text or "")).strip().casefold()


def allow_report(request):
    """True while this reader stays under the hourly limits, per session and per address
    (readers of one office share an address; a bot that drops cookies still has one)."""
    if not request.session.session_key:
        request.session.save()
    return allow(
        "problem-session",
        request.session.session_key,
        sc_settings.PROBLEM_REPORTS_PER_SESSION_PER_HOUR,
    ) and allow("problem-address", client_ip(request), sc_settings.PROBLEM_REPORTS_PER_IP_PER_HOUR)


def record_problem(page, quote, comment):
    """Save the report, tied to the segment whose translation holds the quote."""
    problem = TranslationProblem.objects.create(
        page=page, locale=page.locale, quote=quote, comment=comment
    )
    translation = translation_for(page)
    if translation is not None:
        wanted = _normal(quote)
        for state in segment_states(translation.source, page.locale):
            if (
                state.translation is not None
                and wanted
                and wanted in _normal(state.translation.data)
            ):
                problem.context_id = state.segment.context_id
                problem.save(update_fields=["context"])
                break
    return problem, translation
