from django import template
from django.utils.translation import get_language
from wagtail.models import Site

from sc_wagtail.core.locales import locale_id_for
from sc_wagtail.core.privacy import public

register = template.Library()


@register.inclusion_tag("home/main_menu.html", takes_context=True)
def main_menu(context):
    """The live, in-menu children of the active locale's home page."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"home": None, "items": []}
    # The root page in the active language (what Page.localized does, without asking the
    # database for the locale on every page view).
    root, locale_id = site.root_page, locale_id_for(get_language())
    home = root
    if locale_id is not None and root.locale_id != locale_id:
        home = root.get_translation_or_none(locale_id) or root
    items = public(home.get_children().live().in_menu()).only(
        "id",
        "title",
        "path",
        "depth",
        "url_path",
        "slug",
        "locale_id",
        "draft_title",
    )
    current = context.get("page")
    return {"home": home, "items": items, "current": current, "request": request}
