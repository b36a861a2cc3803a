"""The review screen: reviewers see their locale's segments, edit, approve and publish."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation

from sc_wagtail.translation.permissions import reviewer_group_name
from sc_wagtail.translation.review import APPROVED, EDITED, MACHINE, segment_states
from tests import factories
from tests.translation.test_pipeline import STORY, story

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]


def reviewer_for(code, username=None):
    return factories.reviewer(code, username or f"test-reviewer-{code}")


def translation_of_story(code):
    english = story("en")
    return Translation.objects.get(
        source__object_id=english.translation_key, target_locale__language_code=code
    )


def review_url(translation):
    return reverse("sc_translation_admin:review", args=[translation.pk])


def test_reviewer_groups_exist_for_every_target_locale():
    names = set(Group.objects.values_list("name", flat=True))
    assert {reviewer_group_name(code) for code in ("fr", "es", "ar", "sq")} <= names
    assert reviewer_group_name("en") not in names


def test_a_reviewer_sees_only_their_locales_in_the_queue(client):
    client.force_login(reviewer_for("fr"))
    html = client.get(reverse("sc_translation_admin:queue")).content.decode()
    assert "Mayors agree a shared approach to hate speech online" in html
    assert "French" in html and "Arabic" not in html


def test_a_french_reviewer_cannot_open_or_approve_arabic(client):
    client.force_login(reviewer_for("fr"))
    arabic = translation_of_story("ar")
    # Wagtail's convention for a refused admin view: back to the dashboard with a message.
    response = client.get(review_url(arabic))
    assert response.status_code == 302 and response["Location"] == "/admin/"
    segment = segment_states(arabic.source, arabic.target_locale)[0].segment
    response = client.post(review_url(arabic), {"action": "approve", "segment": segment.pk})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert segment_states(arabic.source, arabic.target_locale)[0].state != APPROVED


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get(review_url(translation_of_story("fr")))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_screen_shows_source_machine_draft_and_right_to_left_arabic(client):
    client.force_login(reviewer_for("ar"))
    html = client.get(review_url(translation_of_story("ar"))).content.decode()
    assert "Nine mayors and two governors met in Irbid" in html  # the source
    assert "Machine draft" in html and "Dummy translator" in html
    assert 'lang="ar" dir="rtl"' in html
    assert "0 of" in html


def test_a_reviewer_edits_approves_and_publishes(client, django_capture_on_commit_callbacks):
    user = reviewer_for("fr")
    client.force_login(user)
    translation = translation_of_story("fr")
    url = review_url(translation)
    states = segment_states(translation.source, translation.target_locale)
    title = next(s for s in states if s.segment.context.path == "title")
    client.post(
        url,
        {
            "action": "save",
            "segment": title.segment.pk,
            "text": "Les maires adoptent une approche commune",
        },
    )
    edited = next(
        s
        for s in segment_states(translation.source, translation.target_locale)
        if s.segment.pk == title.segment.pk
    )
    assert edited.state == EDITED and edited.translation.last_translated_by == user

    response = client.post(url, {"action": "publish"}, follow=True)
    assert "not approved yet" in response.content.decode()
    assert not story("fr").live

    # The title a person wrote is approved in bulk; each machine segment on its own.
    client.post(url, {"action": "approve_all"})
    states = segment_states(translation.source, translation.target_locale)
    assert {s.state for s in states if s.origin == "person"} == {APPROVED}
    assert {s.state for s in states if s.origin == "machine"} == {MACHINE}
    for state in states:
        if state.state != APPROVED:
            client.post(url, {"action": "approve", "segment": state.segment.pk, "acknowledge": "1"})
    states = segment_states(translation.source, translation.target_locale)
    assert {s.state for s in states} == {APPROVED}
    assert {s.review.approved_by for s in states} == {user}
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        client.post(url, {"action": "publish"})
    french = Page.objects.get(pk=story("fr").pk)
    assert french.live and french.title == "Les maires adoptent une approche commune"


def test_an_empty_translation_is_refused(client):
    client.force_login(reviewer_for("fr"))
    translation = translation_of_story("fr")
    segment = segment_states(translation.source, translation.target_locale)[0].segment
    response = client.post(
        review_url(translation),
        {"action": "save", "segment": segment.pk, "text": "  "},
        follow=True,
    )
    assert "A translation cannot be empty." in response.content.decode()


def test_a_segment_with_a_blocking_finding_cannot_be_approved(client):
    client.force_login(reviewer_for("fr"))
    translation = translation_of_story("fr")
    states = segment_states(translation.source, translation.target_locale)
    paragraph = next(s for s in states if "Irbid" in s.segment.string.data)
    # Markup the source does not have is an error the QA checks catch.
    client.post(
        review_url(translation),
        {
            "action": "save_approve",
            "segment": paragraph.segment.pk,
            "text": "Des maires <b>se</b> sont réunis à Irbid.",
        },
    )
    after = next(
        s
        for s in segment_states(translation.source, translation.target_locale)
        if s.segment.pk == paragraph.segment.pk
    )
    assert after.state == EDITED
    html = client.get(review_url(translation)).content.decode()
    assert "<strong>Error</strong>:" in html


def test_the_story_slug_is_the_demo_one():
    assert story("en").slug == STORY


def test_the_queue_costs_the_same_queries_however_many_translations_wait(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from sc_wagtail.translation.review import segment_states as states
    from tests import factories
    from tests.translation.test_review_state import long_page, machine_translate

    client.force_login(reviewer_for("fr"))
    url = reverse("sc_translation_admin:queue")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    queries()  # the first request reads the sites into the cache
    before = queries()
    for _ in range(3):
        _page, source = long_page(5)
        machine_translate(source, factories.locale("fr"))
        assert states(source, factories.locale("fr"))
    assert queries() == before
    assert client.get(url).content.decode().count("Story 1") == 3
