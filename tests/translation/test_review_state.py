"""Per-segment review state: who approved what, surviving re-syncs, stale only where changed."""

import uuid

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from sc_wagtail.news.models import NewsPage
from sc_wagtail.translation.review import (
    APPROVED,
    EDITED,
    MACHINE,
    MISSING,
    STALE,
    approve,
    segment_states,
    summary,
)
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]


@pytest.fixture
def reviewer():
    return get_user_model().objects.create_user("fr-reviewer", password="x")


def machine_translate(source, locale, text=lambda s: f"[fr] {s}"):
    """What an engine leaves behind: a machine StringTranslation for every segment."""
    for state in segment_states(source, locale):
        StringTranslation.objects.update_or_create(
            translation_of=state.segment.string,
            locale=locale,
            context=state.segment.context,
            defaults={"data": text(state.segment.string.data), "translation_type": "machine"},
        )


def long_page(paragraphs=100):
    index = factories.news_index(f"test-news-{uuid.uuid4().hex[:8]}")
    body = [
        ("paragraph", f"<p>Paragraph number {n} about local prevention.</p>")
        for n in range(paragraphs)
    ]
    page = factories.news_page(index, 1, body=body)
    page.save_revision().publish()
    page = NewsPage.objects.get(pk=page.pk)
    source, _ = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.get_or_create(source=source, target_locale=factories.locale("fr"))
    return page, source


def states_by(source, locale):
    result = {}
    for state in segment_states(source, locale):
        result.setdefault(state.state, []).append(state)
    return result


def test_the_demo_translations_are_recorded_as_approved():
    english = NewsPage.objects.get(slug="story-1", locale__language_code="en")
    source = TranslationSource.objects.get_for_instance(english)
    states = segment_states(source, factories.locale("fr"))
    assert states and {s.state for s in states} == {APPROVED}
    assert {s.review.approved_by.username for s in states} == {"admin"}


def test_machine_drafts_need_review_until_a_named_person_approves(reviewer):
    _page, source = long_page(3)
    fr = factories.locale("fr")
    assert {s.state for s in segment_states(source, fr)} == {MISSING}
    machine_translate(source, fr)
    states = segment_states(source, fr)
    assert {s.state for s in states} == {MACHINE}
    assert summary(states) == (0, len(states))
    approve(source, fr, states[0], reviewer)
    states = segment_states(source, fr)
    assert states[0].state == APPROVED and states[0].review.approved_by == reviewer
    assert summary(states) == (1, len(states))


def test_an_edit_after_approval_needs_approving_again(reviewer):
    _page, source = long_page(2)
    fr = factories.locale("fr")
    machine_translate(source, fr)
    factories.read_and_approve(source, fr, reviewer)
    first = segment_states(source, fr)[0]
    first.translation.data = "Texte corrigé."
    first.translation.translation_type = "manual"
    first.translation.save()
    assert segment_states(source, fr)[0].state == EDITED


def test_approvals_survive_a_resync_and_one_changed_paragraph_reopens_only_itself(reviewer):
    page, source = long_page(100)
    fr = factories.locale("fr")
    machine_translate(source, fr)
    assert factories.read_and_approve(source, fr, reviewer) == len(segment_states(source, fr))

    source.update_from_db()  # a re-sync with nothing changed
    assert set(states_by(source, fr)) == {APPROVED}

    data = list(page.body.raw_data)
    data[49]["value"] = "<p>Paragraph number 49, rewritten by the editor.</p>"
    page.body = data
    page.save_revision().publish()
    source.update_from_db()
    by_state = states_by(source, fr)
    assert set(by_state) == {APPROVED, STALE}
    assert [s.segment.string.data for s in by_state[STALE]] == [
        "Paragraph number 49, rewritten by the editor."
    ]
    assert len(by_state[APPROVED]) == len(segment_states(source, fr)) - 1


def test_approving_a_segment_without_translation_is_refused(reviewer):
    _page, source = long_page(1)
    state = segment_states(source, factories.locale("fr"))[0]
    with pytest.raises(ValueError, match="no translation to approve"):
        approve(source, factories.locale("fr"), state, reviewer)


def test_states_cost_three_queries_whatever_the_page_size(django_assert_num_queries):
    page, source = long_page(100)
    fr = factories.locale("fr")
    machine_translate(source, fr)
    with django_assert_num_queries(3):
        assert len(segment_states(source, fr)) >= 100
    assert Page.objects.filter(pk=page.pk).exists()
