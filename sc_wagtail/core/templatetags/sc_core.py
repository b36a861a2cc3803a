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


@register.inclusion_tag("sc_core/alternates.html", takes_context=True)
def hreflang_alternates(context, page=None):
    """<link rel="alternate" hreflang> for each locale where the page is live."""
    request = context.get("request")
    page = page or context.get("page")
    if page is None or not getattr(page, "translation_key", None):
        return {"links": []}
    from sc_wagtail.conf import sc_settings

    links, default_url = [], None
    for locale, copy in live_translations(page):
        url = copy.get_full_url(request)
        links.append({"code": locale.language_code, "url": url})
        if locale.language_code == sc_settings.SOURCE_LOCALE:
            default_url = url
    if len(links) < 2:
        return {"links": [], "default_url": None}
    return {"links": links, "default_url": default_url}


@register.inclusion_tag("sc_core/share_links.html", takes_context=True)
def share_links(context, page=None):
    """Plain share links: no third-party script runs on our pages."""
    request = context.get("request")
    page = page or context.get("page")
    return {"url": page.get_full_url(request), "title": page.title}


@register.simple_tag
def other_live_copies(page):
    """``[(locale, page)]`` of the page's other live translations (one cached query)."""
    return [(locale, copy) for locale, copy in live_translations(page) if copy.pk != page.pk]


@register.simple_tag(takes_context=True)
def report_actions(context, page):
    """What other apps offer next to a report (the PDF download), via the
    ``sc_report_actions`` hook: ``fn(request, page) -> html``. Content apps stay unaware
    of which apps are installed."""
    from django.utils.html import format_html_join
    from wagtail import hooks

    request = context.get("request")
    return format_html_join(
        "", "{}", ((fn(request, page),) for fn in hooks.get_hooks("sc_report_actions"))
    )
