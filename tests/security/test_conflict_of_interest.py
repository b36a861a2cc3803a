"""Attack 3: a reviewer who has not declared their interests, or declared a conflict, got the
applicants' names, emails and phones through the listing's search and export. Personal data
reaches a reviewer only for what they are assigned to and cleared for, on every path."""

import csv
import io
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from sc_wagtail.forms import services
from sc_wagtail.forms.exports import build_export
from sc_wagtail.forms.models import Application, ApplicationExport, ReviewerAssignment
from tests.conftest import shared_data
from tests.forms.conftest import build_fund
from tests.forms.helpers import answers, budget, call, fund_page, question
from tests.responses import text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]
URL = "/admin/fund/applications/"


fund = shared_data(lambda: build_fund(codes=("fr", "ar")))


def person(username):
    return get_user_model().objects.get(username=username)


def arabic_application():
    """Assigned to fund-reviewer by the demo; fund-reviewer has not declared yet."""
    return Application.objects.get(language="ar")


def personal_data(application):
    return [application.contact_name, application.email, application.phone]


def leaked(text, application):
    return [value for value in personal_data(application) if value in text]


def export_text(client, **query):
    response = client.get(URL, {**query, "export": "csv"})
    return text(response)


@pytest.fixture
def undeclared(client):
    client.force_login(person("fund-reviewer"))
    return arabic_application()


@pytest.fixture
def conflicted(client):
    application = arabic_application()
    assignment = ReviewerAssignment.objects.get(
        application=application, reviewer=person("fund-reviewer")
    )
    services.declare_interests(assignment, conflict=True)
    client.force_login(person("fund-reviewer"))
    return application


@pytest.mark.parametrize("who", ["undeclared", "conflicted"])
def test_search_export_and_pages_give_nothing_personal(client, request, who):
    application = request.getfixturevalue(who)
    for term in personal_data(application):
        html = client.get(URL, {"q": term}).content.decode()
        results = html.split('id="listing-results"', 1)[1].split("sc-bulk-form", 1)[0]
        assert application.reference not in results  # the search did not match it
        assert not [value for value in leaked(html, application) if value != term]
    text = export_text(client) + export_text(client, q=application.contact_name)
    assert application.reference not in text and not leaked(text, application)
    inspect = client.get(reverse("sc_forms_application:inspect", args=[application.pk]))
    assert not leaked(inspect.content.decode(), application)
    for name in ("pdf", "review"):
        url = reverse(f"sc_forms_application:{name}", args=[application.pk])
        assert client.get(url).status_code == 404
    file_url = reverse(
        "sc_forms_application:file", args=[application.pk, application.files.get().pk]
    )
    assert client.get(file_url).status_code == 404


def test_a_worker_built_export_gives_nothing_personal(undeclared):
    export = ApplicationExport.objects.create(user=person("fund-reviewer"), format="csv", query="")
    with override_settings(SC_WAGTAIL={"EXPORT_INLINE_ROWS": 0}):
        build_export(export.pk)
    export.refresh_from_db()
    text = export.file.open("rb").read().decode()
    assert undeclared.reference not in text and not leaked(text, undeclared)


def test_once_cleared_the_reviewer_sees_the_application_but_not_the_other_reviewers(client):
    application = arabic_application()
    other = person("fund-reviewer-2")
    services.assign_reviewer(application, other, person("fund-manager"))
    services.declare_interests(
        ReviewerAssignment.objects.get(application=application, reviewer=other), conflict=True
    )
    client.force_login(person("fund-reviewer"))
    client.post(
        reverse("sc_forms_application:declare", args=[application.pk]),
        {"declaration": "no_conflict"},
    )
    html = client.get(reverse("sc_forms_application:inspect", args=[application.pk])).content
    html = html.decode()
    assert application.contact_name in html and application.email in html
    assert "fund-reviewer-2" not in html and "conflict of interest" not in html.lower()
    rows = list(csv.reader(io.StringIO(export_text(client))))
    assert any(application.email in row for row in rows)
    # Managers do see who reviews and who declared a conflict.
    client.force_login(person("fund-manager"))
    manager_view = client.get(reverse("sc_forms_application:inspect", args=[application.pk]))
    assert "fund-reviewer-2" in manager_view.content.decode()


def test_reviewers_get_no_email_with_personal_data(client, django_capture_on_commit_callbacks):
    the_call = call("fr")
    data = answers(the_call, uuid.uuid4())
    data[f"q_{question(the_call, 'file').id}"] = budget()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(fund_page("fr").url, data)
    reviewers = {person("fund-reviewer").email, person("fund-reviewer-2").email}
    assert mail.outbox and not [m for m in mail.outbox if reviewers & set(m.to)]


def test_the_translation_editors_snippet_api_lists_only_permitted_snippets(client):
    url = "/admin/localize/api/snippets/sc_forms/hubstaff/"
    client.force_login(person("fund-reviewer"))
    response = client.get(url)
    assert response.status_code == 403
    assert "hub-staff-mena" not in response.content.decode()
    client.force_login(person("fund-manager"))
    response = client.get(url)
    assert response.status_code == 200 and "hub-staff-mena" in response.content.decode()
