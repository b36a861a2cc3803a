"""The URLs a page answers on that the page cache may hold and a purge must clear."""

from urllib.parse import unquote


def page_paths(page, request=None):
    """``(site_id, root_url, [paths])`` of a routable page: its own URL and the sub-pages
    its ``get_cached_paths()`` names (feeds, calendars, past events); None when it has no
    URL. Paths are decoded, as ``request.path`` is ("/ar/بحث/", not "/ar/%D8%A8...")."""
    parts = page.get_url_parts(request)
    if not parts or parts[2] is None:
        return None
    site_id, root_url, page_path = parts
    base = unquote(page_path).rstrip("/")
    return site_id, root_url, [base + sub for sub in page.specific_deferred.get_cached_paths()]
