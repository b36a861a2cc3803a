from wagtail import hooks

from .paths import page_paths


@hooks.register("before_serve_page")
def mark_cacheable(page, request, serve_args, serve_kwargs):
    """A page anyone may read marks the request: the middleware may store the response if
    it is for one of the page's cached paths. Pages behind a login or a password are not.
    Nothing is asked of the database unless the middleware may store this response."""
    if not getattr(request, "sc_page_cache_candidate", False):
        return None
    if page.get_view_restrictions().exists():
        return None
    found = page_paths(page, request)
    if found is not None:
        request.sc_page_cache_paths = set(found[2])
    return None
