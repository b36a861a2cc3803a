"""Network impact figures: sums of live reports, per hub and year, in a fixed number of queries."""

import datetime
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from sc_wagtail.core.models import City
from sc_wagtail.events.models import EventPage
from sc_wagtail.impact.models import ImpactPage, ReportFigures
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("reports")]


def totals(html):
    """{label: number} from the rendered impact block."""
    found = re.findall(r'<strong class="figure">([^<]+)</strong>\s*([^<]+)</a>', html)
    return {label.strip(): int(re.sub(r"\D", "", number)) for number, label in found}


def impact_page(code="en"):
    return ImpactPage.objects.get(locale__language_code=code)


def report_json(number, city):
    return json.dumps(
        [
            {
                "type": "participation",
                "value": {
                    "rows": [
                        {
                            "qualifier": "exactly",
                            "number": number,
                            "category": "mayors",
                            "part_of": "",
                        }
                    ],
                    "cities": None,
                    "countries": None,
                    "country_list": [],
                    "represented_cities": [city.pk],
                    "represented_organisations": [],
                },
            }
        ]
    )


def add_report(index, number, mayors=3, **fields):
    city = City.objects.filter(locale__language_code="en").order_by("pk")[number % 5]
    page = factories.event_page(index, f"r{number}", days_from_now=-30, live=False, **fields)
    page.report = report_json(mayors, city)
    page.save_revision().publish()
    return EventPage.objects.get(pk=page.pk)


def test_the_impact_page_sums_the_demo_reports_once_across_locales(client):
    html = client.get(impact_page().url).content.decode()
    assert totals(html) == {
        "mayors and local leaders engaged": 26,  # 15 + 9 mayors + 2 governors
        "local government officials engaged": 100,  # 60 + 40, mayors inside them
        "cities represented": 5,
        "countries": 7,
        "events reported": 2,
    }
    assert ReportFigures.objects.count() == 2  # five locales, one row per report


def test_figures_read_in_the_visitors_language_and_link_to_their_reports(client):
    html = client.get(impact_page("fr").url).content.decode()
    assert "26</strong> maires et élus locaux mobilisés" in html
    french_report = EventPage.objects.get(slug__contains="balkans", locale__language_code="fr")
    assert f'href="{french_report.url}"' in html


def test_publishing_and_unpublishing_a_report_changes_the_totals(client):
    index = factories.event_index()
    page = add_report(index, 1, mayors=7)
    assert (
        totals(client.get(impact_page().url).content.decode())["mayors and local leaders engaged"]
        == 33
    )
    page.unpublish()
    assert (
        totals(client.get(impact_page().url).content.decode())["mayors and local leaders engaged"]
        == 26
    )
    assert not ReportFigures.objects.filter(translation_key=page.translation_key).exists()


def test_a_hub_and_a_year_filter_the_totals(client):
    url = impact_page().url
    balkans = totals(client.get(url, {"impact_hub": "western-balkans"}).content.decode())
    assert balkans["event reported"] == 1
    assert balkans["mayors and local leaders engaged"] == 15
    year = datetime.date.today().year - 5
    assert (
        "No published event report matches"
        in client.get(url, {"impact_year": str(year)}).content.decode()
    )


def test_queries_do_not_grow_with_the_number_of_reports(client):
    index = factories.event_index()
    url = impact_page().url

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    add_report(index, 1)
    count()  # the first request reads the sites into the cache
    add_report(index, 2)  # and a publish purges the page from the page cache
    few = count()
    for number in range(3, 12):
        add_report(index, number)
    assert count() == few
    assert totals(client.get(url).content.decode())["events reported"] == 13


def test_deleting_a_report_page_removes_its_figures():
    index = factories.event_index()
    page = add_report(index, 1)
    Page.objects.get(pk=page.pk).delete()
    assert not ReportFigures.objects.filter(translation_key=page.translation_key).exists()
