"""Where cached pages live and what may be stored.

A page is stored under its site and path (``page:<site id>:<path>``) with the cache
generation it was rendered in; bumping the generation empties the whole cache at once (a
menu item renamed changes every page). Keys, not hosts: a purge knows a page's site, not
the host name each reader typed.

Readers' form tokens are never shared: a stored page holds a placeholder where Django's
CSRF token was, and each reader gets their own token when the page is served.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import caches
from django.middleware.csrf import get_token

from sc_wagtail.conf import sc_settings

GENERATION_KEY = "page-generation"
TOKEN_PLACEHOLDER = b"sc-page-cache-csrf-token"
_TOKEN_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{64}(")')
# Any other string shaped like a masked CSRF token (a token printed outside a form).
_TOKEN_SHAPED = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
# Response headers that belong to one reader or are set again on the way out.
_PER_RESPONSE_HEADERS = {"set-cookie", "content-length", "x-page-cache"}


def cache():
    return caches[sc_settings.PAGE_CACHE_ALIAS]


def key(site_id, path):
    digest = hashlib.sha256(path.encode()).hexdigest()
    return f"page:{site_id}:{digest}"


def lookup(site_id, path):
    """The stored page for this site and path if it belongs to the current generation."""
    page_key = key(site_id, path)
    found = cache().get_many([GENERATION_KEY, page_key])
    stored = found.get(page_key)
    if stored is None or stored["generation"] != found.get(GENERATION_KEY, 0):
        return None
    return stored


def generation():
    return cache().get(GENERATION_KEY, 0)


def store(site_id, path, response, request):
    """Keep ``response`` for other anonymous readers; False when it may not be shared."""
    content = _TOKEN_INPUT.sub(rb"\1" + TOKEN_PLACEHOLDER + rb"\2", response.content)
    if _TOKEN_SHAPED.search(content):
        return False  # something shaped like a token outside a form: kept per reader
    headers = [
        (name, value)
        for name, value in response.items()
        if name.lower() not in _PER_RESPONSE_HEADERS
    ]
    cache().set(
        key(site_id, path),
        {
            "generation": generation(),
            "status": response.status_code,
            "headers": headers,
            "content": content,
        },
        sc_settings.PAGE_CACHE_SECONDS,
    )
    return True


def content_for(stored, request):
    """The stored page's bytes with this reader's own form token."""
    content = stored["content"]
    if TOKEN_PLACEHOLDER in content:
        content = content.replace(TOKEN_PLACEHOLDER, get_token(request).encode())
    return content


def forget(keys):
    """Remove stored pages by (site id, path)."""
    if keys:
        cache().delete_many([key(site_id, path) for site_id, path in keys])


def forget_everything():
    """A new generation: every stored page is out of date at once."""
    try:
        cache().incr(GENERATION_KEY)
    except ValueError:  # never bumped, or expired
        cache().set(GENERATION_KEY, generation() + 1, None)


def has_reader_state(request):
    """A session, flashed messages or a login: this reader's pages are their own."""
    cookies = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME in cookies
        or getattr(settings, "MESSAGE_COOKIE_NAME", "messages") in cookies
        or "HTTP_AUTHORIZATION" in request.META
    )
