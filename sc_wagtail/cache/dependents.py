"""Which cached URLs a change makes out of date.

A page's change (publish, unpublish, delete) touches:
- the page in every language (each copy's language switcher and hreflang links list the
  others), with the sub-pages its ``get_cached_paths()`` names;
- the pages above each copy (listings, the home page's latest news and events);
- pages joined to it by a foreign key either way (a news story and its event);
- pages the ``sc_cache_dependents`` hooks name (a hub's page lists its hub's news; impact
  figures sum every report): ``fn(page) -> iterable of pages``;
- the sitemap.

A page in the main menu (a child of a site's root) or a site's root touches every page.

A snippet's change touches the pages that hold it in a foreign key (a hub renamed: its news,
events and hub page), and through them the same as above.
"""

from dataclasses import dataclass, field
from functools import cache

from django.apps import apps
from django.db.models import ForeignKey
from django.utils.encoding import iri_to_uri
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.models import Page, Site

from .paths import page_paths

SITE_WIDE_PATHS = ["/sitemap.xml"]


@dataclass
class Purge:
    """What to clear: (site id, path) pairs and their full URLs, or everything."""

    keys: set = field(default_factory=set)
    urls: set = field(default_factory=set)
    everything: bool = False

    def add_page(self, page):
        found = page_paths(page)
        if found is None:
            return
        site_id, root_url, paths = found
        for path in paths:
            self.keys.add((site_id, path))
            self.urls.add(root_url + iri_to_uri(path))

    def add_site_wide(self):
        for site in Site.objects.all():
            for path in SITE_WIDE_PATHS:
                self.keys.add((site.pk, path))
                self.urls.add(site.root_url + path)


# Page fields that hold bookkeeping, not something the page shows.
_NOT_SHOWN = {
    "page_ptr",
    "locale",
    "content_type",
    "owner",
    "locked_by",
    "live_revision",
    "latest_revision",
    "alias_of",
}


def _foreign_keys(model):
    return [
        f
        for f in model._meta.local_fields
        if isinstance(f, ForeignKey) and not isinstance(f, ParentalKey) and f.name not in _NOT_SHOWN
    ]


@cache
def _page_links():
    """[(page model, field name, target model)]: the foreign keys page models hold."""
    return [
        (model, f.name, f.related_model)
        for model in apps.get_models()
        if issubclass(model, Page) and not model._meta.proxy
        for f in _foreign_keys(model)
    ]


@cache
def _child_links():
    """[(child model, parental key name, field name, target model)]: what a page's inline
    rows (its themes, authors, organisations) point at."""
    links = []
    for model in apps.get_models():
        parents = [
            f
            for f in model._meta.local_fields
            if isinstance(f, ParentalKey) and issubclass(f.related_model, Page)
        ]
        for parent in parents:
            for f in _foreign_keys(model):
                links.append((model, parent.name, f.name, f.related_model))
    return links


def shown_models():
    """Models other than pages whose rows pages show (hubs, cities, themes...)."""
    targets = {target for _model, _name, target in _page_links()}
    targets |= {target for *_rest, target in _child_links()}
    return sorted(
        (
            t
            for t in targets
            if not issubclass(t, Page) and t._meta.app_label not in ("auth", "wagtailcore")
        ),
        key=lambda model: model._meta.label,
    )


def _site_roots():
    return {site.root_page.translation_key for site in Site.objects.select_related("root_page")}


def for_pages(pages):
    """The Purge for a change to ``pages`` (any locale; specific or not)."""
    purge = Purge()
    keys = {page.translation_key for page in pages}
    if not keys:
        return purge
    copies = list(Page.objects.filter(translation_key__in=keys).specific())
    roots = _site_roots()
    root_ids = set(Page.objects.filter(translation_key__in=roots).values_list("pk", flat=True))
    for copy in copies:
        if copy.translation_key in roots or copy.get_parent().pk in root_ids:
            purge.everything = True
    related = set()
    for copy in copies:
        purge.add_page(copy)
        related.update(copy.get_ancestors().filter(depth__gt=1).values_list("pk", flat=True))
        for model, name, target in _page_links():
            if isinstance(copy, model):
                target_id = getattr(copy, f"{name}_id")
                if target_id and issubclass(target, Page):
                    related.add(target_id)
        for fn in hooks.get_hooks("sc_cache_dependents"):
            related.update(page.pk for page in fn(copy))
    copy_ids = [copy.pk for copy in copies]
    for model, name, target in _page_links():
        if issubclass(target, Page):
            related.update(
                model.objects.filter(**{f"{name}__in": copy_ids}).values_list("pk", flat=True)
            )
    for page in Page.objects.filter(pk__in=related - set(copy_ids)).live().specific():
        purge.add_page(page)
    purge.add_site_wide()
    return purge


def for_snippet(instance):
    """The Purge for a change to a snippet (a hub, a city): pages holding it, and theirs."""
    ids = [instance.pk]
    if getattr(instance, "translation_key", None):
        ids = list(
            type(instance)
            .objects.filter(translation_key=instance.translation_key)
            .values_list("pk", flat=True)
        )
    holder_ids = set()
    for model, name, target in _page_links():
        if isinstance(instance, target):
            holder_ids.update(
                model.objects.filter(**{f"{name}__in": ids}).values_list("pk", flat=True)
            )
    for model, parent, name, target in _child_links():
        if isinstance(instance, target):
            holder_ids.update(
                model.objects.filter(**{f"{name}__in": ids}).values_list(f"{parent}_id", flat=True)
            )
    return for_pages(Page.objects.filter(pk__in=holder_ids).live())
