"""PDF event reports: rendered per locale on publish, served until the page changes, locked down."""

import logging
import re
import subprocess

import pytest
from django.test import override_settings
from wagtail.models import Page, PageViewRestriction

from sc_wagtail.events.models import EventPage
from sc_wagtail.pdf.models import PdfArtefact
from sc_wagtail.pdf.render import render_page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("reports")]
BASE = "http://127.0.0.1:8000/"


def workshop(code="en"):
    key = EventPage.objects.get(slug="balkans-workshop", locale__language_code="en").translation_key
    return EventPage.objects.get(translation_key=key, locale__language_code=code)


def pdf_url(page):
    return f"/pdf/report/{page.pk}/"


def pdf_text(data, *options):
    return subprocess.run(
        ["pdftotext", *options, "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()


def fetch_pdf(client, page):
    response = client.get(pdf_url(page))
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/pdf"
    return b"".join(response.streaming_content)


def sc(**values):
    return override_settings(SC_WAGTAIL=values)


def test_the_page_offers_its_pdf_and_the_other_languages(client):
    html = client.get(workshop("fr").url).content.decode()
    assert "Télécharger le compte rendu de l&#x27;événement (PDF)" in html or (
        "Télécharger le compte rendu de l'événement (PDF)" in html
    )
    assert f'href="{pdf_url(workshop("fr"))}"' in html
    assert f'href="{pdf_url(workshop("ar"))}" hreflang="ar"' in html


def test_the_english_pdf_holds_the_cover_figures_and_narrative(client):
    text = " ".join(pdf_text(fetch_pdf(client, workshop())).split())
    assert "Western Balkans workshop on youth engagement" in text
    assert "More than 60 municipal officials, including 15 mayors and deputy mayors" in text
    assert "12 cities from 4 countries" in text
    assert "Give youth councils a small budget line" in text
    assert re.search(r"\b3 ?/ ?3\b", text)  # page numbers


def test_the_french_pdf_is_in_french(client):
    text = " ".join(pdf_text(fetch_pdf(client, workshop("fr"))).split())
    assert "Plus de 60 fonctionnaires municipaux, dont 15 maires et maires adjoints" in text
    assert "Compte rendu de l'événement" in text


def words_with_boxes(data):
    """(word, xMin, xMax, page width) from pdftotext's bounding-box output."""
    html = pdf_text(data, "-bbox")
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    return [
        (word, float(x_min), float(x_max), width)
        for x_min, x_max, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)</word>',
            html,
        )
    ]


def test_the_arabic_pdf_runs_right_to_left(client):
    data = fetch_pdf(client, workshop("ar"))
    text = pdf_text(data)
    assert "ورشة" in text  # the Arabic title, shaped with the package's Noto font
    words = words_with_boxes(data)
    # Headings sit against the right margin in Arabic, against the left one in English.
    # pdftotext lists glyphs in visual order: an Arabic word comes out reversed.
    summary = next(w for w in words if w[0] == "ملخص"[::-1])
    assert summary[2] > summary[3] * 0.8
    english = next(w for w in words_with_boxes(fetch_pdf(client, workshop())) if w[0] == "Summary")
    assert english[1] < english[3] * 0.2
    fonts = subprocess.run(["pdffonts", "-"], input=data, capture_output=True).stdout.decode()
    assert "SC-Arabic" in fonts  # the package's Noto Sans Arabic, embedded


def test_it_is_rendered_once_and_again_only_after_a_republish(
    client, django_capture_on_commit_callbacks
):
    page = workshop()
    artefact = PdfArtefact.objects.get(page=page)
    assert artefact.status == "ready" and artefact.renders == 1
    fetch_pdf(client, page)
    fetch_pdf(client, page)
    artefact.refresh_from_db()
    assert artefact.renders == 1
    first_file = artefact.file.name

    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    page = EventPage.objects.get(pk=page.pk)
    artefact.refresh_from_db()
    assert artefact.renders == 2 and artefact.revision_id == page.live_revision_id
    assert artefact.file.name != first_file
    assert not artefact.file.storage.exists(first_file)


def test_only_one_caller_claims_a_render():
    page = workshop()
    PdfArtefact.objects.filter(page=page).update(status="pending", revision_id=None)
    assert PdfArtefact.claim(page) is True
    assert PdfArtefact.claim(page) is False  # the second request waits for the first render


def test_a_reader_gets_being_prepared_while_the_worker_is_busy(client, monkeypatch):
    page = workshop("es")
    PdfArtefact.objects.filter(page=page).update(status="pending", revision_id=None)
    monkeypatch.setattr("sc_wagtail.pdf.tasks.enqueue", lambda *args, **kwargs: None)
    with sc(PDF_REQUEST_WAIT_SECONDS=0):
        response = client.get(pdf_url(page))
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert "El PDF de este informe se está preparando" in response.content.decode()


def test_a_render_over_its_time_limit_is_stopped_and_recorded(client):
    page = workshop()
    PdfArtefact.objects.filter(page=page).update(status="pending", revision_id=None)
    with sc(PDF_RENDER_TIMEOUT_SECONDS=0.001):
        response = client.get(pdf_url(page))
    assert response.status_code == 503
    assert "could not be prepared" in response.content.decode()
    artefact = PdfArtefact.objects.get(page=page)
    assert artefact.status == "failed" and "longer than" in artefact.error


def test_file_urls_and_other_hosts_are_refused_and_logged(caplog):
    page = workshop()
    data = page.report.raw_data
    data.append(
        {
            "type": "paragraph",
            "value": '<p>Evidence <img src="file:///etc/passwd"> '
            '<img src="https://example.com/tracker.png"> '
            '<img src="/static/../../../../etc/passwd"></p>',
        }
    )
    page.report = data
    with caplog.at_level(logging.WARNING, logger="sc_wagtail.pdf"):
        pdf, figures = render_page(page)
    assert set(figures["refused"]) >= {"file:///etc/passwd", "https://example.com/tracker.png"}
    assert "refused to fetch file:///etc/passwd" in caplog.text
    assert "refused to fetch https://example.com/tracker.png" in caplog.text
    text = pdf_text(pdf)
    assert "root:" not in text and "Evidence" in text


def test_unpublished_private_and_report_less_pages_have_no_pdf(client):
    page = workshop("ar")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert client.get(pdf_url(page)).status_code == 404
    restriction.delete()
    page.unpublish()
    assert client.get(pdf_url(page)).status_code == 404
    without_report = Page.objects.get(depth=2, locale__language_code="en")
    assert client.get(pdf_url(without_report)).status_code == 404


def test_a_missing_file_is_rendered_again(client):
    page = workshop()
    artefact = PdfArtefact.objects.get(page=page)
    artefact.file.storage.delete(artefact.file.name)
    response = client.get(pdf_url(page))
    assert response.status_code == 503  # this request; the render ran inline in tests
    assert b"%PDF" in b"".join(client.get(pdf_url(page)).streaming_content)[:8]
