"""The Content-Security-Policy, with the admin's additions in one place.

The public site runs no script of anyone else's and no inline script without the request's
nonce (django-csp's ``{{ request.csp_nonce }}``). Wagtail 8's admin still writes some inline
scripts and styles without nonces, so under ``/admin/`` inline code is allowed; everything
else stays: this origin only (no Gravatar, no update check), no plugins, no framing by
others, forms posting here only.
"""

from csp.middleware import CSPMiddleware

ADMIN_PREFIX = "/admin/"
ADMIN_ADDITIONS = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["blob:"],
}


class SitePolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            parts.update = {**ADMIN_ADDITIONS, **(parts.update or {})}
        return parts
