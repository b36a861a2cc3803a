"""Where each language of a page or snippet stands, in the words editors read: the page
editor's status panel, the page tree and the message after publishing use these.

Per target locale: "not translated", "drafting" (the machine drafts are being written),
"12 of 20 approved", "approved, not published", "live since 4 Dec 2026", "live, 3 segments
to review". Read from the stored progress rows (status.py) in two queries for any number of
pages.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.formatting import language_name, list_phrase

from .permissions import reviewable_language_codes
from .states import TranslationStatus
from .status import DraftingRequest, TranslationProgress


@dataclass
class LocaleStatus:
    code: str
    language: str
    status: str  # a TranslationStatus value, or "drafting"
    phrase: str
    url: str | None  # the review screen, for the locale's reviewers


def target_codes():
    return [code for code in sc_settings.LOCALES if code != sc_settings.SOURCE_LOCALE]


def statuses(keys, user=None):
    """translation key -> [LocaleStatus of each target locale], for ``keys``."""
    keys = {key for key in keys if key}
    if not keys:
        return {}
    rows = {
        (row.object_key, row.locale.language_code): row
        for row in TranslationProgress.objects.filter(object_key__in=keys).select_related("locale")
    }
    drafting = set(
        DraftingRequest.objects.filter(object_key__in=keys).values_list("object_key", flat=True)
    )
    reviews = set(reviewable_language_codes(user)) if user is not None else set()
    return {
        key: [
            _status(code, rows.get((key, code)), key in drafting, reviews)
            for code in target_codes()
        ]
        for key in keys
    }


def _status(code, row, drafting, reviews):
    status = row.status if row is not None else TranslationStatus.MISSING
    if drafting and status in (TranslationStatus.MISSING, TranslationStatus.MACHINE):
        status, phrase = "drafting", _("drafting by machine")
    else:
        phrase = _phrase(status, row)
    url = None
    if row is not None and row.translation_id and code in reviews:
        url = reverse("sc_translation_admin:review", args=[row.translation_id])
    return LocaleStatus(code, language_name(code), status, phrase, url)


def _phrase(status, row):
    if status == TranslationStatus.MISSING:
        return _("not translated")
    if status in (TranslationStatus.MACHINE, TranslationStatus.REVIEW):
        return _("%(approved)s of %(total)s approved") % {
            "approved": row.approved,
            "total": row.total,
        }
    if status == TranslationStatus.READY:
        return _("approved, not published")
    if status == TranslationStatus.LIVE:
        if row.live_since:
            return _("live since %(date)s") % {"date": date_format(row.live_since, "DATE_FORMAT")}
        return _("live")
    waiting = max(row.total - row.approved, 1)
    return ngettext(
        "live, %(count)s segment to review",
        "live, %(count)s segments to review",
        waiting,
    ) % {"count": waiting}


def drafting_message(page):
    """What an editor is told after publishing a source page: which languages are being
    drafted and who will be told."""
    languages = [language_name(code) for code in target_codes()]
    if not languages:
        return None
    return _(
        "Machine drafts are being written in %(languages)s. Nothing is published in those "
        "languages until their reviewers approve it; they will be told when the drafts are "
        "ready."
    ) % {"languages": list_phrase(languages)}
