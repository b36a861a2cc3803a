"""Keep report figures in step with publishing: publish, unpublish and delete."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from .figures import refresh


def _has_report_field(page):
    return hasattr(page, "report")


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    if _has_report_field(instance):
        refresh(instance.translation_key)


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and _has_report_field(instance):
        refresh(instance.translation_key, deleted=instance.pk)
