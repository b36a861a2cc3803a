"""The only URL fetcher WeasyPrint gets: the site's own static and media files, nothing else.

It never opens a network connection or a path outside the static and media stores, so
``file://`` URLs, other hosts and redirects are impossible by construction; each refused URL
is recorded (and logged by the caller) so an editor can see what was left out.
"""

import logging
import mimetypes
import posixpath
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from weasyprint.urls import URLFetcher, URLFetcherResponse

logger = logging.getLogger(__name__)


class Refused(ValueError):
    """A URL that is not one of the site's static or media files."""


def _relative(path, prefix):
    """``path`` below ``prefix`` with no way out of it, or None."""
    if not path.startswith(prefix):
        return None
    name = posixpath.normpath(unquote(path[len(prefix) :]))
    if name.startswith(("/", "..")) or name in (".", ""):
        return None
    return name


class SiteFilesFetcher(URLFetcher):
    def __init__(self, base_url, **kwargs):
        super().__init__(allowed_protocols=("http", "https", "data"), **kwargs)
        self.static_prefix = urljoin(base_url, settings.STATIC_URL)
        self.media_prefix = urljoin(base_url, settings.MEDIA_URL)
        self.refused = []

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            # Self-contained (fonts or images inlined in CSS); the standard opener decodes it.
            return super().fetch(url, headers)
        try:
            return self._site_file(url)
        except Refused as refusal:
            self.refused.append(url)
            raise refusal

    def _site_file(self, url):
        clean = urlsplit(url)._replace(query="", fragment="").geturl()
        for prefix, opener in (
            (self.static_prefix, self._open_static),
            (self.media_prefix, default_storage.open),
        ):
            name = _relative(clean, prefix)
            if name is None:
                continue
            try:
                with opener(name) as handle:
                    body = handle.read()
            except (OSError, ValueError) as error:
                raise Refused(f"not a site file: {url}") from error
            content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
            return URLFetcherResponse(url, body, {"Content-Type": content_type})
        raise Refused(f"not a static or media URL of this site: {url}")

    @staticmethod
    def _open_static(name):
        found = finders.find(name)
        if found:
            return open(found, "rb")
        return staticfiles_storage.open(name)
