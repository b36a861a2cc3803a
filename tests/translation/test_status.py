"""The translation status dashboard: every page and snippet in every locale, O(1) queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail_localize.models import TranslationSource

from sc_wagtail.translation.review import approve_all
from sc_wagtail.translation.status import status_table
from tests import factories
from tests.translation.test_pipeline import story
from tests.translation.test_review_screen import reviewer_for
from tests.translation.test_review_state import long_page, machine_translate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]


def cells_of(title):
    rows, _counts = status_table()
    return next(cells for source, cells in rows if source.object_repr == title)


def test_statuses_follow_the_review():
    title = "Mayors agree a shared approach to hate speech online"
    assert {cell.status for cell in cells_of(title).values()} == {"machine"}
    assert cells_of("Cities preventing hate, extremism and polarisation")["fr"].status == "live"

    source = TranslationSource.objects.get_for_instance(story("en"))
    fr = factories.locale("fr")
    approve_all(source, fr, None)
    assert cells_of(title)["fr"].status == "ready"
    assert cells_of(title)["ar"].status == "machine"


def test_a_page_never_translated_is_missing_and_counted():
    page, _source = long_page(2)
    rows, counts = status_table()
    cells = next(cells for source, cells in rows if source.object_id == page.translation_key)
    assert cells["es"].status == "missing"  # long_page prepared only French
    assert counts["es"]["missing"] >= 1


def test_queries_do_not_grow_with_content():
    def queries():
        with CaptureQueriesContext(connection) as captured:
            status_table()
        return len(captured)

    before = queries()
    for _ in range(3):
        _page, source = long_page(20)
        machine_translate(source, factories.locale("fr"))
    assert queries() == before


def test_the_dashboard_filters_to_my_queue(client):
    client.force_login(reviewer_for("fr"))
    html = client.get(reverse("sc_translation_status"), {"mine": "1"}).content.decode()
    assert "Mayors agree a shared approach to hate speech online" in html
    assert "Cities preventing hate, extremism and polarisation" not in html  # all live
    html = client.get(
        reverse("sc_translation_status"), {"status": "live", "locale": "fr"}
    ).content.decode()
    assert "Cities preventing hate, extremism and polarisation" in html
