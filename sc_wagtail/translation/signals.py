"""Every signal the translation app listens to, connected in one place (``connect()``, from
TranslationConfig.ready):

- an English page published or translatable snippet saved starts machine drafts (pipeline);
- a translated snippet without drafts is saved only with its approved text (the gate);
- TranslationProgress rows stay current on every change they depend on, from our own code
  and from wagtail-localize's (its sync, its editor, its PO upload).

Snippets have no publish signal, so two receivers listen to every model's save and first
ask ``translatable_snippet()``.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.models import Page, TranslatableMixin
from wagtail.signals import page_published, page_unpublished
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from sc_wagtail.conf import sc_settings

from . import guards, pipeline
from .models import SegmentReview, TranslationProblem
from .status import sources_of, touched


def translatable_snippet(instance, raw=False):
    """True for a registered, translatable snippet (not a page, not a page's child row)."""
    return (
        not raw
        and not isinstance(instance, Page)
        and isinstance(instance, TranslatableMixin)
        and type(instance) in get_snippet_models()
    )


def _snippet_saving(sender, instance, raw=False, **kwargs):
    if translatable_snippet(instance, raw):
        guards.refuse_unapproved_snippet(instance)


def _snippet_saved(sender, instance, raw=False, **kwargs):
    if not translatable_snippet(instance, raw):
        return
    if instance.locale.language_code == sc_settings.SOURCE_LOCALE:
        pipeline.on_snippet_saved(instance)
    else:
        touched(sources_of(instance.translation_key))  # live as soon as it is written


def _later(ids):
    """After a deletion: once the transaction commits. wagtail-localize deletes a deleted
    object's strings, translations and then its source: refreshing in between would write
    rows for a source about to go."""
    transaction.on_commit(lambda: touched(ids))


def _string_changed(sender, instance, raw=False, **kwargs):
    if not raw and instance.context_id:
        touched(sources_of(instance.context.object_id))


def _string_deleted(sender, instance, **kwargs):
    _later(sources_of(instance.context.object_id) if instance.context_id else [])


def _review_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        touched([instance.source_id])


def _review_deleted(sender, instance, **kwargs):
    # A reopened segment (review.reopen) refreshes itself; a cascade waits for the commit.
    _later([instance.source_id])


def _source_changed(sender, instance, raw=False, **kwargs):
    if not raw and instance.locale.language_code == sc_settings.SOURCE_LOCALE:
        touched([instance.pk])


def _translation_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        touched([instance.source_id])


def _translation_deleted(sender, instance, **kwargs):
    _later([instance.source_id])


def _problem_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        touched(sources_of(instance.page.translation_key))


def _target_published(sender, instance, **kwargs):
    if instance.locale.language_code != sc_settings.SOURCE_LOCALE:
        touched(sources_of(instance.translation_key))


def _reviewer_joined(sender, instance, action, reverse, pk_set, **kwargs):
    """A user who joins a locale's reviewers gets the admin in that locale's language, unless
    they chose one (their account settings change it at any time)."""
    if action != "post_add" or not pk_set:
        return
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.users.models import UserProfile

    from .permissions import reviewer_language

    if reverse:  # group.user_set.add(...)
        users, groups = get_user_model().objects.filter(pk__in=pk_set), [instance]
    else:  # user.groups.add(...)
        users, groups = [instance], Group.objects.filter(pk__in=pk_set)
    codes = [code for code in (reviewer_language(group.name) for group in groups) if code]
    if not codes:
        return
    for user in users:
        profile = UserProfile.get_for_user(user)
        if not profile.preferred_language:
            profile.preferred_language = codes[0]
            profile.save(update_fields=["preferred_language"])


def connect():
    from django.contrib.auth import get_user_model
    from django.db.models.signals import m2m_changed

    m2m_changed.connect(
        _reviewer_joined,
        sender=get_user_model().groups.through,
        dispatch_uid="sc_translation_reviewer_language",
    )
    page_published.connect(pipeline.on_page_published, dispatch_uid="sc_translation_drafts")
    pre_save.connect(_snippet_saving, dispatch_uid="sc_translation_snippet_gate")
    post_save.connect(_snippet_saved, dispatch_uid="sc_translation_snippet_saved")
    post_save.connect(_string_changed, sender=StringTranslation, dispatch_uid="sc_p_st")
    post_delete.connect(_string_deleted, sender=StringTranslation, dispatch_uid="sc_p_st_del")
    post_save.connect(_review_changed, sender=SegmentReview, dispatch_uid="sc_p_sr")
    post_delete.connect(_review_deleted, sender=SegmentReview, dispatch_uid="sc_p_sr_del")
    post_save.connect(_translation_changed, sender=Translation, dispatch_uid="sc_p_tr")
    post_delete.connect(_translation_deleted, sender=Translation, dispatch_uid="sc_p_tr_del")
    for signal in (post_save, post_delete):
        signal.connect(
            _problem_changed, sender=TranslationProblem, dispatch_uid=f"sc_p_pb_{signal}"
        )
    post_save.connect(_source_changed, sender=TranslationSource, dispatch_uid="sc_p_source")
    page_published.connect(_target_published, dispatch_uid="sc_p_published")
    page_unpublished.connect(_target_published, dispatch_uid="sc_p_unpublished")
