"""Every way into translating a page or snippet leads to the review screen, never to
wagtail-localize's own editor (which has a Publish button of its own)."""

import pytest
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from sc_wagtail.core.models import City
from tests import factories
from tests.translation.test_pipeline import story

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]


def review_url(translation):
    return reverse("sc_translation_admin:review", args=[translation.pk])


def french_story_translation():
    return Translation.objects.get(
        source__object_id=story("en").translation_key, target_locale__language_code="fr"
    )


def final(client, url, method="get", data=None):
    """Where a user ends up: the last Location of the redirect chain."""
    response = getattr(client, method)(url, data or {}, follow=True)
    return response.redirect_chain[-1][0] if response.redirect_chain else url


def test_the_page_tree_and_the_editor_lead_to_the_review_screen(client, admin_user):
    translation = french_story_translation()
    french = translation.get_target_instance()
    client.force_login(admin_user)
    # The page tree's title link and "Edit" button are the edit view.
    explore = client.get(reverse("wagtailadmin_explore", args=[french.get_parent().pk]))
    edit = reverse("wagtailadmin_pages:edit", args=[french.pk])
    assert edit in explore.content.decode()
    assert final(client, edit) == review_url(translation)
    assert final(client, edit, "post", {"action": "publish"}) == review_url(translation)
    assert not french.__class__.objects.get(pk=french.pk).live


def test_the_snippet_editor_leads_to_the_review_screen(client, admin_user):
    english = City.objects.get(name="Irbid", locale__language_code="en")
    source = TranslationSource.objects.get_for_instance(english)
    translation = Translation.objects.get(source=source, target_locale__language_code="fr")
    french = City.objects.get(translation_key=english.translation_key, locale__language_code="fr")
    client.force_login(admin_user)
    edit = AdminURLFinder(admin_user).get_edit_url(french)
    assert final(client, edit) == review_url(translation)
    # The English city still opens in Wagtail's snippet editor.
    assert client.get(AdminURLFinder(admin_user).get_edit_url(english)).status_code == 200


def test_translate_this_page_and_sync_end_on_the_review_screen(client, admin_user):
    english = story("en")
    client.force_login(admin_user)
    # "Sync translated pages" (wagtail-localize) saves drafts, then opens the editor.
    source = TranslationSource.objects.get_for_instance(english)
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    french = french_story_translation()
    landed = final(
        client,
        sync
        + "?next="
        + reverse("wagtailadmin_pages:edit", args=[french.get_target_instance().pk]),
        "post",
        {},
    )
    assert landed == review_url(french)
    # "Translate this page" into a locale the page is not in yet: its editor is ours too.
    Translation.objects.filter(source=source, target_locale__language_code="sq").delete()
    albanian = french.get_target_instance().get_translation_or_none(
        Locale.objects.get(language_code="sq")
    )
    if albanian is not None:
        albanian.delete()
    submit = reverse("wagtail_localize:submit_page_translation", args=[english.pk])
    sq = Locale.objects.get(language_code="sq")
    landed = final(client, submit, "post", {"locales": [sq.pk]})
    translation = Translation.objects.get(source=source, target_locale=sq)
    assert landed == review_url(translation)


def test_reviewer_emails_link_to_the_review_screen(django_capture_on_commit_callbacks):
    from django.core import mail

    from sc_wagtail.translation.notify import notify_reviewers

    translation = french_story_translation()
    factories.reviewer("fr", "claire")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        notify_reviewers(translation.pk, round_key="test")
    assert mail.outbox and all(review_url(translation) in m.body for m in mail.outbox)
