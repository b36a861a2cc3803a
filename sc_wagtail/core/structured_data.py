"""schema.org JSON-LD, rendered as a safe <script type="application/ld+json"> block."""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe


def json_ld(data):
    """Serialise for inclusion in HTML: '<', '>' and '&' are escaped so that text from
    editors can never close the script element."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def organisation(org):
    data = {"@type": "Organization", "name": org.name}
    if getattr(org, "website", ""):
        data["url"] = org.website
    return data


def default_image_url(request):
    """The site's default share image (SC_WAGTAIL["DEFAULT_SHARE_IMAGE"]) as an absolute URL,
    or None."""
    from django.templatetags.static import static

    from sc_wagtail.conf import sc_settings

    path = sc_settings.DEFAULT_SHARE_IMAGE
    return request.build_absolute_uri(static(path)) if path else None
