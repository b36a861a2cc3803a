"""Keep report figures in step with what readers can see: publish, unpublish, delete, and a
view restriction added or removed (only live, public reports count)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.signals import page_published, page_unpublished

from sc_wagtail.blocks.report import ReportPageMixin

from .figures import refresh


def page_changed(sender, instance, **kwargs):
    if isinstance(instance, ReportPageMixin):
        refresh(instance.translation_key)


def page_deleted(sender, instance, **kwargs):
    refresh(instance.translation_key, deleted=instance.pk)


def privacy_changed(sender, instance, **kwargs):
    keys = (
        Page.objects.descendant_of(instance.page, inclusive=True)
        .values_list("translation_key", flat=True)
        .distinct()
    )
    for key in keys:
        refresh(key)


def connect():
    page_published.connect(page_changed, dispatch_uid="sc_impact_published")
    page_unpublished.connect(page_changed, dispatch_uid="sc_impact_unpublished")
    # Only the page types that carry a report, not every model's deletion.
    for model in get_page_models():
        if issubclass(model, ReportPageMixin):
            post_delete.connect(page_deleted, sender=model, dispatch_uid=f"sc_impact_{model}")
    for signal in (post_save, post_delete):
        signal.connect(
            privacy_changed, sender=PageViewRestriction, dispatch_uid=f"sc_impact_{signal}"
        )
