"""The publish gate: a translation goes live only when a person has approved every segment.

wagtail-localize and Wagtail have several ways to publish a translated page or snippet: the
translation editor's Publish button, "sync translated pages" with "publish immediately", the
page editor, bulk actions, scheduled publishing, the API. They all end in one of two calls,
so the gate sits there (installed by TranslationConfig.ready):

- ``Translation.save_target(publish=True)`` (wagtail-localize): the target is saved as a
  draft and a ValidationError says why it was not published; wagtail-localize's views show
  it or, for syncs, carry on with the other locales.
- ``PublishRevisionAction.execute`` (Wagtail: every revision publish, pages and snippets):
  raises TranslationNotReviewed (a PublishPermissionError), except for scheduled publishing,
  which leaves the revision scheduled and logs a warning so the other scheduled pages go out.

A site that opts out (``SC_WAGTAIL["MACHINE_TRANSLATION_POLICY"] = "publish_with_notice"``)
publishes machine drafts; its templates show a notice instead.
"""

import logging

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.utils.translation import ngettext
from wagtail.actions.publish_revision import PublishPermissionError, PublishRevisionAction
from wagtail.models import DraftStateMixin, Page, TranslatableMixin

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.formatting import language_name

from .permissions import can_review
from .review import APPROVED, segment_states

logger = logging.getLogger(__name__)


class TranslationNotReviewed(PublishPermissionError):
    """A translation with segments nobody approved was asked to go live."""


def gate_applies():
    return sc_settings.MACHINE_TRANSLATION_POLICY == "review"


def translation_for(obj):
    """The wagtail-localize Translation that ``obj`` is the target of, or None."""
    from wagtail_localize.models import Translation

    if not isinstance(obj, TranslatableMixin) or obj.locale_id is None:
        return None
    return (
        Translation.objects.filter(
            source__object_id=obj.translation_key, target_locale_id=obj.locale_id
        )
        .exclude(source__locale_id=obj.locale_id)
        .select_related("source", "target_locale")
        .first()
    )


def blocking_reason(source, locale):
    """Why this locale's translation of ``source`` may not go live, or None."""
    if not gate_applies():
        return None
    states = segment_states(source, locale)
    pending = sum(1 for state in states if state.state != APPROVED)
    if not pending:
        return _qa_reason(states, locale)
    return ngettext(
        "%(pending)s of %(total)s segments in %(language)s is not approved yet: a reviewer "
        "must approve it before this translation can be published.",
        "%(pending)s of %(total)s segments in %(language)s are not approved yet: a reviewer "
        "must approve them before this translation can be published.",
        pending,
    ) % {
        "pending": pending,
        "total": len(states),
        "language": language_name(locale.language_code),
    }


def _qa_reason(states, locale):
    """Approved text is checked again: a finding may have appeared since (a glossary change)."""
    from .checking import open_findings

    with_errors, with_warnings = open_findings(states, locale.language_code)
    if with_errors:
        return ngettext(
            "%(count)s approved segment in %(language)s now has a QA error: a reviewer must "
            "fix it before this translation can be published.",
            "%(count)s approved segments in %(language)s now have QA errors: a reviewer must "
            "fix them before this translation can be published.",
            with_errors,
        ) % {"count": with_errors, "language": language_name(locale.language_code)}
    if with_warnings:
        return ngettext(
            "%(count)s segment in %(language)s has a QA warning nobody has acknowledged: a "
            "reviewer must check it before this translation can be published.",
            "%(count)s segments in %(language)s have QA warnings nobody has acknowledged: a "
            "reviewer must check them before this translation can be published.",
            with_warnings,
        ) % {"count": with_warnings, "language": language_name(locale.language_code)}
    return None


def last_approver(source, locale):
    from .models import SegmentReview

    review = (
        SegmentReview.objects.filter(source=source, locale=locale, approved_by__isnull=False)
        .select_related("approved_by")
        .order_by("-approved_at")
        .first()
    )
    return review.approved_by if review else None


def _live_revision_id(translation):
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        return None
    if not getattr(target, "live", False):
        return None
    return target.live_revision_id


def _restore_live_content(translation, live_revision_id):
    """Put the approved, live content back in the page row.

    wagtail-localize writes a translation's content into the page row even when it does
    not publish, and Wagtail serves a live page from that row: unreviewed text would reach
    readers. The new text stays in the latest revision, as a draft waiting for review.
    """
    from wagtail.models import Revision

    target = translation.get_target_instance()
    latest = target.latest_revision
    restored = Revision.objects.get(pk=live_revision_id).as_object()
    restored.latest_revision = latest
    restored.has_unpublished_changes = True
    if hasattr(restored, "draft_title") and latest is not None:
        restored.draft_title = latest.content.get("title", restored.draft_title)
    if isinstance(restored, Page):
        restored.save(clean=False)
    else:
        restored.save()


def install():
    """Wrap the two publishing calls (see the module docstring). Safe to call twice."""
    from wagtail_localize.models import Translation

    if getattr(PublishRevisionAction.execute, "_sc_gate", False):
        return
    original_execute = PublishRevisionAction.execute
    original_save_target = Translation.save_target

    def execute(self, skip_permission_checks=False):
        translation = translation_for(self.object) if gate_applies() else None
        if translation is not None:
            reason = blocking_reason(translation.source, translation.target_locale)
            if reason:
                if self.log_action == "wagtail.publish.scheduled":
                    logger.warning("Scheduled publish of %r held back: %s", self.object, reason)
                    return None
                raise TranslationNotReviewed(reason)
            if self.user is None:
                # Published by a sync or on commit: the reviewer who approved it publishes.
                self.user = last_approver(translation.source, translation.target_locale)
                skip_permission_checks = True
            elif can_review(self.user, translation.target_locale):
                # A language's reviewers publish what they approved (review screen, workflow),
                # without page publishing rights elsewhere.
                skip_permission_checks = True
        return original_execute(self, skip_permission_checks=skip_permission_checks)

    def save_target(self, user=None, publish=True):
        reason = blocking_reason(self.source, self.target_locale) if gate_applies() else None
        if not reason:
            return original_save_target(self, user=user, publish=publish)
        model = self.source.specific_content_type.model_class()
        if issubclass(model, Page | DraftStateMixin):
            # Keep the new text as a draft revision; readers keep the approved text.
            live_revision_id = _live_revision_id(self)
            original_save_target(self, user=user, publish=False)
            if live_revision_id:
                _restore_live_content(self, live_revision_id)
        # Other snippets have no drafts: saving would put the text live, so nothing is
        # written until every segment is approved.
        if publish:
            raise ValidationError(reason)
        return None

    execute._sc_gate = True
    PublishRevisionAction.execute = execute
    Translation.save_target = save_target
