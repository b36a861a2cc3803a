from django import template
from django.utils.translation import get_language, get_language_info

from sc_wagtail.core.locales import direction, live_translations

register = template.Library()


@register.simple_tag
def text_direction(language_code=None):
    """``rtl`` or ``ltr`` for the given (default: active) language."""
    return direction(language_code or get_language())


@register.inclusion_tag("sc_core/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """Links to the other locales where this page is live (or their home pages)."""
    request = context.get("request")
    page = page or context.get("page")
    current = get_language()
    links = []
    if page is not None and getattr(page, "translation_key", None):
        for locale, copy in live_translations(page):
            info = get_language_info(locale.language_code)
            links.append(
                {
                    "code": locale.language_code,
                    "name": info["name_local"],
                    "url": copy.get_url(request),
                    "current": locale.language_code == current,
                }
            )
    return {"links": links, "current": current}
