"""Reports on pages: what readers see in each locale, and figures that never drift."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from example_site.demo.text import catalogue
from example_site.demo.translate import translate_into
from sc_wagtail.blocks.report import report_section
from sc_wagtail.events.models import EventPage
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("reports")]


def workshop(code="en"):
    return EventPage.objects.get(translation_key=_key(), locale__language_code=code)


def _key():
    return EventPage.objects.get(
        slug="balkans-workshop", locale__language_code="en"
    ).translation_key


def figures(page):
    participation = report_section(page.report, "participation")
    rows = [
        (row["qualifier"], row["number"], row["category"], row["part_of"])
        for row in participation["rows"]
    ]
    cities = [city.translation_key for city in participation["represented_cities"]]
    return rows, participation["cities"], participation["countries"], cities


@pytest.mark.parametrize(
    ("code", "texts"),
    [
        (
            "en",
            [
                "More than 60 municipal officials, including 15 mayors and deputy mayors",
                "Who took part",
                "Download event report (PDF)",
            ],
        ),
        (
            "fr",
            [
                "Plus de 60 fonctionnaires municipaux, dont 15 maires et maires adjoints",
                "Qui a participé",
                "12 villes de 4 pays",
            ],
        ),
        (
            "es",
            [
                "Más de 60 funcionarios municipales, entre ellos 15 alcaldes y tenientes de alcalde",
                "Descargar el informe del evento (PDF)",
            ],
        ),
        (
            "ar",
            ["أكثر من 60 موظفًا بلديًا، من بينهم 15 من رؤساء البلديات ونوابهم", "12 مدينة من 4 دول"],
        ),
        (
            "sq",
            [
                "Më shumë se 60 zyrtarë bashkiakë, përfshirë 15 kryetarë e nënkryetarë bashkish",
                "Rreth 1\xa0500 pjesëmarrës",
            ],
        ),
    ],
)
def test_the_report_reads_in_each_locale(client, code, texts):
    page = workshop(code)
    html = client.get(page.url).content.decode()
    for text in texts:
        assert text in html


def test_figures_and_chosen_records_are_the_same_in_every_locale():
    english = workshop("en")
    for code in ("fr", "es", "ar", "sq"):
        copy = workshop(code)
        rows, cities, countries, represented = figures(copy)
        assert (rows, cities, countries, represented) == figures(english)
        # The chosen cities are the locale's own copies of the same directory records.
        participation = report_section(copy.report, "participation")
        assert {c.locale.language_code for c in participation["represented_cities"]} == {code}


def test_editing_a_translation_keeps_the_figures_and_a_source_edit_reaches_every_locale():
    english = workshop("en")
    # A translator edits the French prose and publishes: figures are untouched.
    table = {**catalogue("fr")}
    summary = report_section(english.report, "summary").source
    english_summary = summary.removeprefix("<p>").removesuffix("</p>")
    table[english_summary] = "Résumé revu par la relectrice."
    french = translate_into(english, factories.locale("fr"), table)
    french = Page.objects.get(pk=french.pk).specific
    assert "Résumé revu par la relectrice." in report_section(french.report, "summary").source
    assert figures(french) == figures(english)

    # Staff correct a figure in English and publish: the next sync carries it everywhere.
    data = english.report.raw_data
    for block in data:
        if block["type"] == "participation":
            block["value"]["rows"][0]["value"]["number"] = 65
    english.report = data
    english.save_revision().publish()
    english = Page.objects.get(pk=english.pk).specific
    for code in ("fr", "ar"):
        copy = translate_into(english, factories.locale(code), catalogue(code))
        copy = Page.objects.get(pk=copy.pk).specific
        assert figures(copy)[0][0] == ("more_than", 65, "municipal_officials", "")


def test_editors_fill_the_report_blocks_in_the_page_editor(client, admin_user):
    client.force_login(admin_user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[workshop().pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Participation figure", "mayors_and_deputies", "Early in the month"):
        assert text in html
