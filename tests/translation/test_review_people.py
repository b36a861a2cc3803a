"""What reviewers and editors see around the review: segment names, the slug rule, each
segment's history and comments, the admin home panel, the admin's language, the message after
publishing, the status panel and the page tree, and the review screen's query count."""

import re
import uuid

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from sc_wagtail.news.models import NewsPage
from sc_wagtail.translation import page_rows
from sc_wagtail.translation.history import SegmentComment, SegmentEvent
from sc_wagtail.translation.labels import label_for_path, segment_labels
from sc_wagtail.translation.review import (
    APPROVED,
    STALE,
    apply_fix,
    reopen,
    save_translation,
    segment_states,
)
from tests import factories
from tests.translation.test_pipeline import story
from tests.translation.test_review_state import long_page, machine_translate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]


def french_translation():
    english = story("en")
    return Translation.objects.get(
        source__object_id=english.translation_key, target_locale__language_code="fr"
    )


def review_url(translation):
    return reverse("sc_translation_admin:review", args=[translation.pk])


# --- names -----------------------------------------------------------------------------


def test_segments_are_named_as_people_name_them():
    page = NewsPage(
        title="A report",
        body=[
            {"type": "paragraph", "value": f"<p>Paragraph {n}</p>", "id": f"p{n}"}
            for n in (1, 2, 3)
        ],
        report=[
            {
                "type": "speakers",
                "id": "speakers",
                "value": [
                    {"type": "item", "id": f"s{n}", "value": {"name": f"N{n}", "title": "Mayor"}}
                    for n in (1, 2)
                ],
            }
        ],
    )
    assert label_for_path(page, "title") == "Title"
    assert label_for_path(page, "body.p3") == "Body › Paragraph 3"
    assert (
        label_for_path(page, "report.speakers.s2.title")
        == "Event report › Speakers › 2 › Title or role"
    )


def test_the_screen_names_every_segment_without_raw_paths(client):
    translation = french_translation()
    states = segment_states(translation.source, translation.target_locale)
    labels = segment_labels(translation.source, states)
    assert labels[states[0].segment.pk] == "Title"
    assert all(not re.search(r"[0-9a-f]{8}-", label) for label in labels.values())
    client.force_login(factories.reviewer("fr"))
    html = client.get(review_url(translation)).content.decode()
    assert "Body › Paragraph 2" in html and "body." not in html


# --- the slug --------------------------------------------------------------------------


def test_the_slug_is_no_segment_and_follows_the_approved_title():
    translation = french_translation()
    states = segment_states(translation.source, translation.target_locale)
    assert "slug" not in {s.segment.context.path for s in states}
    assert page_rows.proposed_slug(translation, states) is None  # no approved title yet
    reviewer = factories.reviewer("fr")
    title = states[0]
    save_translation(title, translation.target_locale, "Les maires s’accordent", reviewer)
    factories.read_and_approve(translation.source, translation.target_locale, reviewer)
    states = segment_states(translation.source, translation.target_locale)
    assert page_rows.proposed_slug(translation, states) == "les-maires-saccordent"


def test_an_arabic_slug_keeps_arabic_letters_and_a_reviewer_may_choose_another():
    english = story("en")
    translation = Translation.objects.get(
        source__object_id=english.translation_key, target_locale__language_code="ar"
    )
    reviewer = factories.reviewer("ar")
    states = segment_states(translation.source, translation.target_locale)
    save_translation(states[0], translation.target_locale, "رؤساء البلديات يتفقون", reviewer)
    factories.read_and_approve(translation.source, translation.target_locale, reviewer)
    states = segment_states(translation.source, translation.target_locale)
    assert page_rows.proposed_slug(translation, states) == "رؤساء-البلديات-يتفقون"
    assert page_rows.set_slug(translation, "Maires Irbid", reviewer) == "maires-irbid"
    page = translation.get_target_instance()
    page.refresh_from_db()
    assert page.slug == "maires-irbid"


def test_a_slug_another_page_of_the_section_has_is_refused(client):
    translation = french_translation()
    french = translation.get_target_instance()
    sibling = french.get_parent().get_children().exclude(pk=french.pk).first()
    client.force_login(factories.reviewer("fr"))
    response = client.post(
        review_url(translation), {"action": "slug", "slug": sibling.slug}, follow=True
    )
    assert "Another page in this section already has the address" in response.content.decode()


# --- history and comments --------------------------------------------------------------


def test_each_segment_keeps_its_history():
    page, source = long_page(1)
    fr = factories.locale("fr")
    reviewer = factories.reviewer("fr")
    machine_translate(source, fr)
    state = segment_states(source, fr)[1]
    apply_fix(state, fr, "[fr] Paragraph number 0 about local prevention .", reviewer)
    state = segment_states(source, fr)[1]
    save_translation(state, fr, "Paragraphe 0 sur la prévention locale.", reviewer)
    factories.read_and_approve(source, fr, reviewer)
    reopen(source, fr, segment_states(source, fr)[1], reviewer)
    kinds = list(
        SegmentEvent.objects.filter(context_id=state.segment.context_id, locale=fr).values_list(
            "kind", "user__username"
        )
    )
    assert kinds == [
        ("fix", reviewer.username),
        ("person", reviewer.username),
        ("approved", reviewer.username),
        ("reopened", reviewer.username),
    ]
    assert page


def test_the_pipeline_records_machine_drafts_in_the_history():
    english = story("en")
    source = TranslationSource.objects.get_for_instance(english)
    fr = factories.locale("fr")
    events = SegmentEvent.objects.filter(source=source, locale=fr)
    assert events.filter(kind=SegmentEvent.Kind.MACHINE).count() == len(segment_states(source, fr))
    assert set(events.values_list("tool", flat=True)) == {"Dummy translator"}


def test_reviewers_and_editors_comment_and_only_reviewers_approve(client):
    translation = french_translation()
    states = segment_states(translation.source, translation.target_locale)
    editor = factories.user("editor-en", "Editors")
    client.force_login(editor)
    url = review_url(translation)
    assert client.get(url).status_code == 200  # read only, with the comment threads
    client.post(url, {"action": "comment", "segment": states[0].segment.pk, "comment": "Ton ?"})
    response = client.post(url, {"action": "approve", "segment": states[0].segment.pk})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    reviewer = factories.reviewer("fr")
    client.force_login(reviewer)
    client.post(url, {"action": "comment", "segment": states[0].segment.pk, "comment": "Ok."})
    response = client.post(
        url, {"action": "comment", "segment": states[0].segment.pk, "comment": "  "}, follow=True
    )
    assert "Write a comment before sending it." in response.content.decode()
    thread = SegmentComment.objects.filter(context_id=states[0].segment.context_id)
    assert list(thread.values_list("author__username", "text")) == [
        ("editor-en", "Ton ?"),
        (reviewer.username, "Ok."),
    ]
    assert "Ton ?" in client.get(url).content.decode()
    stranger = factories.user("stranger")
    client.force_login(stranger)
    assert client.get(url).status_code == 302  # no admin access at all


# --- bulk approval ----------------------------------------------------------------------


def test_approve_all_takes_people_and_exact_memory_matches_never_machine_text(client):
    page, source = long_page(3)
    fr = factories.locale("fr")
    reviewer = factories.reviewer("fr")
    machine_translate(source, fr)
    states = segment_states(source, fr)
    save_translation(states[1], fr, "Paragraphe 0 sur la prévention locale.", reviewer)
    translation = Translation.objects.get(source=source, target_locale=fr)
    client.force_login(reviewer)
    response = client.post(review_url(translation), {"action": "approve_all"}, follow=True)
    assert "1 segment written by a person approved." in response.content.decode()
    after = {s.segment.pk: s for s in segment_states(source, fr)}
    assert after[states[1].segment.pk].state == APPROVED
    assert {after[s.segment.pk].state for s in states if s is not states[1]} == {"machine"}
    assert page


# --- stale segments ---------------------------------------------------------------------


def test_a_stale_segment_shows_the_source_diff_and_the_old_approved_translation(client):
    page, source = long_page(2)
    fr = factories.locale("fr")
    reviewer = factories.reviewer("fr")
    machine_translate(source, fr)
    factories.read_and_approve(source, fr, reviewer)
    data = list(page.body.raw_data)
    data[1]["value"] = "<p>Paragraph number 1 about regional prevention.</p>"
    page.body = data
    page.save_revision().publish()
    source.update_from_db()
    machine_translate(source, fr)
    assert [s.state for s in segment_states(source, fr)].count(STALE) == 1
    translation = Translation.objects.get(source=source, target_locale=fr)
    client.force_login(reviewer)
    html = client.get(review_url(translation)).content.decode()
    assert "<del>local </del>" in html or "<del>local</del>" in html
    assert "<ins>regional" in html
    assert "Approved for the old source" in html
    assert "[fr] Paragraph number 1 about local prevention." in html


# --- admin home, language, messages, status ---------------------------------------------


def test_the_admin_home_lists_what_waits_for_the_reviewer(client):
    client.force_login(factories.reviewer("fr"))
    html = client.get("/admin/").content.decode()
    panel = html.split('id="sc-waiting-title"')[1].split("</section>")[0]
    assert story("en").title in panel
    assert review_url(french_translation()) in panel
    client.force_login(factories.user("not-a-reviewer"))
    assert "Waiting for your review" not in client.get("/admin/").content.decode()


def test_a_new_reviewer_gets_the_admin_in_their_language_unless_they_chose_one():
    person = factories.user(f"new-{uuid.uuid4().hex[:6]}")
    person.groups.add(factories.reviewer("ar").groups.first())
    assert UserProfile.get_for_user(person).preferred_language == "ar"
    chose = factories.user(f"chose-{uuid.uuid4().hex[:6]}")
    profile = UserProfile.get_for_user(chose)
    profile.preferred_language = "en"
    profile.save()
    chose.groups.add(factories.reviewer("fr").groups.first())
    assert UserProfile.get_for_user(chose).preferred_language == "en"


def test_the_editor_is_told_which_languages_are_being_drafted(client, admin_user):
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    english = story("en")
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:edit", args=[english.pk])
    data = nested_form_data(
        {
            "title": english.title,
            "slug": english.slug,
            "summary": english.summary,
            "publication_date": english.publication_date.isoformat(),
            "article_type": str(english.article_type_id),
            "body": streamfield(
                [("paragraph", rich_text(block.value.source)) for block in english.body]
            ),
            "report": streamfield([]),
            "downloads": streamfield([]),
            "themes": inline_formset([]),
            "authors": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = client.post(url, data)
    text = " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert "Machine drafts are being written in French, Spanish, Arabic, and Albanian" in text


def test_the_status_panel_and_the_page_tree_say_where_each_language_stands(client, admin_user):
    english = story("en")
    client.force_login(admin_user)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).content.decode()
    for language in ("French", "Spanish", "Arabic", "Albanian"):
        assert f"{language}</span>: 0 of" in editor or f"{language}</span>: <a" in editor
    tree = client.get(reverse("wagtailadmin_explore", args=[english.get_parent().pk]))
    html = tree.content.decode()
    assert 'class="sc-locale-statuses sc-locale-statuses--compact"' in html
    assert ">fr</span>: " in html


# --- speed ------------------------------------------------------------------------------


def test_the_review_screen_costs_the_same_queries_at_20_and_200_segments(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    fr = factories.locale("fr")
    client.force_login(factories.reviewer("fr"))
    counts = {}
    for size in (20, 200):
        _page, source = long_page(size)
        machine_translate(source, fr)
        translation = Translation.objects.get(source=source, target_locale=fr)
        client.get(review_url(translation))  # sessions, caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(review_url(translation)).status_code == 200
        counts[size] = len(queries.captured_queries)
    assert counts[20] == counts[200], counts
    print("review screen queries", counts)
