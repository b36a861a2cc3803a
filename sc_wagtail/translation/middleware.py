"""A reader asking for a page in a language it is not published in yet.

With ``SC_WAGTAIL["MISSING_TRANSLATION"] = "fallback"`` (the default), a 404 for a page
whose copy in the requested locale exists but is not live (a draft waiting for review)
becomes the live source page, with a notice in the reader's language; search engines are
told the source is canonical. With ``"404"`` the reader keeps the 404.
"""

from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.privacy import public


class MissingTranslationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method != "GET":
            return response
        if sc_settings.MISSING_TRANSLATION != "fallback":
            return response
        return self.fallback(request) or response

    def fallback(self, request):
        language = get_language()
        if not language or language == sc_settings.SOURCE_LOCALE:
            return None
        prefix = f"/{language}/"
        if not request.path.startswith(prefix):
            return None
        site = Site.find_for_request(request)
        locale = Locale.objects.filter(language_code=language).first()
        if site is None or locale is None:
            return None
        home = site.root_page.get_translation_or_none(locale)
        if home is None:
            return None
        url_path = home.url_path + request.path[len(prefix) :]
        if not url_path.endswith("/"):
            url_path += "/"
        draft = Page.objects.filter(locale=locale, url_path=url_path, live=False).first()
        if draft is None:
            return None
        source = (
            public(Page.objects.live())
            .filter(
                translation_key=draft.translation_key,
                locale__language_code=sc_settings.SOURCE_LOCALE,
            )
            .first()
        )
        if source is None:
            return None
        request.sc_missing_translation = {"language": language, "source": source}
        response = source.specific.serve(request)
        if hasattr(response, "render"):
            response.render()
        response["X-Robots-Tag"] = "noindex"
        response["Content-Language"] = sc_settings.SOURCE_LOCALE
        return response


class GateRefusalMiddleware:
    """An admin action the publish gate refused (the page editor, a revert, a workflow
    approval, a copy...) comes back to the page it came from with the gate's reason, instead
    of Wagtail's "Sorry, you do not have permission"."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from django.contrib import messages
        from django.http import HttpResponseRedirect
        from django.urls import reverse
        from django.utils.http import url_has_allowed_host_and_scheme

        from .gate import TranslationNotReviewed

        if not isinstance(exception, TranslationNotReviewed):
            return None
        messages.error(request, str(exception))
        back = request.META.get("HTTP_REFERER", "")
        if not url_has_allowed_host_and_scheme(
            back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            back = reverse("wagtailadmin_home")
        return HttpResponseRedirect(back)
