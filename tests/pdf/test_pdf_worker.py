"""The PDF of a published page is rendered by a real django-q2 worker, not the request."""

import pytest
from django.test import override_settings

from sc_wagtail.events.models import EventPage
from sc_wagtail.pdf.models import PdfArtefact
from sc_wagtail.translation.pipeline import paused
from tests.conftest import committed_db
from tests.scenarios import sections
from tests.worker import running_worker, wait_for


@pytest.mark.worker
@committed_db
def test_publishing_queues_the_render_and_the_worker_stores_the_pdf(client, settings):
    with paused():
        sections(directory=())
    page = EventPage.objects.get(slug="balkans-workshop", locale__language_code="en")
    with override_settings(Q_CLUSTER={**settings.Q_CLUSTER, "sync": False}):
        page.save_revision().publish()
        page = EventPage.objects.get(pk=page.pk)
        artefact = PdfArtefact.objects.get(page=page)
        # The request only queued it: the stored PDF is for the previous revision.
        assert artefact.status == "pending" and artefact.revision_id == page.live_revision_id
        with running_worker():
            artefact = wait_for(
                lambda: PdfArtefact.objects.filter(page=page, status="ready").first(),
                timeout=60,
                message="the PDF rendered by the worker",
            )
            assert artefact.revision_id == page.live_revision_id
            response = client.get(f"/pdf/report/{page.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
