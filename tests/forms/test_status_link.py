"""The applicant's private status link: what it shows, and what it refuses."""

import pytest
from django.core import signing
from django.utils import translation
from wagtail.models import Locale

from sc_wagtail.forms import workflow
from sc_wagtail.forms.models import Application
from sc_wagtail.forms.states import Status
from sc_wagtail.forms.status_link import make_token, status_path
from tests.forms.helpers import question

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]


DEMO_CITIES = {"fr": "Sousse", "ar": "Irbid", "en": "Kisumu"}  # see example_site/demo/fund.py


def demo(language):
    return Application.objects.get(city_name=DEMO_CITIES[language], language=language)


def manager():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username="fund-manager")


def test_the_link_shows_the_status_in_plain_words_in_the_applicants_language(client):
    application = demo("fr")
    with translation.override("fr"):
        url = status_path(application)
    assert url.startswith("/fr/fonds/candidature/")  # the path is in the page's language
    html = client.get(url).content.decode()
    assert application.reference in html and 'lang="fr"' in html
    assert "Nous avons reçu votre candidature" in html  # the plain words of "submitted"


def test_a_token_for_one_application_does_not_open_another(client):
    a, b = demo("fr"), demo("en")
    token = make_token(a)
    forged = signing.dumps({"a": b.pk, "v": b.link_version}, salt="another salt")
    assert client.get(f"/fund/application/{token}/").status_code == 200
    assert client.get(f"/fund/application/{forged}/").status_code == 404
    tampered = token.replace(
        token.split(":")[0], signing.dumps({"a": b.pk, "v": 1}, salt="x").split(":")[0]
    )
    assert client.get(f"/fund/application/{tampered}/").status_code == 404


def test_a_revoked_link_stops_working(client):
    application = demo("en")
    token = make_token(application)
    Application.objects.filter(pk=application.pk).update(link_version=application.link_version + 1)
    assert client.get(f"/fund/application/{token}/").status_code == 404


def test_an_expired_link_stops_working(client, settings):
    application = demo("en")
    token = make_token(application)
    settings.SC_WAGTAIL = {**settings.SC_WAGTAIL, "STATUS_LINK_MAX_AGE_DAYS": -1}
    assert client.get(f"/fund/application/{token}/").status_code == 404


def test_a_file_is_served_only_through_its_applications_link(client):
    a, b = demo("fr"), demo("en")
    file_a, file_b = a.files.get(), b.files.get()
    ok = client.get(f"/fund/application/{make_token(a)}/files/{file_a.pk}/")
    assert ok.status_code == 200 and b"".join(ok.streaming_content).startswith(b"%PDF")
    assert ok["Content-Disposition"].startswith("attachment")
    assert client.get(f"/fund/application/{make_token(a)}/files/{file_b.pk}/").status_code == 404


def test_the_applicant_withdraws(client, django_capture_on_commit_callbacks):
    from django.core import mail

    application = demo("fr")
    mail.outbox.clear()
    url = f"/fr/fonds/candidature/{make_token(application)}/"
    # One click asks first, and changes nothing.
    asked = client.post(url, {"action": "withdraw"})
    assert asked.status_code == 200
    assert "Retirer votre candidature ?" in asked.content.decode()
    application.refresh_from_db()
    assert application.status != Status.WITHDRAWN and not mail.outbox
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "withdraw", "confirm": "yes"})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Status.WITHDRAWN
    event = application.events.last()
    assert event.by_applicant and event.to_status == Status.WITHDRAWN
    assert [m.to for m in mail.outbox] == [[application.email]]
    # Withdrawn is final: a second try is refused with a reason, and nothing changes.
    count = application.events.count()
    client.post(url, {"action": "withdraw", "confirm": "yes"})
    assert application.events.count() == count


def test_the_applicant_answers_a_request_with_a_new_revision(
    client, django_capture_on_commit_callbacks
):
    from django.core import mail

    application = demo("ar")  # in review
    with django_capture_on_commit_callbacks(execute=True):
        workflow.apply(
            application,
            "request_information",
            manager(),
            comment="أرسلوا الميزانية مفصّلة من فضلكم.",
        )
    application.refresh_from_db()
    assert (
        application.status == Status.MORE_INFORMATION and application.returns_to == Status.IN_REVIEW
    )
    request_email = mail.outbox[-1]
    assert request_email.to == [application.email] and "أرسلوا الميزانية" in request_email.body

    url = f"/ar/fund/application/{make_token(application)}/"  # an English path still works
    page = client.get(url).content.decode()
    assert "أرسلوا الميزانية مفصّلة من فضلكم." in page and 'dir="rtl"' in page
    call = application.call.get_translation(Locale.objects.get(language_code="ar"))
    data = {
        "action": "answer",
        "message": "الميزانية مرفقة.",
        "answer-city_other": application.city_name,
        "answer-country": "JO",
        "answer-contact_name": application.contact_name,
        "answer-contact_role": application.contact_role,
        "answer-email": application.email,
        "answer-phone": application.phone,
        "answer-project_title": application.project_title,
        "answer-summary": application.summary,
        "answer-requested_amount": "9000",
        "answer-consent": "on",
        "answer-submission_key": str(application.submission_key),
        f"answer-q_{question(call, 'long_text').id}": "نص جديد",
        f"answer-q_{question(call, 'choice').id}": ["1"],
        f"answer-q_{question(call, 'number').id}": "500",
    }
    response = client.post(url, data)
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Status.IN_REVIEW  # back where the request came from
    assert str(application.requested_amount) == "9000.00"
    assert application.revisions.count() == 2
    first, second = application.revisions.all()
    assert (
        first.data["requested_amount"] == "9500.00" and second.data["requested_amount"] == "9000.00"
    )
    assert application.events.filter(transition="answer", comment="الميزانية مرفقة.").exists()


def test_staff_revoke_the_link_and_the_applicant_gets_a_new_one(
    client, django_capture_on_commit_callbacks
):
    from django.contrib.auth import get_user_model
    from django.core import mail
    from django.urls import reverse

    application = demo("en")
    old = make_token(application)
    client.force_login(get_user_model().objects.get(username="fund-manager"))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("sc_forms_application:new_link", args=[application.pk]))
    client.logout()
    assert client.get(f"/fund/application/{old}/").status_code == 404
    (email,) = mail.outbox
    assert email.to == [application.email] and "new link" in email.subject.lower()
    path = email.body.split("http://127.0.0.1:8000", 1)[1].split()[0]
    assert client.get(path).status_code == 200


def test_status_changes_reach_the_applicant_and_answers_reach_staff(
    django_capture_on_commit_callbacks,
):
    from django.core import mail

    application = demo("fr")  # submitted, in French
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.apply(application, "start_screening", manager())
    (email,) = mail.outbox
    assert email.to == [application.email] and application.reference in email.subject
    assert "Examen préliminaire" in email.subject  # "Screening", in French
    with django_capture_on_commit_callbacks(execute=True):
        workflow.apply(application, "request_information", manager(), comment="Le budget ?")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.apply(application, "answer", workflow.BY_APPLICANT, comment="Le voici.")
    assert [m.to for m in mail.outbox] == [["fund-manager@example.org"]]
    assert "Le voici." in mail.outbox[0].body
    assert "/admin/fund/applications/inspect/" in mail.outbox[0].body
    assert "/fund/application/" not in mail.outbox[0].body.replace("/admin/fund/applications", "")


def test_links_sent_with_the_english_path_keep_working_in_every_language(client):
    application = demo("fr")
    token = make_token(application)
    assert client.get(f"/fr/fund/application/{token}/").status_code == 200
    assert client.get(f"/fr/fonds/candidature/{token}/").status_code == 200
    with translation.override("es"):
        assert status_path(application).startswith("/es/fondo/solicitud/")


def test_the_status_page_shows_the_applicants_answers_files_and_replies(client):
    application = demo("fr")
    application.events.create(to_applicant=True, comment="Merci d’envoyer le budget détaillé.")
    application.events.create(by_applicant=True, transition="answer", comment="Le voici.")
    html = client.get(f"/fr/fonds/candidature/{make_token(application)}/").content.decode()
    answers = html.split("Vos réponses")[1]
    assert application.project_title in answers and application.email in answers
    assert application.phone in answers and application.summary[:40] in answers
    assert "Tunisie" in answers  # the country in the page's language
    assert "€" in answers and "EUR" not in answers  # the amount as French writes it
    for answer in application.answers.values():
        assert answer["label"] in answers
    assert application.files.get().name in html
    assert "Merci d’envoyer le budget détaillé." in html and "Le voici." in html
    assert "Votre réponse" in html


def test_in_arabic_numbers_and_addresses_read_left_to_right_and_lists_use_the_arabic_comma(
    client,
):
    application = demo("ar")
    with translation.override("ar"):
        html = client.get(status_path(application)).content.decode()
    answers = html.split('class="status-answers"')[1]
    assert f'<span dir="ltr">{application.phone}</span>' in answers
    assert f'<span dir="ltr">{application.email}</span>' in answers
    choices = next(a["value"] for a in application.answers.values() if isinstance(a["value"], list))
    assert len(choices) > 1 and "، ".join(choices) in answers
