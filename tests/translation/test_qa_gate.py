"""QA findings on the review screen and at the gate: errors block, warnings need a person's
acknowledgement, and approved text is checked again when it is published."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Page

from sc_wagtail.translation.glossary_terms import import_glossary
from sc_wagtail.translation.models import SegmentReview
from sc_wagtail.translation.qa.glossary import Glossary, Term
from sc_wagtail.translation.review import APPROVED, EDITED, MACHINE, segment_states
from tests import factories
from tests.translation.test_pipeline import story
from tests.translation.test_review_screen import review_url, reviewer_for, translation_of_story

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]


def title_state(translation):
    return next(
        s
        for s in segment_states(translation.source, translation.target_locale)
        if s.segment.context.path == "title"
    )


def test_a_warning_needs_the_reviewers_acknowledgement(client):
    client.force_login(reviewer_for("fr"))
    translation = translation_of_story("fr")
    segment = title_state(translation).segment
    text = "Les maires maires adoptent une approche commune"  # a repeated word: a warning
    page = client.post(
        review_url(translation),
        {"action": "save_approve", "segment": segment.pk, "text": text},
        follow=True,
    ).content.decode()
    assert "confirm you have checked them" in page
    assert "I have checked the warnings on this segment" in page
    state = title_state(translation)
    assert state.state == EDITED and state.translation.data == text  # saved, not approved

    client.post(
        review_url(translation),
        {"action": "approve", "segment": segment.pk, "acknowledge": "1"},
    )
    state = title_state(translation)
    assert state.state == APPROVED
    assert state.review.acknowledged == ["repeated-word"]


def test_approve_all_approves_what_people_wrote_and_leaves_warnings_and_machine_text(client):
    user = reviewer_for("fr")
    client.force_login(user)
    translation = translation_of_story("fr")
    states = segment_states(translation.source, translation.target_locale)
    summary = next(s for s in states if s.segment.context.path == "summary")
    for segment, text in (
        (title_state(translation).segment, "Les maires maires adoptent une approche commune"),
        (
            summary.segment,
            "Les villes du hub Moyen-Orient et Afrique du Nord signaleront les discours de "
            "haine et y répondront de la même manière, et publieront ce qu’elles font de "
            "chaque signalement.",
        ),
    ):
        client.post(
            review_url(translation), {"action": "save", "segment": segment.pk, "text": text}
        )
    client.post(review_url(translation), {"action": "approve_all"})
    by_path = {
        s.segment.context.path: s
        for s in segment_states(translation.source, translation.target_locale)
    }
    assert by_path["summary"].state == APPROVED  # a person wrote it, no finding
    assert by_path["title"].state == EDITED  # a warning: its own look and acknowledgement
    machine = [s for s in by_path.values() if s.origin == "machine"]
    assert machine and {s.state for s in machine} == {MACHINE}  # nobody has read them


def test_the_gate_checks_approved_text_again_after_a_glossary_change(
    client, django_capture_on_commit_callbacks
):
    user = reviewer_for("fr")
    translation = translation_of_story("fr")
    client.force_login(user)
    client.post(
        review_url(translation),
        {
            "action": "save",
            "segment": title_state(translation).segment.pk,
            "text": "Les maires adoptent une approche commune",
        },
    )
    factories.read_and_approve(translation.source, translation.target_locale, user)
    assert {s.state for s in segment_states(translation.source, translation.target_locale)} == {
        APPROVED
    }
    # Terminologists now forbid the rendering the reviewer approved.
    import_glossary(
        Glossary(
            [
                Term(
                    "shared approach",
                    "",
                    False,
                    {"fr": "démarche commune"},
                    {"fr": ["approche commune"]},
                )
            ]
        )
    )
    with pytest.raises(ValidationError, match="now has a QA error"):
        translation.save_target(user=user, publish=True)
    assert not Page.objects.get(pk=story("fr").pk).live
    page = client.get(review_url(translation) + "?filter=needs_review").content.decode()
    assert "the checks now find a problem" in page
    assert "Les maires adoptent une approche commune" in page

    client.post(
        review_url(translation),
        {
            "action": "save_approve",
            "segment": title_state(translation).segment.pk,
            "text": "Les maires adoptent une démarche commune",
        },
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=user, publish=True)
    assert Page.objects.get(pk=story("fr").pk).live


def test_an_unacknowledged_warning_holds_publishing_back():
    translation = translation_of_story("fr")
    user = reviewer_for("fr")
    factories.read_and_approve(translation.source, translation.target_locale, user)
    SegmentReview.objects.filter(locale=translation.target_locale).update(acknowledged=[])
    warned = [
        s
        for s in segment_states(translation.source, translation.target_locale)
        if s.translation and "  " in s.translation.data
    ]
    if not warned:  # make one: a double space is a warning
        state = title_state(translation)
        state.translation.data = "Les maires  adoptent une approche commune"
        state.translation.save()
        SegmentReview.objects.filter(pk=state.review.pk).update(
            approved_text=state.translation.data
        )
    with pytest.raises(ValidationError, match="nobody has acknowledged"):
        translation.save_target(user=user, publish=True)


def test_the_pages_admin_header_shows_review_progress(admin_client):
    translation = translation_of_story("fr")
    states = segment_states(translation.source, translation.target_locale)
    html = admin_client.get(reverse("wagtailadmin_explore", args=[story("fr").pk])).content.decode()
    assert f"Translation review: 0 of {len(states)} segments approved" in html
    assert review_url(translation) in html
