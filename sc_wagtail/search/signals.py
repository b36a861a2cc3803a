"""The index follows publishing: the worker indexes a page when it is published (a
translation the gate released included) and removes it when it is unpublished."""

from wagtail.signals import page_published, page_unpublished

from sc_wagtail.core.tasks import enqueue

from .indexing import index_page


def page_changed(sender, instance, **kwargs):
    enqueue(index_page, instance.pk, task_name=f"search:{instance.pk}:{instance.live_revision_id}")


def connect():
    page_published.connect(page_changed, dispatch_uid="sc_search_published")
    page_unpublished.connect(page_changed, dispatch_uid="sc_search_unpublished")
