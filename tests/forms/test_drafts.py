"""What an applicant sent is never lost: files survive a form that comes back with errors,
and an application can be saved, resumed from an emailed link and submitted later."""

import datetime
import re
import uuid
from html import unescape
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from sc_wagtail.forms.drafts import delete_expired
from sc_wagtail.forms.models import Application, ApplicationDraft, HeldUpload
from tests.forms.helpers import answers, budget, call, fund_page, question

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]


def file_field(code="fr"):
    return f"q_{question(call(code), 'file').id}"


def test_a_file_sent_with_an_error_elsewhere_is_kept_and_shown_as_attached(client):
    key = uuid.uuid4()
    data = answers(call("fr"), key, email="pas-une-adresse")
    data[file_field()] = budget("budget-quartiers.pdf")
    first = client.post(fund_page("fr").url, data)
    html = unescape(first.content.decode())
    assert first.status_code == 200 and "Saisissez une adresse de courriel valide." in html
    assert "Joint : budget-quartiers.pdf. Choisissez un autre fichier pour le remplacer." in html
    assert HeldUpload.objects.filter(submission_key=key).count() == 1

    # The second submission sends no file: the one held is the application's.
    data = answers(call("fr"), key)
    second = client.post(fund_page("fr").url, data)
    assert second.status_code == 302
    application = Application.objects.get(submission_key=key)
    stored = application.files.get()
    assert stored.name == "budget-quartiers.pdf"
    assert stored.file.open("rb").read().startswith(b"%PDF")
    assert application.answers[question(call("fr"), "file").id]["value"] == "budget-quartiers.pdf"
    assert not HeldUpload.objects.filter(submission_key=key).exists()


def test_a_held_file_is_replaced_by_a_new_choice(client):
    key = uuid.uuid4()
    data = answers(call("en"), key, email="nope")
    data[file_field("en")] = budget("first.pdf")
    client.post(fund_page("en").url, data)
    data = answers(call("en"), key)
    data[file_field("en")] = budget("second.pdf")
    assert client.post(fund_page("en").url, data).status_code == 302
    assert Application.objects.get(submission_key=key).files.get().name == "second.pdf"


def test_a_held_file_of_another_form_is_not_attached(client):
    key = uuid.uuid4()
    data = answers(call("en"), key, email="nope")
    data[file_field("en")] = budget()
    client.post(fund_page("en").url, data)
    other = client.post(fund_page("en").url, answers(call("en"), uuid.uuid4()))
    assert other.status_code == 200  # the file question is required again
    assert "This field is required." in other.content.decode()


def test_held_files_nobody_submitted_are_deleted_after_a_day(client):
    key = uuid.uuid4()
    data = answers(call("en"), key, email="nope")
    data[file_field("en")] = budget()
    client.post(fund_page("en").url, data)
    row = HeldUpload.objects.get(submission_key=key)
    storage, name = row.file.storage, row.file.name
    assert storage.exists(name)
    assert delete_expired(now=timezone.now() + datetime.timedelta(hours=23)) == (0, 0)
    assert delete_expired(now=timezone.now() + datetime.timedelta(hours=25)) == (0, 1)
    assert not HeldUpload.objects.filter(pk=row.pk).exists() and not storage.exists(name)


def save(client, code="fr", key=None, **overrides):
    data = answers(call(code), key or uuid.uuid4(), action="save-draft", **overrides)
    return client.post(fund_page(code).url, data)


def resume_link(email):
    return re.search(r"https?://\S+", email.body).group(0)


def test_save_and_continue_later_in_french(client, django_capture_on_commit_callbacks):
    key = uuid.uuid4()
    mail.outbox.clear()
    # Half filled: no title, no summary, no consent. Only the email must be right.
    data = answers(call("fr"), key, action="save-draft", project_title="", summary="", consent="")
    data[file_field()] = budget("budget.pdf")
    with django_capture_on_commit_callbacks(execute=True):
        saved = client.post(fund_page("fr").url, data)
    assert saved.status_code == 302
    assert not Application.objects.filter(submission_key=key).exists()
    draft = ApplicationDraft.objects.get(submission_key=key)
    assert draft.language == "fr" and draft.email == "leila@example.org"
    (email,) = mail.outbox
    assert email.to == ["leila@example.org"]
    assert "Votre candidature au Fonds d'appui technique 2026 est enregistrée" in email.subject
    link = resume_link(email)
    assert "/fr/fonds/brouillon/" in link

    # The link opens the French page with the form filled in and the file attached.
    opened = client.get(link.split("8000", 1)[-1], follow=True)
    html = unescape(opened.content.decode())
    assert opened.redirect_chain[-1][0].startswith(fund_page("fr").url + "?draft=")
    assert "Vous reprenez la candidature enregistrée" in html
    assert 'value="Leïla Ben Salah"' in html and 'value="Médiateurs de quartier"' not in html
    assert "Joint : budget.pdf" in html
    assert f'value="{key}"' in html  # the same submission key: the held file goes with it

    # Finished and submitted: the draft is gone, the application has the file.
    final = answers(call("fr"), key)
    assert client.post(fund_page("fr").url, final).status_code == 302
    application = Application.objects.get(submission_key=key)
    assert application.files.get().name == "budget.pdf"
    assert not ApplicationDraft.objects.filter(submission_key=key).exists()
    assert client.get(link.split("8000", 1)[-1]).status_code == 404


def test_saving_without_an_email_says_so_and_saves_nothing(client):
    key = uuid.uuid4()
    response = save(client, "en", key=key, email="", project_title="")
    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert "Give your email address: we send the link to continue there." in html
    assert "Project title: This field is required." not in html  # a draft may be unfinished
    assert not ApplicationDraft.objects.filter(submission_key=key).exists()


def test_saving_again_revokes_the_link_sent_before(client, django_capture_on_commit_callbacks):
    key = uuid.uuid4()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        save(client, "en", key=key)
        save(client, "en", key=key, project_title="Neighbourhood mediators")
    first, second = (resume_link(m).split("8000", 1)[-1] for m in mail.outbox)
    assert client.get(first).status_code == 404
    assert client.get(second).status_code == 302


def test_drafts_are_deleted_after_the_setting_and_reviewers_never_see_them(
    client, settings, django_capture_on_commit_callbacks
):
    key = uuid.uuid4()
    mail.outbox.clear()
    data = answers(call("en"), key, action="save-draft")
    data[file_field("en")] = budget()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(fund_page("en").url, data)
    link = resume_link(mail.outbox[0]).split("8000", 1)[-1]
    held = HeldUpload.objects.get(submission_key=key)
    # Drafts are not applications: nothing in the staff list.
    assert not Application.objects.filter(submission_key=key).exists()
    # Kept while the draft lives (more than a day), deleted with it.
    assert delete_expired(now=timezone.now() + datetime.timedelta(days=2)) == (0, 0)
    settings.SC_WAGTAIL = {**settings.SC_WAGTAIL, "FUND_DRAFT_DAYS": 1}
    call_command("delete_expired_drafts", stdout=StringIO())  # not yet a day old
    assert ApplicationDraft.objects.filter(submission_key=key).exists()
    with django_capture_on_commit_callbacks(execute=True):
        assert delete_expired(now=timezone.now() + datetime.timedelta(days=2)) == (1, 0)
    assert not ApplicationDraft.objects.filter(submission_key=key).exists()
    assert not held.file.storage.exists(held.file.name)
    assert client.get(link).status_code == 404


def test_the_applicant_deletes_a_draft_from_its_link(client, django_capture_on_commit_callbacks):
    key = uuid.uuid4()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        save(client, "ar", key=key)
    link = resume_link(mail.outbox[0]).split("8000", 1)[-1]
    page = client.get(link, follow=True).content.decode()
    assert "حذف هذه المسودة" in page  # "Delete this draft", in Arabic
    assert client.post(link).status_code == 302
    assert not ApplicationDraft.objects.filter(submission_key=key).exists()


def test_the_worker_deletes_expired_drafts_daily():
    from django_q.models import Schedule

    schedule = Schedule.objects.get(func="sc_wagtail.forms.drafts.delete_expired")
    assert schedule.schedule_type == Schedule.DAILY
