"""Reader reports of translation problems: saved, matched to the segment they quote, which
is re-opened for review, and sent to the locale's reviewers."""

import hashlib
import re

from django import forms
from django.core.cache import cache
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from sc_wagtail.conf import sc_settings

from .gate import translation_for
from .models import SegmentReview, TranslationProblem
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


def allow_report(ip):
    """True while this client stays under the hourly limit (counted in the cache)."""
    key = "sc-problem:" + hashlib.sha256((ip or "").encode()).hexdigest()
    count = cache.get_or_set(key, 0, timeout=3600)
    if count >= sc_settings.PROBLEM_REPORTS_PER_IP_PER_HOUR:
        return False
    try:
        cache.incr(key)
    except ValueError:  # expired between the two calls
        cache.set(key, 1, timeout=3600)
    return True


def record_problem(page, quote, comment):
    """Save the report and re-open the segment whose translation holds the quote."""
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
                SegmentReview.objects.filter(
                    context_id=state.segment.context_id, locale=page.locale
                ).delete()
                problem.context_id = state.segment.context_id
                problem.save(update_fields=["context"])
                break
    return problem, translation
