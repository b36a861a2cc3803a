"""Purge the page cache when what readers see changes.

Pages: publish (a gate release included), unpublish, delete, move and slug change, purged in
the request that made the change and again when its transaction commits (a reader in
between could have stored the old page). Snippets and view restrictions: this site's cache
at once, the exact pages on the worker. A CDN configured in ``WAGTAILFRONTENDCACHE`` is
purged of the same URLs by ``wagtail.contrib.frontend_cache``'s task, on the worker.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from sc_wagtail.core.tasks import enqueue

from . import dependents, store


def apply(purge):
    """Clear this site's cache now and after commit; queue the CDN purge."""

    def clear():
        if purge.everything:
            store.forget_everything()
        else:
            store.forget(purge.keys)

    clear()
    transaction.on_commit(clear)
    if purge.urls and get_backends():
        purge_urls_from_cache(sorted(purge.urls))


def page_changed(sender, instance, **kwargs):
    apply(dependents.for_pages([instance]))


def _moved(page):
    # The old URLs of the page and everything below it now answer 404 or redirect.
    store.forget_everything()
    transaction.on_commit(store.forget_everything)
    apply(dependents.for_pages([page]))


def page_moved(sender, instance, url_path_before=None, url_path_after=None, **kwargs):
    if url_path_before != url_path_after:
        _moved(instance)


def slug_changed(sender, instance, **kwargs):
    _moved(instance)


def snippet_changed(sender, instance, **kwargs):
    store.forget_everything()
    enqueue(purge_snippet, instance._meta.label, instance.pk)


def restriction_changed(sender, instance, **kwargs):
    store.forget_everything()
    enqueue(purge_subtree, instance.page_id)


def purge_snippet(label, pk):
    """Worker: the pages that show a changed snippet, cleared here and from the CDN."""
    from django.apps import apps

    model = apps.get_model(label)
    instance = model.objects.filter(pk=pk).first()
    if instance is not None:
        apply(dependents.for_snippet(instance))


def purge_subtree(page_id):
    """Worker: a page made private or public again, with the pages below it."""
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        apply(dependents.for_pages(Page.objects.descendant_of(page, inclusive=True)))


def connect():
    page_published.connect(page_changed, dispatch_uid="sc_cache_published")
    page_unpublished.connect(page_changed, dispatch_uid="sc_cache_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="sc_cache_moved")
    page_slug_changed.connect(slug_changed, dispatch_uid="sc_cache_slug")
    # A deleted live page is unpublished first (Wagtail sends page_unpublished).
    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(
            restriction_changed, sender=PageViewRestriction, dispatch_uid=f"sc_cache_vr_{name}"
        )
        for model in dependents.shown_models():
            signal.connect(
                snippet_changed, sender=model, dispatch_uid=f"sc_cache_{name}_{model._meta.label}"
            )
