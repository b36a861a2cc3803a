"""Which pages anyone may read, with the view restrictions read once per request.

Wagtail's ``PageQuerySet.public()`` reads every view restriction each time it is called;
a page's menu, language links, listings and impact figures called it eight times per
view. ``public(queryset)`` is the same filter; inside a request that went through
``RequestPrivacyMiddleware`` the restrictions are read on first use and kept until the
response. Elsewhere (the worker, commands) it is ``queryset.public()``.
"""

from contextvars import ContextVar

from django.db.models import Q

_request_scope = ContextVar("sc_view_restrictions", default=None)


def public(queryset):
    """``queryset`` without pages in a section behind a view restriction."""
    scope = _request_scope.get()
    if scope is None:
        return queryset.public()
    if "paths" not in scope:
        from wagtail.models import PageViewRestriction

        scope["paths"] = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    if not scope["paths"]:
        return queryset
    private = Q()
    for path in scope["paths"]:
        private |= Q(path__startswith=path)
    return queryset.exclude(private)


class RequestPrivacyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_scope.set({})
        try:
            return self.get_response(request)
        finally:
            _request_scope.reset(token)
