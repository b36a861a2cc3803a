"""The background render: one PDF per page and live revision, stored, old file removed."""

import logging

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from sc_wagtail.blocks.report import has_report
from sc_wagtail.core.tasks import enqueue

from .models import PdfArtefact
from .render import render_page
from .sandbox import RenderError

logger = logging.getLogger(__name__)


def request_render(page):
    """Queue a render of the page's live revision unless one is done or under way."""
    if PdfArtefact.claim(page):
        enqueue(render_report_pdf, page.pk, task_name=f"pdf:{page.pk}:{page.live_revision_id}")
        return True
    return False


def render_report_pdf(page_id):
    page = Page.objects.filter(pk=page_id).first()
    page = page.specific if page else None
    if page is None or not page.live or not has_report(page):
        PdfArtefact.objects.filter(page_id=page_id).delete()
        return "no live report"
    artefact = PdfArtefact.for_page(page)
    revision = page.live_revision_id
    if artefact.is_ready_for(revision):
        return "already rendered"
    try:
        pdf, figures = render_page(page)
    except RenderError as error:
        PdfArtefact.objects.filter(pk=artefact.pk, revision_id=revision).update(
            status=PdfArtefact.Status.FAILED, error=str(error)[:2000]
        )
        logger.error("PDF of page %s failed: %s", page_id, error)
        raise
    name = f"{page.pk}-{revision}-{page.locale.language_code}.pdf"
    old = artefact.file.name
    artefact.file.save(name, ContentFile(pdf), save=False)
    updated = PdfArtefact.objects.filter(pk=artefact.pk, revision_id=revision).update(
        status=PdfArtefact.Status.READY,
        file=artefact.file.name,
        size=len(pdf),
        render_seconds=figures["seconds"],
        renders=artefact.renders + 1,
        rendered_at=timezone.now(),
        error="",
    )
    if not updated:
        # The page was published again while we rendered; the newer render wins.
        artefact.file.delete(save=False)
        return "superseded"
    if old and old != artefact.file.name:
        # Only once the new row is committed: a rollback must find its file still there.
        storage = artefact.file.storage
        transaction.on_commit(lambda: storage.delete(old))
    return f"{len(pdf)} bytes in {figures['seconds']:.2f} s"
