"""Attack 9: a reader's report removed a reviewer's approval, so anyone could take approved
text back into review (or, with reports on every segment, hold a translation back). A report
marks the segment "reported by a reader"; a reviewer reopens it or keeps the translation."""

import pytest
from django.urls import reverse
from wagtail_localize.models import Translation, TranslationSource

from sc_wagtail.news.models import NewsPage
from sc_wagtail.translation.models import TranslationProblem
from sc_wagtail.translation.review import APPROVED, segment_states
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]


def story():
    english = NewsPage.objects.get(slug="story-1", locale__language_code="en")
    return english, english.get_translation(factories.locale("fr"))


def report_every_segment(client, page):
    source = TranslationSource.objects.get_for_instance(
        page.get_translation(factories.locale("en"))
    )
    for state in segment_states(source, page.locale):
        client.post(
            reverse("sc_translation:report_problem", args=[page.pk]),
            {"quote": state.translation.data[:40], "comment": "faux"},
            REMOTE_ADDR=f"198.51.100.{state.segment.pk % 250}",
        )
    return source


def test_reports_keep_the_approvals_and_the_live_text(client):
    _english, french = story()
    source = report_every_segment(client, french)
    assert TranslationProblem.objects.filter(context__isnull=False).exists()
    assert {s.state for s in segment_states(source, french.locale)} == {APPROVED}
    french.refresh_from_db()
    assert french.live
    assert client.get(french.url).status_code == 200


def test_the_queue_shows_the_report_and_the_reviewer_decides(client):
    _english, french = story()
    source = report_every_segment(client, french)
    problem = TranslationProblem.objects.filter(context__isnull=False).first()
    client.force_login(factories.reviewer("fr"))
    queue = client.get(reverse("sc_translation_admin:queue")).content.decode()
    assert "segments reported by readers" in queue
    translation = Translation.objects.get(source=source, target_locale=french.locale)
    url = reverse("sc_translation_admin:review", args=[translation.pk])
    screen = client.get(url).content.decode()
    assert "Reported by a reader" in screen and "Reopen for review" in screen
    segment = next(
        s.segment
        for s in segment_states(source, french.locale)
        if s.segment.context_id == problem.context_id
    )
    client.post(url, {"action": "reopen", "segment": segment.pk})
    states = {s.segment.pk: s.state for s in segment_states(source, french.locale)}
    assert states[segment.pk] != APPROVED
    client.post(url, {"action": "dismiss_problem", "problem": problem.pk})
    problem.refresh_from_db()
    assert problem.status == TranslationProblem.Status.RESOLVED
