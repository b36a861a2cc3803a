"""What publishing does to report PDFs: a render on publish; the file deleted when the page
is unpublished, deleted or its privacy changes (it is rendered again when asked for)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from sc_wagtail.blocks.report import has_report

from .models import PdfArtefact
from .tasks import request_render


def render_on_publish(sender, instance, **kwargs):
    if has_report(instance):
        request_render(instance)


def forget_on_unpublish(sender, instance, **kwargs):
    PdfArtefact.objects.filter(page_id=instance.pk).delete()


def forget_on_privacy_change(sender, instance, **kwargs):
    """A view restriction added to or removed from a page applies to its descendants too."""
    pages = Page.objects.descendant_of(instance.page, inclusive=True).values("pk")
    PdfArtefact.objects.filter(page_id__in=pages).delete()


def delete_file(sender, instance, **kwargs):
    if instance.file:
        storage, name = instance.file.storage, instance.file.name
        transaction.on_commit(lambda: storage.delete(name))


def connect():
    page_published.connect(render_on_publish, dispatch_uid="sc_pdf_render")
    page_unpublished.connect(forget_on_unpublish, dispatch_uid="sc_pdf_unpublish")
    post_save.connect(
        forget_on_privacy_change, sender=PageViewRestriction, dispatch_uid="sc_pdf_private"
    )
    post_delete.connect(
        forget_on_privacy_change, sender=PageViewRestriction, dispatch_uid="sc_pdf_public"
    )
    post_delete.connect(delete_file, sender=PdfArtefact, dispatch_uid="sc_pdf_file")
