from django import template
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("home/main_menu.html", takes_context=True)
def main_menu(context):
    """The live, in-menu children of the active locale's home page."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"home": None, "items": []}
    home = site.root_page.localized
    items = (
        home.get_children()
        .live()
        .in_menu()
        .public()
        .only(
            "id",
            "title",
            "path",
            "depth",
            "url_path",
            "slug",
            "locale_id",
            "draft_title",
        )
    )
    current = context.get("page")
    return {"home": home, "items": items, "current": current, "request": request}
