"""E017: the page cache's store exists; E018: its middleware sits after the middleware
whose work every response needs (a cached page still gets its CSRF cookie and headers)."""

from django.conf import settings
from django.core import checks

from sc_wagtail.conf import sc_settings

MIDDLEWARE = "sc_wagtail.cache.middleware.PageCacheMiddleware"
MUST_COME_FIRST = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]


def register():
    checks.register(check_page_cache)


def check_page_cache(app_configs=None, **kwargs):
    errors = []
    alias = sc_settings.PAGE_CACHE_ALIAS
    if alias not in settings.CACHES:
        errors.append(
            checks.Error(
                f"SC_WAGTAIL['PAGE_CACHE_ALIAS'] is {alias!r}, which is not in CACHES.",
                hint=f"Known aliases: {', '.join(settings.CACHES)}.",
                id="sc_wagtail.E017",
            )
        )
    middleware = list(settings.MIDDLEWARE)
    if MIDDLEWARE in middleware:
        position = middleware.index(MIDDLEWARE)
        late = [m for m in MUST_COME_FIRST if m in middleware[position:]]
        if late:
            errors.append(
                checks.Error(
                    f"{MIDDLEWARE} comes before {', '.join(late)}.",
                    hint="Put the page cache after them in MIDDLEWARE.",
                    id="sc_wagtail.E018",
                )
            )
    return errors
