"""Reading a WordPress eXtended RSS (WXR 1.1/1.2) export as a stream.

``items(path)`` yields one ``Item`` per ``<item>`` and never holds more than one item's
elements: a 200 MB export is read in constant memory (defusedxml refuses entity tricks).
``authors(path)`` yields the export's authors. A malformed file raises ``ExportError`` with
the line and the reason.
"""

from dataclasses import dataclass, field

from defusedxml.ElementTree import iterparse

NS = {
    "wp": "http://wordpress.org/export/1.2/",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "excerpt": "http://wordpress.org/export/1.2/excerpt/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
WP_VERSIONS = ("http://wordpress.org/export/1.1/", "http://wordpress.org/export/1.2/")


class ExportError(Exception):
    """The export cannot be read; the message names the line and the reason."""


@dataclass
class Term:
    domain: str  # "category", "post_tag" or a custom taxonomy
    slug: str
    name: str


@dataclass
class Item:
    wp_id: int
    post_type: str
    title: str = ""
    slug: str = ""
    link: str = ""
    guid: str = ""
    status: str = "publish"
    date: str = ""  # "2024-03-05 10:30:00", the site's local time
    date_gmt: str = ""
    author: str = ""
    content: str = ""
    excerpt: str = ""
    parent: int = 0
    attachment_url: str = ""
    terms: list[Term] = field(default_factory=list)
    meta: dict = field(default_factory=dict)


def _text(element, tag):
    found = element.find(tag, NS) if ":" in tag else element.find(tag)
    return (found.text or "") if found is not None else ""


def _wp(tag, version):
    return f"{{{version}}}{tag}"


def _item(element, version):
    def wp(tag):
        found = element.find(_wp(tag, version))
        return (found.text or "") if found is not None else ""

    meta = {}
    for entry in element.findall(_wp("postmeta", version)):
        key = entry.find(_wp("meta_key", version))
        value = entry.find(_wp("meta_value", version))
        if key is not None and key.text:
            meta[key.text] = (value.text or "") if value is not None else ""
    terms = [
        Term(
            domain=category.get("domain", "category"),
            slug=category.get("nicename", ""),
            name=category.text or "",
        )
        for category in element.findall("category")
    ]
    try:
        wp_id = int(wp("post_id"))
    except ValueError as error:
        title = _text(element, "title")
        raise ExportError(f"the item {title!r} has no numeric wp:post_id") from error
    return Item(
        wp_id=wp_id,
        post_type=wp("post_type") or "post",
        title=_text(element, "title"),
        slug=wp("post_name"),
        link=_text(element, "link"),
        guid=_text(element, "guid"),
        status=wp("status") or "publish",
        date=wp("post_date"),
        date_gmt=wp("post_date_gmt"),
        author=_text(element, "dc:creator"),
        content=_text(element, "content:encoded"),
        excerpt=_text(element, "excerpt:encoded"),
        parent=int(wp("post_parent") or 0),
        attachment_url=wp("attachment_url"),
        terms=terms,
        meta=meta,
    )


def _events(path):
    try:
        yield from iterparse(str(path), events=("start", "end"))
    except SyntaxError as error:  # ParseError; defusedxml's refusals are subclasses too
        position = getattr(error, "position", None)
        where = f"line {position[0]}" if position else "the file"
        raise ExportError(f"{where}: {getattr(error, 'msg', error)}") from error


def _version(tag):
    for version in WP_VERSIONS:
        if tag.startswith("{" + version):
            return version
    return None


def items(path):
    """Every ``<item>`` of the export, in file order."""
    version, channel = WP_VERSIONS[1], None
    for event, element in _events(path):
        if event == "start":
            if element.tag == "channel":
                channel = element
            elif _version(element.tag):
                version = _version(element.tag)
            continue
        if element.tag == "item":
            yield _item(element, version)
            # Let the item go: the channel would otherwise keep every one read so far.
            element.clear()
            if channel is not None:
                channel.remove(element)
    if channel is None:
        raise ExportError("the file is XML but no WordPress export (no <channel>)")


def authors(path):
    """(login, display name) of the export's authors."""
    found = []
    for event, element in _events(path):
        if event == "end" and element.tag.endswith("}author") and _version(element.tag):
            version = _version(element.tag)
            login = element.find(_wp("author_login", version))
            name = element.find(_wp("author_display_name", version))
            if login is not None and login.text:
                found.append((login.text, (name.text if name is not None else "") or login.text))
            element.clear()
        elif event == "end" and element.tag == "item":
            element.clear()
    return found
