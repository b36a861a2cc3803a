"""What keeps TranslationProgress current: every change a row depends on, from our own code
and from wagtail-localize's (its sync, its editor, its PO upload)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from sc_wagtail.conf import sc_settings

from .models import SegmentReview, TranslationProblem
from .status import sources_of, touched


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


def _snippet_saved(sender, instance, raw=False, **kwargs):
    """A snippet without drafts is live as soon as its translation is written."""
    from wagtail.models import TranslatableMixin

    if raw or isinstance(instance, Page) or not isinstance(instance, TranslatableMixin):
        return
    if instance.locale.language_code != sc_settings.SOURCE_LOCALE:
        touched(sources_of(instance.translation_key))


def connect():
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
    post_save.connect(_snippet_saved, dispatch_uid="sc_p_snippet")
