"""Serve anonymous readers' page views from the page cache, and fill it.

Place it after Django's CSRF, session, authentication and message middleware (they run on
every response, cached or not) and before the middleware that only pages need.
"""

import logging

from django.http import HttpResponse
from wagtail.models import Site

from . import store

logger = logging.getLogger(__name__)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or request.GET or store.has_reader_state(request):
            return self.get_response(request)
        site = Site.find_for_request(request)
        if site is None:
            return self.get_response(request)
        try:
            stored = store.lookup(site.pk, request.path)
        except Exception:
            # The cache is a shortcut: when its store is down, pages are rendered.
            logger.warning("Page cache unavailable", exc_info=True)
            return self.get_response(request)
        if stored is not None:
            response = HttpResponse(store.content_for(stored, request), status=stored["status"])
            for name, value in stored["headers"]:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        request.sc_page_cache_candidate = True  # see wagtail_hooks.mark_cacheable
        response = self.get_response(request)
        kept = (
            request.method == "GET"
            and self.may_store(request, response)
            and store.store(site.pk, request.path, response, request)
        )
        if kept:
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def may_store(request, response):
        """Only a public page's own URLs (see wagtail_hooks.mark_cacheable), as every
        anonymous reader would get them."""
        if not getattr(request, "sc_page_cache_paths", None):
            return False
        if request.path not in request.sc_page_cache_paths:
            return False
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        cache_control = response.get("Cache-Control", "")
        if any(word in cache_control for word in ("private", "no-store", "no-cache")):
            return False
        if getattr(request, "_csp_nonce", None):
            return False  # a script nonce belongs to one response
        session = getattr(request, "session", None)
        if session is not None and (session.modified or not session.is_empty()):
            return False
        return not getattr(request, "sc_missing_translation", None)
