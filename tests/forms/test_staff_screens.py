"""What fund staff work with: the listing, the dashboard, one application, the decision and
the spreadsheet they hand on."""

import io
from decimal import Decimal
from html import unescape

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from sc_wagtail.forms.models import Application
from sc_wagtail.forms.states import Status
from tests.forms.test_listing import URL, body
from tests.forms.test_status_link import demo

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]


def login(client, username="fund-manager"):
    user = get_user_model().objects.get(username=username)
    client.force_login(user)
    return user


def inspect(client, application):
    url = reverse("sc_forms_application:inspect", args=[application.pk])
    return unescape(client.get(url).content.decode())


def test_the_listing_opens_without_filter_chips_with_visible_exports(client):
    login(client)
    html = client.get(URL).content.decode()
    assert "False" not in html  # no "Assigned to me: False" chip
    assert 'class="nice-padding w-mt-4 sc-export-buttons"' in html
    assert "?export=xlsx" in html and "Download XLSX" in html
    assert 'class="title sc-nowrap"' in html or "sc-nowrap" in html
    assert "€15,000.00" in html  # amounts with their currency, as English writes them
    ticked = client.get(URL, {"mine": "on"}).content.decode()
    assert "Assigned to me" in ticked


def test_dashboard_counts_open_the_filtered_list(client):
    login(client)
    html = client.get("/admin/").content.decode()
    assert f'href="{URL}?status=in_review">In review: 1</a>' in html
    listed = client.get(URL, {"status": "in_review"}).content.decode()
    assert demo("ar").reference in listed and demo("fr").reference not in listed


def test_staff_read_questions_in_the_source_language_and_answers_as_written(client):
    login(client)
    html = inspect(client, demo("fr"))
    assert "What problem will the project address?" in html  # the English question
    assert "Quel problème le projet va-t-il traiter ?" not in html
    assert "Médiateurs de quartier pour les jeunes" in html  # the answer as written
    assert "français" in html.lower() or "French" in html  # the language by name


def test_the_timeline_names_statuses_and_the_decision_shows_its_amount(client):
    login(client)
    html = inspect(client, demo("en"))  # approved in the demo, for less than requested
    assert "Screening → In review" in html and "Decision pending → Approved" in html
    assert "decision_pending" not in html.split('id="sc-timeline"')[1]
    assert "Approved amount" in html and "€12,000.00" in html


def test_scores_sit_beside_the_answers_with_the_rubric_and_the_scale(client):
    login(client)
    html = inspect(client, demo("en"))
    rubric = html.split('id="sc-rubric"')[1]
    assert "from 0 (not addressed) to 5 (excellent)" in rubric
    application = demo("en")
    for block in application.call.rubric:
        assert block.value["name"] in rubric
    assert "/ 5" in rubric


def test_no_reviewer_is_assigned_once_decided(client):
    login(client)
    assert 'id="sc-reviewer"' not in inspect(client, demo("en"))  # approved
    assert 'id="sc-reviewer"' in inspect(client, demo("fr"))  # submitted


def test_sending_to_reviewers_without_one_says_what_is_missing(client):
    from sc_wagtail.forms import workflow

    user = login(client)
    application = demo("fr")
    workflow.apply(application, "start_screening", user)
    html = inspect(client, application)
    assert "Send to reviewers: Assign at least one reviewer first." in html
    assert 'value="send_to_review"' not in html


def test_a_revision_shows_each_changed_answer_old_beside_new(client):
    from sc_wagtail.forms.answers import snapshot
    from sc_wagtail.forms.models import ApplicationRevision

    login(client)
    application = demo("fr")
    application.project_title = "Médiateurs de quartier, deuxième version"
    application.save()
    ApplicationRevision.objects.create(
        application=application, number=2, data=snapshot(application)
    )
    html = inspect(client, application)
    diff = html.split('id="sc-revisions"')[1].split("</table>")[0]
    assert "<del>Médiateurs de quartier pour les jeunes</del>" in diff
    assert "<ins>Médiateurs de quartier, deuxième version</ins>" in diff
    assert "Project title" in diff and "Summary" not in diff  # unchanged answers are left out


def decide(client, application, **data):
    from sc_wagtail.forms import services, workflow

    user = login(client)
    workflow.apply(application, "start_screening", user)
    services.assign_reviewer(
        application, get_user_model().objects.get(username="fund-reviewer"), user
    )
    workflow.apply(application, "send_to_review", user)
    workflow.apply(application, "close_review", user)
    url = reverse("sc_forms_application:transition", args=[application.pk])
    return client.post(url, {"transition": "approve", **data}, follow=True)


def test_an_approval_records_the_amount_and_the_applicant_reads_it_in_their_language(
    client, django_capture_on_commit_callbacks
):
    application = demo("fr")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        decide(client, application, approved_amount="10000", comment="Bravo.")
    application.refresh_from_db()
    assert application.status == Status.APPROVED
    assert application.approved_amount == Decimal("10000.00")
    letter = [m for m in mail.outbox if m.to == [application.email]][-1]
    assert "approuvée" in letter.subject
    assert "10\u202f000,00\xa0€" in letter.body


def test_an_approval_above_the_calls_maximum_is_refused(client):
    application = demo("fr")
    response = decide(client, application, approved_amount="99999")
    assert "This call gives at most €15,000.00." in response.content.decode()
    assert Application.objects.get(pk=application.pk).status == Status.DECISION_PENDING


def cells(response):
    workbook = openpyxl.load_workbook(io.BytesIO(body(response)))
    return workbook, [[cell.value for cell in row] for row in workbook.active.iter_rows()]


def test_the_xlsx_a_manager_hands_on(client):
    login(client)
    workbook, rows = cells(client.get(URL, {"export": "xlsx"}))
    assert workbook.sheetnames == ["Applications"]
    header, *data = rows
    row = dict(zip(header, next(r for r in data if r[0] == demo("en").reference), strict=True))
    assert row["Status"] == "Approved" and row["Country"] == "Kenya"
    assert row["Currency"] == "EUR"
    assert row["Amount requested"] == 15000 and row["Approved amount"] == 12000
    assert row["What problem will the project address?"]  # a call's own question, in English
    assert row["How many people will the project reach?"] == 400
    review = demo("en").assignments.get().review
    assert row["Weighted average"] == float(review.weighted_score)
    assert row["fund-reviewer: weighted score"] == float(review.weighted_score)
    french = dict(zip(header, next(r for r in data if r[0] == demo("fr").reference), strict=True))
    assert french["Status"] == "Submitted" and french["Country"] == "Tunisia"
    assert french["Approved amount"] is None and french["Weighted average"] is None


def test_reviewers_exports_name_no_other_reviewer(client):
    from sc_wagtail.forms import services

    reviewer = login(client, "fund-reviewer")
    assignment = demo("ar").assignments.get(reviewer=reviewer)
    services.declare_interests(assignment, conflict=False)
    _workbook, rows = cells(client.get(URL, {"export": "xlsx"}))
    header = rows[0]
    assert not any("weighted score" in str(h) or h == "Weighted average" for h in header)


def test_the_csv_opens_as_utf8_with_readable_values(client):
    login(client)
    text = body(client.get(URL, {"export": "csv"})).decode("utf-8")
    assert text.startswith("\ufeffReference,Status,")
    assert "Approved" in text and "Kenya" in text and "مراكز حوار للشباب" in text
