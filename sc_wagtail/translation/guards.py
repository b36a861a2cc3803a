"""Where the publish gate (gate.py) is attached to Wagtail and wagtail-localize.

Every way a translation's text can reach readers ends in one of these calls, so the gate
wraps them (``install()``, from TranslationConfig.ready; the system check
``sc_wagtail.E010`` fails start-up if an upgrade moved them):

- ``PublishRevisionAction.execute`` (Wagtail): every revision publish of a page or a
  draft-state snippet: the page editor, a revert, an old revision, bulk publish, workflow
  approval, the API. The revision's content is compared with the approved text. Scheduled
  publishing (a revision with an approved go-live time) is left scheduled and logged, so the
  other scheduled pages still go out.
- ``Translation.save_target`` (wagtail-localize): its editor's Publish button and "sync
  translated pages". The target is saved as a draft and a ValidationError says why;
  wagtail-localize's views show it or, for syncs, carry on with the other locales.
- ``CopyPageAction.execute`` and ``CreatePageAliasAction.execute`` (Wagtail): a copy or an
  alias of a translation takes its row, so it must hold approved text; a copy leaves the
  earlier revisions behind (they may hold machine drafts, and the copy is no translation any
  more, so nothing would stop them later).
- the save of a snippet without drafts (``refuse_unapproved_snippet``, connected to
  ``pre_save`` in signals.py): saving puts its text live, so a translation is saved only
  with its approved text (a revision revert, a direct save).
"""

import functools
import logging

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.create_alias import CreatePageAliasAction
from wagtail.actions.publish_revision import PublishRevisionAction
from wagtail.log_actions import log
from wagtail.models import DraftStateMixin, Page

from . import page_rows
from .gate import (
    TranslationNotReviewed,
    blocking_reason,
    content_reason,
    gate_applies,
    last_approver,
    publish_refusal,
    translation_for,
)
from .notice import end_when_reviewed, with_notice
from .permissions import can_review
from .review import segment_states

logger = logging.getLogger(__name__)
MARK = "__sc_gate__"
# The log action of a scheduled publish the gate held back (registered in wagtail_hooks).
GATE_HELD = "sc_wagtail.gate_held"


def _gated(original, replacement):
    wrapper = functools.wraps(original)(replacement)
    setattr(wrapper, MARK, True)
    return wrapper


def is_gated(method):
    return getattr(method, MARK, False)


def install():
    """Wrap the calls listed in the module docstring. Safe to call twice."""
    from wagtail_localize.models import Translation

    if is_gated(PublishRevisionAction.execute):
        return
    PublishRevisionAction.execute = _gated(PublishRevisionAction.execute, _publish_revision)
    Translation.save_target = _gated(Translation.save_target, _save_target)
    CopyPageAction.execute = _gated(CopyPageAction.execute, _copy_page)
    CreatePageAliasAction.execute = _gated(CreatePageAliasAction.execute, _create_alias)


def wrapped_calls():
    """(name, method) of every call the gate must wrap: what the system check looks at."""
    from wagtail.actions.publish_page_revision import PublishPageRevisionAction
    from wagtail_localize.models import Translation

    return [
        ("wagtail PublishRevisionAction.execute", PublishRevisionAction.execute),
        ("wagtail PublishPageRevisionAction.execute", PublishPageRevisionAction.execute),
        ("wagtail-localize Translation.save_target", Translation.save_target),
        ("wagtail CopyPageAction.execute", CopyPageAction.execute),
        ("wagtail CreatePageAliasAction.execute", CreatePageAliasAction.execute),
    ]


def _is_scheduled(action):
    """Scheduled publishing publishes a revision that carries its approved go-live time."""
    go_live = action.revision.approved_go_live_at
    return go_live is not None


def _publish_revision(self, *args, **kwargs):
    original = PublishRevisionAction.execute.__wrapped__
    translation = translation_for(self.object) if gate_applies() else None
    if translation is None:
        return original(self, *args, **kwargs)
    reason = publish_refusal(self.object, translation)
    if reason:
        if _is_scheduled(self):
            # Nobody is in the admin to read an error: the page's history says why, and the
            # other scheduled pages still go out.
            logger.warning("Scheduled publish of %r held back: %s", self.object, reason)
            log(
                instance=self.object,
                action=GATE_HELD,
                revision=self.revision,
                data={"reason": reason},
            )
            return None
        raise TranslationNotReviewed(reason)
    if isinstance(self.object, Page):
        page_rows.slug_on_publish(translation, self.revision, self.object)
    skip = kwargs.pop("skip_permission_checks", args[0] if args else False)
    args = args[1:]
    if self.user is None:
        # Published by a sync or on commit: the reviewer who approved it publishes.
        self.user = last_approver(translation.source, translation.target_locale)
        skip = True
    elif can_review(self.user, translation.target_locale):
        # A language's reviewers publish what they approved (review screen, workflow),
        # without page publishing rights elsewhere.
        skip = True
    result = original(self, *args, skip_permission_checks=skip, **kwargs)
    if with_notice(translation) and not blocking_reason(
        translation.source, translation.target_locale
    ):
        end_when_reviewed(translation)  # the reviewed version is live: no notice any more
    return result


def _save_target(self, *args, **kwargs):
    from wagtail_localize.models import Translation

    original = Translation.save_target.__wrapped__
    user = kwargs.pop("user", args[0] if args else None)
    publish = kwargs.pop("publish", args[1] if len(args) > 1 else True)
    states = segment_states(self.source, self.target_locale)
    if not gate_applies() or with_notice(self):
        with transaction.atomic():
            result = original(self, user=user, publish=publish, **kwargs)
            page_rows.apply(self, states, reviewed=False)
        return result
    reason = blocking_reason(self.source, self.target_locale, states)
    model = self.source.specific_content_type.model_class()
    if not issubclass(model, Page | DraftStateMixin):
        # No drafts: saving puts the text live, so nothing is written until every segment
        # is approved (and refuse_unapproved_snippet compares the text itself).
        if reason:
            if publish:
                raise ValidationError(reason)
            return None
        return original(self, user=user, publish=publish, **kwargs)
    # wagtail-localize writes the new text into the page row, which Wagtail serves while the
    # page is live: the write and the restore of the approved text are one transaction, so
    # no reader ever gets the text in between, and a crash leaves the approved text live.
    # The slug and admin title (page_rows) are set in it too, so the publish wagtail-localize
    # defers to the commit sees them (it copies the source's slug, non-ASCII letters lost).
    with transaction.atomic():
        live_revision_id = _live_revision_id(self)
        result = original(self, user=user, publish=publish and not reason, **kwargs)
        if reason is None:
            # Every segment approved: the row must now hold exactly the approved text.
            reason = content_reason(self.get_target_instance(), self, states)
            if reason and publish:
                raise ValidationError(reason)  # rolls the write (and its publish) back
        if reason and live_revision_id:
            _restore_live_content(self, live_revision_id)
        page_rows.apply(self, states, reviewed=True)
    if reason and publish:
        raise ValidationError(reason)
    return result if not reason else None


def _copy_page(self, *args, **kwargs):
    original = CopyPageAction.execute.__wrapped__
    if gate_applies():
        for page in _subtree(self.page, self.recursive):
            _refuse_unapproved_row(page)
            if translation_for(page) is not None:
                # Earlier revisions may be machine drafts, and the copy is no translation.
                self.copy_revisions = False
    return original(self, *args, **kwargs)


def _create_alias(self, *args, **kwargs):
    original = CreatePageAliasAction.execute.__wrapped__
    if gate_applies():
        for page in _subtree(self.page, self.recursive):
            _refuse_unapproved_row(page)
    return original(self, *args, **kwargs)


def _subtree(page, recursive):
    pages = [page.specific]
    if recursive:
        pages += list(page.get_descendants().specific())
    return pages


def _refuse_unapproved_row(page):
    """The page row is what a copy or alias takes: it must be the approved text."""
    reason = publish_refusal(page)
    if reason:
        raise TranslationNotReviewed(reason)


def refuse_unapproved_snippet(instance):
    """A translated snippet without drafts is written only with its approved text (its save
    puts it live): a revision revert, a direct save. Called before every snippet save."""
    if isinstance(instance, DraftStateMixin) or instance.pk is None or not gate_applies():
        return
    reason = publish_refusal(instance)
    if reason:
        raise TranslationNotReviewed(reason)


def _live_revision_id(translation):
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        return None
    if not getattr(target, "live", False):
        return None
    if target.live_revision_id:
        return target.live_revision_id
    # A live row whose live revision was lost: the last one published, from the log.
    from wagtail.log_actions import registry

    entry = (
        registry.get_logs_for_instance(target)
        .filter(action="wagtail.publish", revision__isnull=False)
        .order_by("-timestamp")
        .first()
    )
    return entry.revision_id if entry else None


def _restore_live_content(translation, live_revision_id):
    """Put the approved, live content back in the row.

    wagtail-localize writes a translation's content into the row even when it does not
    publish, and Wagtail serves a live page from that row: unreviewed text would reach
    readers. The new text stays in the latest revision, as a draft waiting for review.
    Wagtail's ``with_content_json`` keeps the row's tree and lock fields but takes
    ``live_revision`` and ``last_published_at`` from the revision, which was saved before it
    was published: they are kept from the row, or the next sync would find no live revision
    to restore and write the draft into the live row.
    """
    from wagtail.models import Revision

    target = translation.get_target_instance()
    latest = target.latest_revision
    restored = Revision.objects.get(pk=live_revision_id).as_object()
    restored.latest_revision = latest
    restored.live_revision_id = live_revision_id
    restored.last_published_at = getattr(target, "last_published_at", None)
    restored.has_unpublished_changes = True
    if isinstance(restored, Page):
        restored.save(clean=False)
    else:
        restored.save()
