"""Emails staff can edit and translate in the admin, with a preview, sent in the
applicant's language; and an outbox that never sends one email twice."""

import pytest
from django.core import mail
from django.test import RequestFactory
from wagtail.models import Locale

from sc_wagtail.core.outbox import send as send_email
from sc_wagtail.forms.emails import queue_email
from sc_wagtail.forms.emails_model import EmailKind, EmailTemplate
from tests.forms.test_status_link import demo

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]


def test_an_edited_template_in_the_applicants_language_is_used(django_capture_on_commit_callbacks):
    french = Locale.objects.get(language_code="fr")
    EmailTemplate.objects.create(
        kind=EmailKind.APPROVED,
        locale=french,
        subject="Bonne nouvelle pour {city} ({reference})",
        body="Bonjour {contact_name},\n\n{message}\n\nSuivi : {status_link}",
    )
    application = demo("fr")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        queue_email(application, EmailKind.APPROVED, message="Bravo.")
    (email,) = mail.outbox
    assert email.subject == f"Bonne nouvelle pour Sousse ({application.reference})"
    assert "Bonjour Leïla Ben Salah" in email.body and "Bravo." in email.body
    assert "/fr/fonds/candidature/" in email.body
    # An English applicant still gets the default English words.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        queue_email(demo("en"), EmailKind.APPROVED, message="Well done.")
    assert mail.outbox[0].subject.startswith("Your application")


def test_the_admin_preview_fills_the_placeholders_in_the_templates_language():
    template = EmailTemplate(
        kind=EmailKind.SUBMITTED,
        locale=Locale.objects.get(language_code="ar"),
        subject="استلمنا طلبكم {reference}",
        body="{contact_name}\n{call}",
    )
    html = template.serve_preview(RequestFactory().get("/"), "").render().content.decode()
    assert "استلمنا طلبكم TSF-2026-0042" in html
    assert 'dir="rtl"' in html and "صندوق الدعم الفني" in html


def test_a_sent_email_is_never_sent_again():
    application = demo("en")
    email = application.emails.filter(kind=EmailKind.SUBMITTED).get()
    assert email.sent_at is not None  # sent when the demo was seeded
    mail.outbox.clear()
    assert send_email(email.pk) == "already sent"
    assert mail.outbox == []


def test_unknown_placeholders_are_left_as_written(django_capture_on_commit_callbacks):
    EmailTemplate.objects.create(
        kind=EmailKind.WITHDRAWN,
        locale=Locale.objects.get(language_code="en"),
        subject="Withdrawn {reference} {nonsense}",
        body="{contact_name}",
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        queue_email(demo("en"), EmailKind.WITHDRAWN)
    assert mail.outbox[0].subject.endswith("{nonsense}")
