"""The admin listing: filters, search, exports, and a number of SQL queries that does not
grow with the number of applications."""

import io
import uuid

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from sc_wagtail.forms.models import Application, ReviewerAssignment
from tests.forms.helpers import call
from tests.forms.test_status_link import demo
from tests.responses import body

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]
URL = "/admin/fund/applications/"


def add(count, **fields):
    the_call = call("en")
    Application.objects.bulk_create(
        [
            Application(
                reference=f"T-{uuid.uuid4().hex[:10]}",
                call=the_call,
                language="en",
                city_name=f"City {n}",
                country="KE",
                contact_name="Contact",
                contact_role="Officer",
                email="c@example.org",
                phone="+1",
                project_title=f"Project {n}",
                summary="Summary.",
                requested_amount=1000,
                consent_at=timezone.now(),
                submission_key=uuid.uuid4(),
                **fields,
            )
            for n in range(count)
        ]
    )


def queries(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def manager(client):
    client.force_login(get_user_model().objects.get(username="fund-manager"))


def test_the_listing_costs_the_same_queries_with_more_applications(client):
    manager(client)
    client.get(URL)
    before = queries(client, URL)
    add(30)
    assert queries(client, URL) == before
    reviewer = get_user_model().objects.get(username="fund-reviewer")
    client.force_login(reviewer)
    client.get(URL)
    before = queries(client, URL)
    for application in Application.objects.filter(reference__startswith="T-")[:10]:
        ReviewerAssignment.objects.create(application=application, reviewer=reviewer)
    assert queries(client, URL) == before


def test_filters_and_search(client):
    manager(client)
    in_review = client.get(URL, {"status": "in_review"}).content.decode()
    assert demo("ar").reference in in_review and demo("fr").reference not in in_review
    found = client.get(URL, {"q": "Sousse"}).content.decode()
    assert demo("fr").reference in found and demo("en").reference not in found
    reviewer = get_user_model().objects.get(username="fund-reviewer")
    client.force_login(reviewer)
    client.post(
        reverse("sc_forms_application:declare", args=[demo("ar").pk]),
        {"declaration": "no_conflict"},
    )
    mine = client.get(URL, {"needs_my_review": "on"}).content.decode()
    assert demo("ar").reference in mine and demo("en").reference not in mine


def test_the_filtered_list_exports_to_csv_and_xlsx(client):
    manager(client)
    csv_text = body(client.get(URL, {"status": "in_review", "export": "csv"})).decode()
    assert demo("ar").reference in csv_text and demo("fr").reference not in csv_text
    response = client.get(URL, {"export": "xlsx"})
    workbook = openpyxl.load_workbook(io.BytesIO(body(response)))
    cells = {cell.value for row in workbook.active.iter_rows() for cell in row}
    assert {demo(code).reference for code in ("fr", "ar", "en")} <= cells


def test_hub_staff_export_only_their_hubs_rows(client):
    from sc_wagtail.core.models import Hub

    mena = Hub.objects.get(slug="middle-east-north-africa", locale__language_code="en")
    Application.objects.filter(pk=demo("ar").pk).update(hub=mena)
    client.force_login(get_user_model().objects.get(username="hub-staff-mena"))
    csv_text = body(client.get(URL, {"export": "csv"})).decode()
    assert demo("ar").reference in csv_text
    assert demo("fr").reference not in csv_text and demo("en").reference not in csv_text


def test_a_large_export_is_built_by_a_task_and_downloaded_by_its_owner(client, settings):
    from sc_wagtail.forms.models import ApplicationExport

    settings.SC_WAGTAIL = {**settings.SC_WAGTAIL, "EXPORT_INLINE_ROWS": 2}
    manager(client)
    response = client.get(URL, {"status": "in_review", "export": "xlsx"})
    assert response.status_code == 200  # one row: streamed at once
    response = client.get(URL, {"export": "csv"})
    assert response.status_code == 302 and response["Location"].endswith("/exports/")
    export = ApplicationExport.objects.get()
    assert export.state == "ready" and export.rows == Application.objects.count()
    page = client.get(response["Location"]).content.decode()
    assert f"/exports/{export.pk}/" in page
    content = b"".join(client.get(f"{URL}exports/{export.pk}/").streaming_content).decode()
    assert demo("fr").reference in content and demo("en").reference in content
    # Nobody else can download it.
    client.force_login(get_user_model().objects.get(username="hub-staff-mena"))
    assert client.get(f"{URL}exports/{export.pk}/").status_code == 404
