"""A city applies through the form embedded in a public page, in its own language."""

import datetime
import uuid
from html import unescape

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from sc_wagtail.core.outbox import OutgoingEmail
from sc_wagtail.forms.models import Application, ApplicationFile
from sc_wagtail.forms.states import Status
from tests.forms.helpers import PDF, answers, budget, call, docx, fund_page, question

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]


def post(client, code="fr", key=None, files=True, **overrides):
    the_call = call(code)
    data = answers(the_call, key or uuid.uuid4(), **overrides)
    if files:
        data[f"q_{question(the_call, 'file').id}"] = budget()
    return client.post(fund_page(code).url, data)


def test_the_french_page_shows_the_form_in_french(client):
    html = unescape(client.get(fund_page("fr").url).content.decode())
    assert "Quel problème le projet va-t-il traiter ?" in html  # the call's own question
    assert "Fonds d'appui technique 2026" in html
    assert 'name="submission_key"' in html and 'name="website"' in html


def test_the_country_has_no_default_and_is_required_with_names_in_french(client):
    import re

    html = unescape(client.get(fund_page("fr").url).content.decode())
    select = re.search(r'<select name="country".*?</select>', html, re.S).group(0)
    first = re.search(r"<option[^>]*>", select).group(0)
    assert 'value=""' in first and "required" in select.split(">", 1)[0]
    assert ">Tunisie<" in select and ">Afghanistan<" in select
    before = Application.objects.count()
    response = post(client, "fr", country="")
    assert response.status_code == 200 and Application.objects.count() == before
    assert "Pays: Champ requis." in unescape(response.content.decode())  # in the error summary


def test_a_french_application_is_saved_with_a_reference_and_a_french_email(
    client, django_capture_on_commit_callbacks
):
    before = Application.objects.count()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, "fr")
    assert response.status_code == 302
    application = Application.objects.order_by("-pk").first()
    assert Application.objects.count() == before + 1
    year = timezone.now().year
    assert application.reference.startswith(f"TSF-{year}-")
    assert response["Location"].startswith("/fr/fonds/candidature/")
    assert application.language == "fr" and application.status == Status.SUBMITTED
    assert application.files.get().name == "budget.pdf"
    assert application.answers[question(call("fr"), "long_text").id]["label"] == (
        "Quel problème le projet va-t-il traiter ?"
    )
    to_applicant = [m for m in mail.outbox if m.to == ["leila@example.org"]]
    assert len(to_applicant) == 1
    assert application.reference in to_applicant[0].subject
    assert "Nous avons bien reçu votre candidature" in to_applicant[0].subject
    assert "/fr/fonds/candidature/" in to_applicant[0].body
    page = client.get(response["Location"]).content.decode()
    assert application.reference in page and "Merci" in page


def test_errors_are_shown_next_to_the_field_and_the_answers_are_kept(client):
    before = Application.objects.count()
    long_text = question(call("fr"), "long_text")
    response = post(
        client,
        "fr",
        **{"email": "not-an-email", f"q_{long_text.id}": "mot " * 251},
    )
    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert Application.objects.count() == before
    assert "Saisissez une adresse de courriel valide." in html
    assert "251" in html  # "at most 250 words (you wrote 251)"
    assert 'value="Médiateurs de quartier"' in html


def test_a_word_limit_is_exact(client):
    long_text = question(call("en"), "long_text")
    ok = post(client, "en", **{f"q_{long_text.id}": "word " * 250})
    assert ok.status_code == 302
    refused = post(client, "en", **{f"q_{long_text.id}": "word " * 251})
    assert refused.status_code == 200
    assert "Write at most 250 words (you wrote 251)." in refused.content.decode()


def test_an_amount_over_the_maximum_is_refused(client):
    response = post(client, "en", requested_amount="15000.01")
    assert response.status_code == 200
    assert "This call gives at most €15,000.00." in response.content.decode()


def test_amounts_are_written_as_the_page_language_writes_them(client):
    # French: a narrow no-break space between thousands, a decimal comma, the sign after.
    html = post(client, "fr", requested_amount="15000.01").content.decode()
    assert "15\u202f000,00\xa0€" in html
    assert "15000.00 EUR" not in html and "15000,00 EUR" not in html


def test_an_exe_renamed_pdf_is_refused_by_its_content(client):
    the_call = call("en")
    data = answers(the_call, uuid.uuid4())
    data[f"q_{question(the_call, 'file').id}"] = budget("budget.pdf", b"MZ\x90\x00" + b"\x00" * 200)
    response = client.post(fund_page("en").url, data)
    assert response.status_code == 200
    assert "budget.pdf is not an accepted file" in response.content.decode()


def test_office_documents_are_recognised_by_their_content(client):
    the_call = call("en")
    data = answers(the_call, uuid.uuid4())
    data[f"q_{question(the_call, 'file').id}"] = budget(
        "plan.docx", docx(), "application/octet-stream"
    )
    assert client.post(fund_page("en").url, data).status_code == 302
    # The same bytes under a PDF name are refused: name and content must agree.
    data = answers(the_call, uuid.uuid4())
    data[f"q_{question(the_call, 'file').id}"] = budget("plan.pdf", docx())
    assert client.post(fund_page("en").url, data).status_code == 200


def test_an_oversized_file_is_refused(client, settings):
    settings.SC_WAGTAIL = {**settings.SC_WAGTAIL, "UPLOAD_MAX_FILE_BYTES": 100}
    the_call = call("en")
    data = answers(the_call, uuid.uuid4())
    data[f"q_{question(the_call, 'file').id}"] = budget(content=PDF + b" " * 200)
    response = client.post(fund_page("en").url, data)
    assert response.status_code == 200
    assert "budget.pdf is larger than 100" in response.content.decode()


def test_a_path_traversal_name_is_made_safe(client):
    the_call = call("en")
    data = answers(the_call, uuid.uuid4())
    data[f"q_{question(the_call, 'file').id}"] = budget("../../etc/..passwd.pdf")
    assert client.post(fund_page("en").url, data).status_code == 302
    record = ApplicationFile.objects.order_by("-pk").first()
    assert record.name == "passwd.pdf"
    assert ".." not in record.file.name and record.file.name.startswith("applications/")


def test_a_double_click_creates_one_application(client):
    key = uuid.uuid4()
    before = Application.objects.count()
    first = post(client, "en", key=key)
    second = post(client, "en", key=key)
    assert Application.objects.count() == before + 1
    assert first.status_code == 302
    # The second click is told the application arrived; it gets no status link.
    assert second.status_code == 200 and "already received" in second.content.decode()
    assert "/fund/application/" not in second.content.decode()


def test_a_submission_after_closing_time_is_refused(client):
    the_call = call("en")
    page_html = client.get(fund_page("en").url)  # the form is on the page while open
    assert page_html.status_code == 200
    for copy in the_call.get_translations(inclusive=True):
        copy.closes_at = timezone.now() - datetime.timedelta(minutes=1)
        copy.save()
    before = Application.objects.count()
    response = post(client, "en")
    assert Application.objects.count() == before
    # The page now shows the closing date instead of the form.
    assert "This call closed on" in response.content.decode()
    assert 'name="submission_key"' not in response.content.decode()


def test_the_honeypot_saves_nothing(client):
    before = Application.objects.count()
    response = post(client, "en", website="http://spam.example")
    assert response.status_code == 302
    assert Application.objects.count() == before


@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
def test_too_many_submissions_from_one_address_are_refused(client, settings):
    settings.SC_WAGTAIL = {**settings.SC_WAGTAIL, "SUBMISSIONS_PER_IP_PER_HOUR": 2}
    assert post(client, "en").status_code == 302
    assert post(client, "en").status_code == 302
    before = Application.objects.count()
    response = post(client, "en")
    assert Application.objects.count() == before
    assert "Too many applications" in response.content.decode()


def test_the_application_is_saved_even_when_the_mail_server_is_down(
    client, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.forms.failing_mail.Backend"
    before = Application.objects.count()
    with pytest.raises(ConnectionRefusedError), django_capture_on_commit_callbacks(execute=True):
        # In tests, tasks run inline and their error reaches the caller; on a site the
        # worker retries it. Either way the application was committed first.
        post(client, "en")
    assert Application.objects.count() == before + 1
    email = OutgoingEmail.objects.order_by("-pk").filter(kind="submitted").first()
    assert email.sent_at is None and "ConnectionRefusedError" in email.last_error


def test_the_worker_writes_the_receipt_and_staff_notices_once_each(client, settings):
    """The request saves the application and queues one task (committed with it); the emails
    are the worker's to write, and a task run twice writes none twice."""
    from django_q.models import OrmQ

    from sc_wagtail.forms.submission import notify_submitted
    from sc_wagtail.forms.workflow import staff_emails

    queued = OrmQ.objects.count()
    with override_settings(Q_CLUSTER={**settings.Q_CLUSTER, "sync": False}):
        response = post(client, "fr")
        assert response.status_code == 302
        application = Application.objects.order_by("-pk").first()
        assert not application.emails.exists()  # none written while the applicant waited
        names = [row.task["name"] for row in OrmQ.objects.order_by("pk")[queued:]]
        assert f"fund-submitted:{application.pk}:1" in names
        notify_submitted(application.pk)
        notify_submitted(application.pk)  # a retry, or a task delivered twice
    staff = staff_emails(application)
    assert staff  # the fund's managers
    receipts = application.emails.filter(kind="submitted")
    assert [(e.to, e.language) for e in receipts] == [("leila@example.org", "fr")]
    assert "Nous avons bien reçu votre candidature" in receipts[0].subject
    notices = application.emails.filter(kind="staff_new")
    assert sorted(e.to for e in notices) == sorted(staff)
    assert {e.language for e in notices} == {"en"}


def test_before_opening_the_page_shows_the_opening_date(client):
    for copy in call("en").get_translations(inclusive=True):
        copy.opens_at = timezone.now() + datetime.timedelta(days=3)
        copy.save()
    html = client.get(fund_page("fr").url).content.decode()
    assert 'name="submission_key"' not in html
    assert "(heure de Bruxelles, UTC+" in html  # "… (heure de Bruxelles, UTC+1)."
    before = Application.objects.count()
    post(client, "en")
    assert Application.objects.count() == before


def test_the_files_of_one_application_have_a_total_limit(client, settings):
    settings.SC_WAGTAIL = {
        **settings.SC_WAGTAIL,
        "UPLOAD_MAX_FILE_BYTES": 10_000,
        "UPLOAD_MAX_APPLICATION_BYTES": 300,
    }
    the_call = call("en")
    data = answers(the_call, uuid.uuid4())
    data[f"q_{question(the_call, 'file').id}"] = budget(content=PDF + b" " * 400)
    response = client.post(fund_page("en").url, data)
    assert response.status_code == 200
    assert "Your files add up to more than 300" in response.content.decode()


def test_the_dashboard_shows_reviews_to_do_and_applications_waiting(client):
    from django.contrib.auth import get_user_model

    reviewer = get_user_model().objects.get(username="fund-reviewer")
    client.force_login(reviewer)
    html = client.get("/admin/").content.decode()
    irbid = Application.objects.get(city_name="Irbid")
    assert "My reviews to do" in html and irbid.reference in html
    client.force_login(get_user_model().objects.get(username="fund-manager"))
    html = client.get("/admin/").content.decode()
    assert "Applications waiting" in html and "In review: " in html
