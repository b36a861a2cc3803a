"""Video embeds made here from the address alone (``WAGTAILEMBEDS_FINDERS``).

Wagtail's default finders ask the provider's oEmbed endpoint when a page with an embed is
first rendered: a reader's request then waits on a third party (or on a timeout where the
network is closed) and tells it who is reading. This finder writes the player itself:
YouTube through youtube-nocookie.com, Vimeo through player.vimeo.com (the hosts the
Content-Security-Policy's frame-src allows); any other address becomes a plain link.
"""

from urllib.parse import parse_qs, urlparse

from django.utils.html import format_html
from wagtail.embeds.finders.base import EmbedFinder

PLAYERS = {
    "YouTube": "https://www.youtube-nocookie.com/embed/{}",
    "Vimeo": "https://player.vimeo.com/video/{}",
}
PAGES = {"YouTube": "https://www.youtube.com/watch?v={}", "Vimeo": "https://vimeo.com/{}"}


def video(url):
    """(provider, video id) of a YouTube or Vimeo page or player address, or None."""
    parsed = urlparse(url if "//" in url else "https://" + url.lstrip("/"))
    host = parsed.netloc.lower().removeprefix("www.").removeprefix("m.")
    path = parsed.path.strip("/")
    ident = None
    if host in ("youtube.com", "youtube-nocookie.com") and path.startswith("embed/"):
        ident = path.split("/")[1]
    elif host == "youtube.com":
        ident = (parse_qs(parsed.query).get("v") or [None])[0]
    elif host == "youtu.be":
        ident = path
    elif host == "player.vimeo.com" and path.startswith("video/"):
        ident = path.split("/")[1]
    elif host == "vimeo.com" and path.isdigit():
        ident = path
    if not ident or not ident.replace("-", "").replace("_", "").isalnum():
        return None
    return ("Vimeo" if "vimeo" in host else "YouTube"), ident


class LocalVideoFinder(EmbedFinder):
    """Every address is accepted: a video gets its player, anything else a link."""

    def __init__(self, **options):
        self.options = options

    def accept(self, url):
        return True

    def find_embed(self, url, max_width=None, max_height=None):
        found = video(url)
        if found is None:
            return {
                "title": "",
                "author_name": "",
                "provider_name": "",
                "type": "link",
                "thumbnail_url": None,
                "width": None,
                "height": None,
                "html": format_html('<a href="{}">{}</a>', url, url),
            }
        provider, ident = found
        width = min(max_width or 640, 640)
        height = round(width * 9 / 16)
        return {
            "title": provider,
            "author_name": "",
            "provider_name": provider,
            "type": "video",
            "thumbnail_url": None,
            "width": width,
            "height": height,
            "html": format_html(
                '<iframe src="{}" width="{}" height="{}" title="{}" loading="lazy" '
                'allow="fullscreen; picture-in-picture" '
                'referrerpolicy="strict-origin-when-cross-origin"></iframe>',
                PLAYERS[provider].format(ident),
                width,
                height,
                provider,
            ),
        }
