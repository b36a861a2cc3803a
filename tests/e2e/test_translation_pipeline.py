"""The whole translation flow with a real worker and a real browser.

An editor publishes an English story; the django-q2 worker drafts it by machine in four
locales; French readers still get the English page; a French reviewer fixes what the QA
checks flag, approves and publishes; Arabic stays unpublished; a one-paragraph change
reopens only that paragraph, and the live French page keeps its approved text meanwhile.
"""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from example_site.demo.glossary import seed_glossary
from sc_wagtail.news.models import NewsPage
from sc_wagtail.translation.pipeline import paused
from sc_wagtail.translation.review import APPROVED, MACHINE, STALE, segment_states
from tests import factories
from tests.conftest import committed_db
from tests.scenarios import news_index_everywhere
from tests.worker import running_worker, wait_for

pytestmark = [pytest.mark.browser, pytest.mark.worker, committed_db]
PARAGRAPHS = [
    "The Strong Cities Network trained youth workers in Tirana.",
    "Each city will report back at the next hub meeting.",
]


def copy(page, code):
    return Page.objects.filter(
        translation_key=page.translation_key, locale__language_code=code
    ).first()


def states(page, code):
    source = TranslationSource.objects.get_for_instance(page)
    return segment_states(source, factories.locale(code))


def public_url(draft, code):
    return f"/{code}/" + draft.url_path.split("/", 2)[2]


def test_editor_worker_reviewer_and_reader(live_server, page, settings, output_path):
    factories.reviewer("fr", "camille")
    with paused():
        seed_glossary(get_user_model().objects.get(username="admin"))  # the network's name
        index = news_index_everywhere()
    story = factories.news_page(
        index,
        90,
        title="Youth workers trained in Tirana",
        slug="youth-workers-tirana",
        live=False,
        body=[("paragraph", f"<p>{text}</p>") for text in PARAGRAPHS],
    )
    with override_settings(Q_CLUSTER={**settings.Q_CLUSTER, "sync": False}), running_worker():
        story.save_revision().publish()  # the editor publishes; the request only queues
        story = NewsPage.objects.get(pk=story.pk)
        wait_for(
            lambda: all(
                copy(story, code)
                and states(story, code)
                and {s.state for s in states(story, code)} == {MACHINE}
                for code in ("fr", "es", "ar", "sq")
            ),
            timeout=90,
            message="machine drafts in four locales",
        )
        french = copy(story, "fr")
        assert not french.live

        # A French reader still gets the English story, with a notice.
        page.goto(live_server.url + public_url(french, "fr"))
        assert page.get_by_text("pas encore disponible en français").is_visible()

        # The reviewer sees the QA finding on the network's name, fixes and approves.
        page.goto(live_server.url + "/admin/login/")
        page.fill("input[name=username]", "camille")
        page.fill("input[name=password]", "pw")
        page.locator("button[type=submit]").click()
        page.wait_for_url(live_server.url + "/admin/")
        translation_id = (
            TranslationSource.objects.get_for_instance(story)
            .translations.get(target_locale__language_code="fr")
            .pk
        )
        page.goto(f"{live_server.url}/admin/translations/review/{translation_id}/")
        finding = page.locator(".sc-finding--error").first
        assert "Strong Cities Network" in finding.inner_text()
        page.screenshot(path=str(output_path / "review-findings.png"), full_page=True)
        section = page.locator(".sc-segment", has=finding)
        section.locator("textarea[data-sc-segment]").fill(
            "Le Strong Cities Network a formé des animateurs jeunesse à Tirana."
        )
        with page.expect_navigation():
            section.locator("textarea[data-sc-segment]").press("Control+Enter")
        # Each machine draft is read and approved on its own: Ctrl+Enter, then the next.
        for _ in range(len(states(story, "fr"))):
            if not page.locator(".sc-segment--open").count():
                break
            with page.expect_navigation():
                page.keyboard.press("Control+Enter")
        assert {s.state for s in states(story, "fr")} == {APPROVED}
        page.get_by_role("button", name="Publish this translation").click()
        page.get_by_text("Published in French.").wait_for()
        assert copy(story, "fr").live and not copy(story, "ar").live
        live_text = "Le Strong Cities Network a formé des animateurs jeunesse à Tirana."
        page.goto(live_server.url + public_url(copy(story, "fr"), "fr"))
        assert live_text in page.content()

        # The editor rewrites one paragraph and publishes again.
        story = NewsPage.objects.get(pk=story.pk)
        data = list(story.body.raw_data)
        data[1]["value"] = "<p>Each city will report back in March.</p>"
        story.body = data
        story.save_revision().publish()
        wait_for(
            lambda: STALE in {s.state for s in states(story, "fr")},
            timeout=90,
            message="the changed paragraph reopened in French",
        )
    by_state = {}
    for state in states(story, "fr"):
        by_state.setdefault(state.state, []).append(state.segment.string.data)
    assert by_state[STALE] == ["Each city will report back in March."]
    assert set(by_state) == {APPROVED, STALE}
    page.goto(live_server.url + public_url(copy(story, "fr"), "fr"))
    assert live_text in page.content()  # the live page keeps its approved text
