"""Where every translation stands: the stored progress rows follow every change, and the
dashboard lists them in a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail_localize.models import TranslationSource

from sc_wagtail.translation.status import TranslationProgress
from tests import factories
from tests.translation.test_pipeline import story
from tests.translation.test_review_screen import reviewer_for
from tests.translation.test_review_state import long_page, machine_translate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]


def cells_of(title):
    return {
        row.locale.language_code: row
        for row in TranslationProgress.objects.filter(title=title).select_related("locale")
    }


def test_statuses_follow_the_review():
    title = "Mayors agree a shared approach to hate speech online"
    assert {cell.status for cell in cells_of(title).values()} == {"machine"}
    assert cells_of("Cities preventing hate, extremism and polarisation")["fr"].status == "live"
    assert cells_of("Cities preventing hate, extremism and polarisation")["fr"].live_since

    source = TranslationSource.objects.get_for_instance(story("en"))
    fr = factories.locale("fr")
    factories.read_and_approve(source, fr, None)
    assert cells_of(title)["fr"].status == "ready"
    assert cells_of(title)["ar"].status == "machine"


def test_a_page_never_translated_is_missing_and_counted(client):
    page, _source = long_page(2)
    rows = TranslationProgress.objects.filter(object_key=page.translation_key)
    assert rows.get(locale__language_code="es").status == "missing"  # only French prepared
    assert rows.get(locale__language_code="fr").status == "review"  # nothing drafted yet
    client.force_login(reviewer_for("es"))
    html = client.get(reverse("sc_translation_admin:status"), {"locale": "es"}).content.decode()
    assert "Story 1" in html and "Missing" in html


def test_the_dashboard_costs_the_same_queries_however_much_content(client):
    client.force_login(reviewer_for("fr"))

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("sc_translation_admin:status")).status_code == 200
        return len(captured)

    queries()
    before = queries()
    for _ in range(3):
        _page, source = long_page(20)
        machine_translate(source, factories.locale("fr"))
    assert queries() == before


def test_the_dashboard_filters_to_my_queue(client):
    client.force_login(reviewer_for("fr"))
    html = client.get(reverse("sc_translation_admin:status"), {"mine": "1"}).content.decode()
    assert "Mayors agree a shared approach to hate speech online" in html
    assert "Cities preventing hate, extremism and polarisation" not in html  # all live
    html = client.get(
        reverse("sc_translation_admin:status"), {"status": "live", "locale": "fr"}
    ).content.decode()
    assert "Cities preventing hate, extremism and polarisation" in html
