"""The "Translation review" workflow task: reviewers of the page's language, approval only
when every segment is approved, publishing recorded as the reviewer."""

import pytest
from django.core.exceptions import PermissionDenied
from wagtail.models import Page, PageLogEntry, Workflow, WorkflowTask
from wagtail_localize.models import TranslationSource

from sc_wagtail.translation.models import TranslationReviewTask
from tests import factories
from tests.translation.test_pipeline import story
from tests.translation.test_review_screen import reviewer_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]


@pytest.fixture
def in_workflow(admin_user):
    task = TranslationReviewTask.objects.create(name="Translation review")
    workflow = Workflow.objects.create(name="Translations")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    french = story("fr")
    workflow.start(french, admin_user)
    return task, Page.objects.get(pk=french.pk).specific


def current_task_state(page):
    return page.current_workflow_task_state.specific


def test_only_the_languages_reviewers_get_actions(in_workflow):
    task, french = in_workflow
    french_reviewer, arabic_reviewer = reviewer_for("fr"), reviewer_for("ar")
    assert task.get_actions(french, arabic_reviewer) == []
    assert [a[0] for a in task.get_actions(french, french_reviewer)] == ["reject"]  # not yet
    assert task.locked_for_user(french, arabic_reviewer)
    assert list(task.get_task_states_user_can_moderate(french_reviewer)) == [
        current_task_state(french)
    ]
    assert not task.get_task_states_user_can_moderate(arabic_reviewer).exists()
    with pytest.raises(PermissionDenied):
        task.on_action(current_task_state(french), arabic_reviewer, "approve")


def test_approval_needs_every_segment_then_publishes_as_the_reviewer(
    in_workflow, django_capture_on_commit_callbacks
):
    task, french = in_workflow
    reviewer = reviewer_for("fr")
    with pytest.raises(PermissionDenied, match="approve them all first"):
        task.on_action(current_task_state(french), reviewer, "approve")
    source = TranslationSource.objects.get_for_instance(story("en"))
    factories.read_and_approve(source, french.locale, reviewer)
    assert "approve" in [a[0] for a in task.get_actions(french, reviewer)]
    with django_capture_on_commit_callbacks(execute=True):
        task.on_action(current_task_state(french), reviewer, "approve")
    french = Page.objects.get(pk=french.pk)
    assert french.live
    entry = PageLogEntry.objects.filter(page=french, action="wagtail.publish").latest("timestamp")
    assert entry.user == reviewer
