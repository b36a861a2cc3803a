"""The Wagtail site a request is for, without compiling a query on every request.

``Site.find_for_request`` builds an annotated, ordered query per request; compiling it cost
more than the rest of a page served from the page cache (7 of 11 ms). Sites are few and
rarely change: their rows are kept in the default cache (one read, no ORM) and dropped when
a site is saved or deleted, and matched in Python with the rules of Wagtail's
``get_site_for_hostname``. ``SiteMiddleware`` puts the result where ``Site.find_for_request``
looks first (``request._wagtail_site``), so Wagtail and our code share it.
"""

from django.core.cache import cache
from django.db import transaction
from django.http.request import split_domain_port

CACHE_KEY = "sc-sites"


def _sites():
    from wagtail.models import Site

    sites = cache.get(CACHE_KEY)
    if sites is None:
        sites = list(Site.objects.all())
        cache.set(CACHE_KEY, sites, None)
    return sites


def forget_sites(**kwargs):
    """A site saved or deleted (also by deleting its root page): read them again, now and
    once the change commits (a request in between may have cached the old rows)."""
    cache.delete(CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))


def site_for_hostname(hostname, port):
    """The site Wagtail's ``get_site_for_hostname`` would choose, or None."""

    def rank(site):
        if site.hostname == hostname:
            if site.port == port:
                return 0
            if site.is_default_site:
                return 1
            return 3
        return 2  # the default site, under another hostname

    candidates = sorted(
        (s for s in _sites() if s.hostname == hostname or s.is_default_site), key=rank
    )
    if not candidates:
        return None
    best = rank(candidates[0])
    if len(candidates) == 1 or best in (0, 1):
        return candidates[0]
    if best == 2:
        # The default, unless exactly one site has this hostname (on another port).
        return candidates[len(candidates) == 2]
    return None  # several sites with this hostname on other ports, and no default


class SiteMiddleware:
    """Find the request's site from the cached rows, before anything asks for it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname = split_domain_port(request._get_raw_host())[0]  # as Wagtail: no host check
        request._wagtail_site = site_for_hostname(hostname, request.get_port())
        return self.get_response(request)
