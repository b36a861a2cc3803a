"""Attack 2: the gate checks the text being published, not only that approvals exist.

The set-up every test starts from is the one the attacker used: a French page whose every
segment a reviewer approved (rewritten as "Texte relu ..."), while its latest revision still
holds the machine draft ("[fr] ..."), because approving does not write a revision. Each path
that can publish or copy that revision is tried; the French public URL never shows "[fr]".
"""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import (
    GroupApprovalTask,
    Page,
    PageLogEntry,
    PageViewRestriction,
    Workflow,
    WorkflowTask,
)
from wagtail_localize.models import Translation

from sc_wagtail.core.models import City
from sc_wagtail.translation.checking import ApprovalRefused, approve_checked
from sc_wagtail.translation.gate import TranslationNotReviewed, publish_refusal
from sc_wagtail.translation.review import approve_all, save_translation, segment_states
from tests import factories
from tests.translation.test_review_state import long_page, machine_translate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]
MACHINE = "[fr]"
REVIEWED = "Texte relu"


@pytest.fixture
def reviewer():
    return factories.reviewer("fr", "claire")


@pytest.fixture
def reviewed(reviewer):
    """(translation, French page): every segment approved, the latest revision machine text."""
    _page, source = long_page(2)
    fr = factories.locale("fr")
    machine_translate(source, fr)
    translation = Translation.objects.get(source=source, target_locale=fr)
    translation.save_target(publish=False)  # the French page, a draft of machine text
    for number, state in enumerate(segment_states(source, fr)):
        save_translation(state, fr, f"{REVIEWED} {number}.", reviewer)
    assert approve_all(source, fr, reviewer, acknowledge=True) == len(segment_states(source, fr))
    french = translation.get_target_instance()
    assert MACHINE in french.get_latest_revision().content["title"]
    return translation, Page.objects.get(pk=french.pk).specific


def published_properly(translation, reviewer, capture):
    """The reviewer publishes from the review screen: the approved text goes live."""
    with capture(execute=True):
        translation.save_target(user=reviewer, publish=True)
    return Page.objects.get(pk=translation.get_target_instance().pk).specific


def public_text(client, page):
    """What a French reader gets at the page's French address."""
    url = "/fr/" + page.url_path.split("/", 2)[2]
    response = client.get(url)
    return response.status_code, response.content.decode()


def admin_messages(response):
    """The messages the admin queued for the user in this response (shown on the next page)."""
    from django.contrib.messages import get_messages

    return " ".join(str(message) for message in get_messages(response.wsgi_request))


def assert_no_machine_text(client, page):
    status, html = public_text(client, page)
    assert MACHINE not in html, html[:500]
    return status, html


def test_bulk_publishing_the_machine_revision_is_refused_with_the_gates_reason(
    client, admin_user, reviewed
):
    _translation, french = reviewed
    client.force_login(admin_user)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    response = client.post(f"{url}?id={french.pk}", {"include_descendants": ""})
    assert response.status_code == 302
    assert "not the text reviewers approved" in admin_messages(response)
    assert not Page.objects.get(pk=french.pk).live
    assert_no_machine_text(client, french)


def test_the_other_pages_of_a_bulk_publish_still_go_out(client, admin_user, reviewed):
    _translation, french = reviewed
    other = factories.news_page(french.get_parent().specific, 5, live=False)
    client.force_login(admin_user)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    client.post(f"{url}?id={french.pk}&id={other.pk}", {"include_descendants": ""})
    assert Page.objects.get(pk=other.pk).live and not Page.objects.get(pk=french.pk).live


def test_publishing_an_old_machine_revision_is_refused(
    client, reviewed, reviewer, admin_user, django_capture_on_commit_callbacks
):
    translation, french = reviewed
    machine_revision = french.get_latest_revision()
    live = published_properly(translation, reviewer, django_capture_on_commit_callbacks)
    assert live.live and live.title.startswith(REVIEWED)
    with pytest.raises(TranslationNotReviewed, match="not the text reviewers approved"):
        machine_revision.publish(user=admin_user)
    status, html = assert_no_machine_text(client, live)
    assert status == 200 and REVIEWED in html


def test_reverting_in_the_page_editor_is_refused_with_the_reason(
    client, reviewed, reviewer, admin_user, django_capture_on_commit_callbacks
):
    """With syncing stopped, the page editor is Wagtail's own: a revert posts the old
    revision's content and publishes it."""
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    translation, french = reviewed
    machine = french.get_latest_revision().as_object()
    live = published_properly(translation, reviewer, django_capture_on_commit_callbacks)
    translation.enabled = False
    translation.save()
    client.force_login(admin_user)
    data = nested_form_data(
        {
            "title": machine.title,
            "slug": live.slug,
            "summary": machine.summary,
            "publication_date": machine.publication_date.isoformat(),
            "article_type": str(machine.article_type_id),
            "body": streamfield(
                [("paragraph", rich_text(block.value.source)) for block in machine.body]
            ),
            "report": streamfield([]),
            "downloads": streamfield([]),
            "themes": inline_formset([]),
            "authors": inline_formset([]),
            "action-publish": "publish",
        }
    )
    edit = reverse("wagtailadmin_pages:edit", args=[live.pk])
    response = client.post(edit, data, HTTP_REFERER="http://testserver" + edit)
    assert response.status_code == 302 and response["Location"].endswith(edit)
    assert "not the text reviewers approved" in admin_messages(response)
    status, public = assert_no_machine_text(client, live)
    assert status == 200 and REVIEWED in public


def test_a_scheduled_machine_revision_waits_and_the_command_carries_on(client, reviewed):
    _translation, french = reviewed
    revision = french.get_latest_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    call_command("publish_scheduled")
    assert not Page.objects.get(pk=french.pk).live
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None  # still scheduled, not lost
    assert_no_machine_text(client, french)
    # The page's history says why it did not go out, for the editor who scheduled it.
    held = PageLogEntry.objects.filter(page=french, action="sc_wagtail.gate_held").get()
    assert "not approved" in held.data["reason"] or "not the text" in held.data["reason"]


def test_a_workflow_approval_of_the_machine_revision_is_refused(client, admin_user, reviewed):
    _translation, french = reviewed
    task = GroupApprovalTask.objects.create(name="Moderators approve")
    workflow = Workflow.objects.create(name="Moderation")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    workflow.start(french, admin_user)
    state = Page.objects.get(pk=french.pk).current_workflow_task_state
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:workflow_action", args=[french.pk, "approve", state.pk])
    edit = reverse("wagtailadmin_pages:edit", args=[french.pk])
    response = client.post(url, {}, HTTP_REFERER="http://testserver" + edit)
    assert "not the text reviewers approved" in admin_messages(response)
    assert not Page.objects.get(pk=french.pk).live
    assert_no_machine_text(client, french)


def test_the_review_screen_publishes_the_approved_text_only(
    client, reviewed, reviewer, admin_user, django_capture_on_commit_callbacks
):
    """wagtail-localize's editor is not reachable (its edit view leads here); the review
    screen's Publish writes the approved text, whatever the latest revision holds."""
    translation, french = reviewed
    url = reverse("sc_translation_admin:review", args=[translation.pk])
    edit = reverse("wagtailadmin_pages:edit", args=[french.pk])
    client.force_login(admin_user)
    assert client.post(edit, {"action": "publish"})["Location"] == url
    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "publish"})
    french = Page.objects.get(pk=french.pk)
    assert french.live and french.title.startswith(REVIEWED)
    status, _html = assert_no_machine_text(client, french)
    assert status == 200


def test_a_sync_with_publishing_keeps_the_live_approved_text(
    client, admin_user, reviewed, reviewer, django_capture_on_commit_callbacks
):
    translation, _french = reviewed
    live = published_properly(translation, reviewer, django_capture_on_commit_callbacks)
    english = Page.objects.get(pk=translation.source.get_source_instance().pk).specific
    data = english.body.raw_data
    data[0]["value"] = "<p>A paragraph the editor rewrote.</p>"
    english.body = data
    english.save_revision().publish()
    translation.source.update_from_db()
    machine_translate(translation.source, live.locale)  # the new paragraph, by machine
    client.force_login(admin_user)
    url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"publish_translations": "on"}, follow=True)
    status, html = assert_no_machine_text(client, live)
    assert status == 200 and REVIEWED in html


def test_copying_the_machine_draft_is_refused_and_a_copy_of_the_live_page_leaves_drafts_behind(
    client, admin_user, reviewed, reviewer, django_capture_on_commit_callbacks
):
    translation, french = reviewed
    parent = french.get_parent()
    client.force_login(admin_user)
    copy = reverse("wagtailadmin_pages:copy", args=[french.pk])
    back = "http://testserver" + reverse("wagtailadmin_explore", args=[parent.pk])
    response = client.post(
        copy,
        {"new_title": "Copie", "new_slug": "copie", "new_parent_page": parent.pk},
        HTTP_REFERER=back,
    )
    assert "not the text reviewers approved" in admin_messages(response)
    assert not Page.objects.filter(slug="copie").exists()

    live = published_properly(translation, reviewer, django_capture_on_commit_callbacks)
    # The live page's latest revision is approved; an older one is the machine draft.
    client.post(
        reverse("wagtailadmin_pages:copy", args=[live.pk]),
        {
            "new_title": "Copie",
            "new_slug": "copie",
            "new_parent_page": parent.pk,
            "publish_copies": "on",
        },
    )
    copied = Page.objects.get(slug="copie")
    assert copied.live
    assert all(MACHINE not in r.content["title"] for r in copied.revisions.all())
    assert all(MACHINE not in str(r.content.get("body", "")) for r in copied.revisions.all())


def test_an_alias_of_the_machine_draft_is_refused(client, admin_user, reviewed):
    _translation, french = reviewed
    parent = french.get_parent()
    client.force_login(admin_user)
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[french.pk]),
        {"new_title": "Alias", "new_slug": "alias", "new_parent_page": parent.pk, "alias": "on"},
        HTTP_REFERER="http://testserver/admin/",
    )
    assert "not the text reviewers approved" in admin_messages(response)
    assert not Page.objects.filter(slug="alias").exists()


def test_a_converted_alias_of_the_live_page_holds_only_approved_text(
    client, admin_user, reviewed, reviewer, django_capture_on_commit_callbacks
):
    translation, _french = reviewed
    live = published_properly(translation, reviewer, django_capture_on_commit_callbacks)
    alias = live.create_alias(parent=live.get_parent(), update_slug="alias-relu")
    client.force_login(admin_user)
    client.post(reverse("wagtailadmin_pages:convert_alias", args=[alias.pk]))
    alias = Page.objects.get(pk=alias.pk)
    assert alias.alias_of_id is None and alias.live
    assert [r.content["title"] for r in alias.revisions.all()] == [live.title]
    assert_no_machine_text(client, alias)


def test_moving_the_machine_draft_does_not_publish_it(client, admin_user, reviewed):
    _translation, french = reviewed
    destination = factories.news_index("autres-actualites", parent=factories.home("fr"))
    client.force_login(admin_user)
    client.post(reverse("wagtailadmin_pages:move_confirm", args=[french.pk, destination.pk]))
    moved = Page.objects.get(pk=french.pk)
    assert moved.get_parent().pk == destination.pk and not moved.live
    with pytest.raises(TranslationNotReviewed):
        moved.get_latest_revision().publish()
    assert_no_machine_text(client, moved)


def test_a_snippet_translation_is_saved_only_with_its_approved_text():
    english = City.objects.get(name="Irbid", locale__language_code="en")
    french = City.objects.get(translation_key=english.translation_key, locale__language_code="fr")
    english.name = "Irbid Greater Municipality"
    english.save()
    source = Translation.objects.get(
        source__object_id=english.translation_key, target_locale__language_code="fr"
    ).source
    source.update_from_db()
    machine_translate(source, factories.locale("fr"))
    french.name = "[fr] Irbid Greater Municipality"  # a revision revert or a direct save
    with pytest.raises(TranslationNotReviewed):
        french.save()
    french.refresh_from_db()
    assert french.name == "Irbid"


def test_text_wagtail_localize_rejects_cannot_be_approved(reviewer):
    page, source = long_page(1)
    fr = factories.locale("fr")
    machine_translate(source, fr)
    state = next(s for s in segment_states(source, fr) if s.segment.context.path.startswith("body"))
    for text in ("Un <p>bloc</p> dans la phrase", 'Un <a href="https://evil.example">lien</a>'):
        save_translation(state, fr, text, reviewer)
        state = next(s for s in segment_states(source, fr) if s.segment.pk == state.segment.pk)
        with pytest.raises(ApprovalRefused, match="markup"):
            approve_checked(source, fr, state, reviewer, [])
    assert page and publish_refusal(Page.objects.get(pk=page.pk)) is None  # the source passes


def test_private_translations_are_still_held(client, admin_user, reviewed):
    _translation, french = reviewed
    PageViewRestriction.objects.create(page=french, restriction_type="login")
    with pytest.raises(TranslationNotReviewed):
        french.get_latest_revision().publish()
    client.force_login(admin_user)  # a reader the restriction lets in
    assert_no_machine_text(client, french)


def tampered_revision(live, change):
    """A revision of the live French page whose every word is still the approved text, with
    ``change`` applied to its body's raw data."""
    page = live.get_latest_revision().as_object()
    body = page.body.raw_data
    change(body)
    page.body = body
    return page.save_revision()


@pytest.mark.parametrize(
    "change",
    [
        # The approved words inside a link nobody reviewed.
        lambda body: body.__setitem__(
            0,
            {
                **body[0],
                "value": body[0]["value"]
                .replace("<p>", '<p><a href="https://attacker.example/">')
                .replace("</p>", "</a></p>"),
            },
        ),
        # The approved words, in bold.
        lambda body: body.__setitem__(
            0,
            {
                **body[0],
                "value": body[0]["value"].replace("<p>", "<p><b>").replace("</p>", "</b></p>"),
            },
        ),
        # An approved paragraph twice.
        lambda body: body.append({**body[0], "id": "0f0e0d0c-0000-4000-8000-000000000000"}),
    ],
    ids=["a-new-link", "bold", "a-repeated-block"],
)
def test_a_revision_with_the_approved_words_but_other_markup_or_blocks_is_refused(
    client, reviewed, reviewer, admin_user, change, django_capture_on_commit_callbacks
):
    translation, _french = reviewed
    live = published_properly(translation, reviewer, django_capture_on_commit_callbacks)
    revision = tampered_revision(live, change)
    with pytest.raises(TranslationNotReviewed, match="not the text reviewers approved"):
        revision.publish(user=admin_user)
    status, html = assert_no_machine_text(client, live)
    assert status == 200 and f"{REVIEWED} " in html
    assert "attacker.example" not in html and "<b>" not in html


def test_a_crash_between_the_draft_and_the_restore_leaves_the_approved_text_live(
    client, reviewed, reviewer, monkeypatch, django_capture_on_commit_callbacks
):
    """wagtail-localize writes a new draft into the live row before the gate puts the approved
    text back: both happen in one transaction, so a worker that dies in between (or a reader
    who comes in between) never sees the machine text."""
    from sc_wagtail.translation import guards

    translation, _french = reviewed
    live = published_properly(translation, reviewer, django_capture_on_commit_callbacks)
    english = Page.objects.get(pk=translation.source.get_source_instance().pk).specific
    data = english.body.raw_data
    data[0]["value"] = "<p>A paragraph the editor rewrote.</p>"
    english.body = data
    english.save_revision().publish()
    translation.source.update_from_db()
    machine_translate(translation.source, live.locale)

    def worker_dies(*args, **kwargs):
        raise RuntimeError("the worker was killed")

    monkeypatch.setattr(guards, "_restore_live_content", worker_dies)
    with pytest.raises(RuntimeError):
        translation.save_target(publish=False)
    status, html = assert_no_machine_text(client, live)
    assert status == 200 and f"{REVIEWED} " in html
