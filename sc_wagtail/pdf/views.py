"""Serve a page's report PDF: the stored file, or wait briefly for the one render under way."""

import time

from django.http import FileResponse, Http404
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail.models import Page

from sc_wagtail.blocks.report import has_report
from sc_wagtail.conf import sc_settings

from .models import PdfArtefact
from .sandbox import RenderError
from .tasks import request_render

POLL_SECONDS = 0.25


def _readable_page(request, page_id):
    """The live report page, if this reader may see it (view restrictions: password, login,
    groups); (page, whether it is public)."""
    page = Page.objects.live().filter(pk=page_id).select_related("locale").first()
    if page is None:
        raise Http404
    page = page.specific
    if not has_report(page):
        raise Http404
    restrictions = list(page.get_view_restrictions())
    for restriction in restrictions:
        if not restriction.accept_request(request):
            raise Http404
    return page, not restrictions


@require_GET
def report_pdf(request, page_id):
    page, public = _readable_page(request, page_id)
    revision = page.live_revision_id
    artefact = PdfArtefact.for_page(page)
    if not artefact.is_ready_for(revision):
        failed = False
        try:
            request_render(page)
        except RenderError:
            failed = True  # recorded on the artefact; the worker retries
        deadline = time.monotonic() + sc_settings.PDF_REQUEST_WAIT_SECONDS
        artefact.refresh_from_db()
        while not failed and not artefact.is_ready_for(revision):
            if artefact.status == PdfArtefact.Status.FAILED or time.monotonic() >= deadline:
                break
            time.sleep(POLL_SECONDS)
            artefact.refresh_from_db()
        if not artefact.is_ready_for(revision):
            return _not_ready(request, page, artefact)
    try:
        handle = artefact.file.open("rb")
    except FileNotFoundError:
        # The stored file went missing (storage cleaned, restored backup): render it again.
        PdfArtefact.objects.filter(pk=artefact.pk).update(
            status=PdfArtefact.Status.PENDING, revision_id=None
        )
        request_render(page)
        return _not_ready(request, page, artefact)
    language = page.locale.language_code
    response = FileResponse(
        handle,
        content_type="application/pdf",
        filename=f"{page.slug}-{language}.pdf",
    )
    response["Content-Language"] = language
    # A private page's PDF is never kept by shared caches.
    response["Cache-Control"] = "public, max-age=300" if public else "private, no-store"
    return response


def _not_ready(request, page, artefact):
    with translation.override(page.locale.language_code):
        response = render(
            request,
            "sc_pdf/preparing.html",
            {"page": page, "failed": artefact.status == PdfArtefact.Status.FAILED},
            status=503,
        )
    response["Retry-After"] = "10"
    response["Cache-Control"] = "no-store"
    return response
