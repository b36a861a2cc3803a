"""The publish gate: no path publishes a translation with a segment nobody approved."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override as translation_override
from wagtail.models import Page, PageLogEntry
from wagtail_localize.models import Translation, TranslationSource

from sc_wagtail.translation.gate import TranslationNotReviewed
from tests import factories
from tests.translation.test_review_state import long_page, machine_translate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]


@pytest.fixture
def reviewer():
    return get_user_model().objects.create_user("fr-reviewer", password="x")


@pytest.fixture
def drafted():
    """An English page with machine drafts in French, saved as an unpublished French page."""
    _page, source = long_page(3)
    fr = factories.locale("fr")
    machine_translate(source, fr)
    translation = Translation.objects.get(source=source, target_locale=fr)
    with pytest.raises(ValidationError):
        translation.save_target(publish=True)
    return translation, translation.get_target_instance()


def is_live(page):
    return Page.objects.get(pk=page.pk).live


def test_publishing_through_wagtail_localize_saves_a_draft_and_says_why(drafted):
    translation, french = drafted
    assert not is_live(french)
    with (
        translation_override("en"),
        pytest.raises(ValidationError, match="5 of 5 segments in French are not approved yet"),
    ):
        translation.save_target(publish=True)
    assert not is_live(french)
    french = Page.objects.get(pk=french.pk)
    assert french.get_latest_revision().content["title"] == "[fr] Story 1"  # the draft
    assert french.title == "Story 1"  # the admin lists it under the source title


def test_publishing_a_revision_is_refused(drafted, admin_user):
    _translation, french = drafted
    revision = french.save_revision(user=admin_user)
    with (
        translation_override("en"),
        pytest.raises(TranslationNotReviewed, match="not approved yet"),
    ):
        revision.publish(user=admin_user)
    assert not is_live(french)


def test_the_page_editor_of_a_synced_translation_leads_to_the_review_screen(
    client, admin_user, drafted, reviewer, django_capture_on_commit_callbacks
):
    """wagtail-localize's own editor (and its Publish button) is not reachable: the page
    tree's and the editor's links, and a POST to its Publish, land on the review screen."""
    translation, french = drafted
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:edit", args=[french.pk])
    review = reverse("sc_translation_admin:review", args=[translation.pk])
    response = client.get(url)
    assert response.status_code == 302 and response["Location"] == review
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "publish"})
    assert response.status_code == 302 and response["Location"] == review
    assert not is_live(french)
    # The source page still opens in Wagtail's editor.
    english = Page.objects.get(translation_key=french.translation_key, locale__language_code="en")
    assert client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).status_code == 200


def test_a_scheduled_publish_waits_for_approval_then_goes_out_as_the_reviewer(drafted, reviewer):
    translation, french = drafted
    # The draft wagtail-localize saved, scheduled to go live a minute ago.
    revision = Page.objects.get(pk=french.pk).get_latest_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    call_command("publish_scheduled")
    assert not is_live(french)  # held back, the command did not crash

    factories.read_and_approve(translation.source, translation.target_locale, reviewer)
    call_command("publish_scheduled")
    assert is_live(french)


def test_once_every_segment_is_approved_the_reviewer_publishes(
    drafted, reviewer, django_capture_on_commit_callbacks
):
    translation, french = drafted
    factories.read_and_approve(translation.source, translation.target_locale, reviewer)
    # As a sync with "publish immediately" does; wagtail-localize publishes on commit.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert is_live(french)
    entry = PageLogEntry.objects.filter(page=french, action="wagtail.publish").latest("timestamp")
    assert entry.user == reviewer


def test_a_site_can_opt_out_and_publish_machine_drafts(drafted, django_capture_on_commit_callbacks):
    translation, french = drafted
    with (
        override_settings(SC_WAGTAIL={"MACHINE_TRANSLATION_POLICY": "publish_with_notice"}),
        django_capture_on_commit_callbacks(execute=True),
    ):
        translation.save_target(publish=True)
    assert is_live(french)
    # Readers are told, in their language, that the page is machine translated.
    from django.test import Client

    with override_settings(SC_WAGTAIL={"MACHINE_TRANSLATION_POLICY": "publish_with_notice"}):
        html = Client().get(Page.objects.get(pk=french.pk).url).content.decode()
    assert "traduites automatiquement" in html


def test_the_source_page_is_never_held(admin_user):
    english = factories.english_home()
    english.save_revision(user=admin_user).publish(user=admin_user)
    assert is_live(english)


def test_the_bulk_publish_action_is_refused(client, admin_user, drafted):
    _translation, french = drafted
    client.force_login(admin_user)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    client.post(f"{url}?id={french.pk}", {"include_descendants": ""})
    assert not is_live(french)
    # The same request publishes once the site opts out of the gate: the path itself works.
    with override_settings(SC_WAGTAIL={"MACHINE_TRANSLATION_POLICY": "publish_with_notice"}):
        client.post(f"{url}?id={french.pk}", {"include_descendants": ""})
    assert is_live(french)


def test_a_snippet_without_drafts_is_not_written_until_approved(reviewer):
    from sc_wagtail.core.models import City

    english = City.objects.get(name="Irbid", locale__language_code="en")
    french = City.objects.get(translation_key=english.translation_key, locale__language_code="fr")
    english.name = "Irbid Greater Municipality"
    english.save()
    source = TranslationSource.objects.get_for_instance(english)
    source.update_from_db()
    fr = factories.locale("fr")
    machine_translate(source, fr)  # "[fr] Irbid Greater Municipality"
    translation = Translation.objects.get(source=source, target_locale=fr)
    with pytest.raises(ValidationError):
        translation.save_target(publish=True)
    translation.save_target(publish=False)  # a sync without publishing writes nothing either
    french.refresh_from_db()
    assert french.name == "Irbid"
    factories.read_and_approve(source, fr, reviewer)
    translation.save_target(publish=True)
    french.refresh_from_db()
    assert french.name == "[fr] Irbid Greater Municipality"
