"""Writing applicant and staff emails into the outbox (sc_wagtail.core.outbox), in the
reader's language.

The words come from the EmailTemplate snippet of that kind in the applicant's language,
else its source-language row, else the defaults below (translated by our catalogs).
"""

import logging

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sc_wagtail.core import outbox
from sc_wagtail.core.formatting import money
from sc_wagtail.core.text import single_line

from .emails_model import EmailKind, EmailTemplate

logger = logging.getLogger(__name__)

DEFAULTS = {
    EmailKind.SUBMITTED: (
        gettext_lazy("We received your application {reference}"),
        gettext_lazy(
            "Dear {contact_name},\n\nThank you for applying to {call} for {city}. Your "
            "application “{project_title}” has the reference {reference}.\n\nFollow it, answer "
            "questions from fund staff or withdraw it through your private link (keep it to "
            "yourself):\n{status_link}\n\nThe fund team"
        ),
    ),
    EmailKind.MORE_INFORMATION: (
        gettext_lazy("More information needed for {reference}"),
        gettext_lazy(
            "Dear {contact_name},\n\nFund staff need more information about your application "
            "{reference}:\n\n{message}\n\nAnswer through your private link:\n{status_link}\n\n"
            "The fund team"
        ),
    ),
    EmailKind.APPROVED: (
        gettext_lazy("Your application {reference} is approved"),
        gettext_lazy(
            "Dear {contact_name},\n\nWe are pleased to tell you that your application "
            "{reference}, “{project_title}”, has been approved, for {approved_amount}.\n\n"
            "{message}\n\nDetails: {status_link}\n\nThe fund team"
        ),
    ),
    EmailKind.DECLINED: (
        gettext_lazy("Decision on your application {reference}"),
        gettext_lazy(
            "Dear {contact_name},\n\nThank you for your application {reference}, "
            "“{project_title}”. We are sorry that it was not selected this time.\n\n{message}"
            "\n\nDetails: {status_link}\n\nThe fund team"
        ),
    ),
    EmailKind.WITHDRAWN: (
        gettext_lazy("Application {reference} withdrawn"),
        gettext_lazy(
            "Dear {contact_name},\n\nAs you asked, your application {reference} has been "
            "withdrawn.\n\nThe fund team"
        ),
    ),
    EmailKind.STATUS_CHANGED: (
        gettext_lazy("Your application {reference}: {status}"),
        gettext_lazy(
            "Dear {contact_name},\n\nYour application {reference}, “{project_title}”, is now at "
            "this stage: {status}.\n\nFollow it through your private link:\n{status_link}\n\n"
            "The fund team"
        ),
    ),
    EmailKind.NEW_LINK: (
        gettext_lazy("A new link to your application {reference}"),
        gettext_lazy(
            "Dear {contact_name},\n\nThe earlier links to your application {reference} no "
            "longer work. Use this one from now on (keep it to yourself):\n{status_link}\n\n"
            "The fund team"
        ),
    ),
    EmailKind.STAFF_NEW: (
        gettext_lazy("New application {reference}: {project_title}"),
        gettext_lazy("{city} applied to {call} for {amount}.\n\n{admin_link}"),
    ),
    EmailKind.STAFF_ANSWER: (
        gettext_lazy("{reference}: the applicant answered"),
        gettext_lazy(
            "{city} answered the request for more information:\n\n{message}\n\n{admin_link}"
        ),
    ),
}


class _Blank(dict):
    """Unknown placeholders stay as written instead of failing the email."""

    def __missing__(self, key):
        return "{" + key + "}"


def site_base_url():
    """The address the site runs on ("https://example.org"), for links in emails."""
    return (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").rstrip("/")


def placeholders(application, message=""):
    from .status_link import status_path

    base = site_base_url()
    return _Blank(
        reference=application.reference,
        contact_name=application.contact_name,
        city=application.city_name,
        call=call_in(application, translation.get_language()).title,
        project_title=application.project_title,
        status=application.get_status_display(),
        status_link=base + status_path(application),
        admin_link=base + reverse("sc_forms_application:inspect", args=[application.pk]),
        message=message,
        amount=money(application.requested_amount, application.call.currency),
        approved_amount=money(
            application.approved_amount or application.requested_amount, application.call.currency
        ),
    )


def call_in(application, language):
    """The call as the applicant read it: its translation in their language, if any."""
    from sc_wagtail.core.locales import locale_id_for

    call, locale_id = application.call, locale_id_for(language)
    if locale_id is None or call.locale_id == locale_id:
        return call
    return call.get_translation_or_none(locale_id) or call


def template_words(kind, language):
    """(subject, body) templates for ``kind`` in ``language``."""
    rows = {
        row.locale.language_code: row
        for row in EmailTemplate.objects.filter(kind=kind).select_related("locale")
    }
    from sc_wagtail.conf import sc_settings

    row = rows.get(language) or rows.get(sc_settings.SOURCE_LOCALE)
    if row is not None:
        return row.subject, row.body
    subject, body = DEFAULTS[kind]
    with translation.override(language):
        return str(subject), str(body)


def render(kind, application, language, message=""):
    subject, body = template_words(kind, language)
    with translation.override(language):
        values = placeholders(application, message)
        return single_line(subject.format_map(values)), body.format_map(values)


def queue_email(application, kind, message="", to=None, language=None, key=None):
    """Write the email to the outbox (in the caller's transaction); the worker sends it.
    With ``key``, only once (see ``outbox.queue``)."""
    language = language or application.language
    subject, body = render(kind, application, language, message)
    return outbox.queue(
        to=to or application.email,
        subject=subject,
        body=body,
        language=language,
        kind=kind,
        about=application,
        key=key,
    )


def sample_values():
    """Placeholder values for previews, in the active language."""
    return _Blank(
        reference="TSF-2026-0042",
        contact_name=_("Amina Farah"),
        city="Irbid",
        call=_("Technical Support Fund"),
        project_title=_("Youth dialogue centres"),
        status=_("In review"),
        status_link="https://example.org/fund/application/…/",
        admin_link="https://example.org/admin/fund/applications/inspect/42/",
        message=_("Please send the budget as a spreadsheet."),
        amount=money(15000, "EUR"),
        approved_amount=money(12000, "EUR"),
    )
