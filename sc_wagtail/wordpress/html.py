"""A WordPress post's HTML (classic or Gutenberg) as StreamField blocks of our BodyBlock.

Paragraphs, lists and links become rich text (sanitised, in Wagtail's stored format),
headings heading blocks, images (with caption and alt text) image blocks, YouTube and Vimeo
iframes embed blocks, blockquotes quote blocks, a paragraph that is only a link to an
uploaded file a download block. Gutenberg's block comments say what a block is. Shortcodes
and anything unknown are kept as text and reported: nothing is dropped without a warning.

``Converter(files, links).blocks(html)`` returns ``[(block type, value), ...]`` and the
warnings in ``converter.warnings``; ``files`` finds uploaded files by URL (files.py) and
``links`` turns links to other imported posts into page links (importer.py).
"""

import json
import re

import nh3
from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from sc_wagtail.blocks.embeds import PAGES, video

RICH_TAGS = {"p", "b", "i", "a", "ul", "ol", "li", "br", "h3", "h4"}
RENAME = {"strong": "b", "em": "i"}
# Inline markup whose text stays, without the markup (formatting rich text does not offer).
INLINE_TAGS = {
    "strong", "em", "span", "u", "sup", "sub", "small", "abbr", "code", "mark", "cite", "s",
    "del", "ins", "font", "time", "q", "kbd", "big",
}  # fmt: skip
BLOCK_TAGS = {
    "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure",
    "table", "pre", "hr", "img", "iframe", "section", "article", "aside", "header", "footer",
}  # fmt: skip
BLOCK_START = re.compile(r"<(" + "|".join(BLOCK_TAGS) + r")\b", re.I)
SHORTCODE = re.compile(r"\[(/?)([a-zA-Z_][\w-]*)([^\]]*)\]")
CAPTION = re.compile(r"\[caption[^\]]*\](.*?)\[/caption\]", re.S)
GUTENBERG = re.compile(r"<!--\s*(/?)wp:([\w/-]+)\s*(\{.*?\})?\s*(/?)-->", re.S)
DOCUMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt", ".ppt", ".pptx")


def autop(text):
    """WordPress's paragraphs: blank lines separate them, single newlines are line breaks
    (classic posts are stored without <p>; WordPress adds them when it shows them)."""
    chunks = [chunk.strip() for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n"))]
    out = []
    for chunk in chunks:
        if not chunk:
            continue
        if BLOCK_START.match(chunk) or chunk.startswith("<!--"):
            out.append(chunk)
        else:
            out.append("<p>" + chunk.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def embed_url(src):
    """The page URL of a YouTube or Vimeo player URL, or None."""
    found = video(src)
    return PAGES[found[0]].format(found[1]) if found else None


class Converter:
    def __init__(self, files=None, links=None):
        self.files = files
        self.links = links
        self.warnings = []  # (kind, message)

    def warn(self, kind, message):
        self.warnings.append((kind, message))

    # --- entry point -------------------------------------------------------------------
    def blocks(self, html):
        html = CAPTION.sub(lambda m: f"<figure>{m.group(1)}</figure>", html or "")
        if "<!-- wp:" not in html:
            html = autop(html)
        soup = BeautifulSoup(html, "html.parser")
        out = []
        self._children(soup, out, gutenberg=None)
        return out

    def _children(self, parent, out, gutenberg):
        """Walk top-level nodes; a Gutenberg comment names the block that follows."""
        current = gutenberg
        for node in list(parent.children):
            if isinstance(node, Comment):
                match = GUTENBERG.match(f"<!--{node}-->")
                if match:
                    closing, name, attrs, self_closing = match.groups()
                    if closing:
                        current = None
                    else:
                        current = (name.removeprefix("core/"), self._json(attrs))
                        if self_closing:
                            self._self_closing(current, out)
                            current = None
                continue
            if isinstance(node, NavigableString):
                text = str(node).strip()
                if text:
                    self._text(text, out)
                continue
            if isinstance(node, Tag):
                self._node(node, out, current)

    @staticmethod
    def _json(text):
        try:
            return json.loads(text) if text else {}
        except ValueError:
            return {}

    def _self_closing(self, block, out):
        name, _attrs = block
        if name in ("separator", "spacer", "more", "nextpage"):
            return
        self.warn("unknown-block", f"Gutenberg block wp:{name} has no content; skipped")

    # --- one top-level node ------------------------------------------------------------
    def _node(self, node, out, gutenberg):
        name = node.name.lower()
        block = gutenberg[0] if gutenberg else None
        if block == "embed" or (block and block.startswith("embed")):
            url = (gutenberg[1] or {}).get("url") or node.get_text(" ", strip=True)
            if self._embed(url, out):
                return
        if block == "file":
            link = node.find("a", href=True)
            if link and self._download(link["href"], link.get_text(" ", strip=True), out):
                return
        if block == "shortcode":
            self._text(node.get_text(" ", strip=True), out)
            return
        if block and block not in KNOWN_BLOCKS:
            self.warn("unknown-block", f"Gutenberg block wp:{block} kept as text")
        if name in ("div", "section", "article", "aside", "header", "footer", "main", "span"):
            self._children(node, out, gutenberg)
        elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            text = node.get_text(" ", strip=True)
            if text:
                level = "h2" if name in ("h1", "h2") else "h3"
                out.append(("heading", {"text": text[:200], "level": level}))
        elif name in ("ul", "ol"):
            self._rich(str(node), out)
        elif name == "blockquote":
            cite = node.find("cite")
            attribution = cite.get_text(" ", strip=True) if cite else ""
            if cite:
                cite.extract()
            quote = node.get_text("\n", strip=True)
            if quote:
                out.append(("quote", {"quote": quote, "attribution": attribution[:200]}))
        elif name in ("figure", "img"):
            self._figure(node, out)
        elif name == "iframe":
            if not self._embed(node.get("src", ""), out):
                self.warn("iframe", f"an iframe from {node.get('src', '?')} was left out")
        elif name == "p":
            self._paragraph(node, out)
        elif name == "table":
            rows = [
                " · ".join(cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"]))
                for row in node.find_all("tr")
            ]
            text = "<br>".join(row for row in rows if row)
            if text:
                self._rich(f"<p>{text}</p>", out)
                self.warn("table", "a table was kept as text, one line per row")
        elif name == "pre":
            self._rich(f"<p>{node.get_text()}</p>", out)
        elif name in ("hr", "br"):
            return
        elif name in ("script", "style", "noscript", "form"):
            self.warn("removed", f"a <{name}> was removed (code, not content)")
        else:
            text = node.get_text(" ", strip=True)
            if text:
                self._rich(f"<p>{text}</p>", out)
                self.warn("unknown-html", f"<{name}> kept as text")

    def _paragraph(self, node, out):
        images = node.find_all("img")
        text = node.get_text(" ", strip=True)
        if images and not text:
            for image in images:
                self._figure(image, out)
            return
        iframe = node.find("iframe")
        if iframe and not text:
            if not self._embed(iframe.get("src", ""), out):
                self.warn("iframe", f"an iframe from {iframe.get('src', '?')} was left out")
            return
        links = node.find_all("a", href=True)
        only_link = len(links) == 1 and text and links[0].get_text(" ", strip=True) == text
        if only_link and self._download(links[0]["href"], text, out):
            return
        bare_url = text.startswith("http") and " " not in text
        if bare_url and self._embed(text, out):  # WordPress's oEmbed: a URL on its own line
            return
        for image in images:  # an image inside text: after the text, as its own block
            image.extract()
        self._rich(str(node), out)
        for image in images:
            self._figure(image, out)

    def _text(self, text, out):
        self._rich(f"<p>{text}</p>", out)

    # --- pieces ------------------------------------------------------------------------
    def _rich(self, html, out):
        soup = BeautifulSoup(html, "html.parser")
        for match in SHORTCODE.finditer(soup.get_text()):
            if not match.group(1):
                self.warn("shortcode", f"shortcode [{match.group(2)}] kept as text")
        for tag in soup.find_all(True):
            if tag.name in ("script", "style", "noscript"):
                self.warn("removed", f"a <{tag.name}> was removed (code, not content)")
            elif tag.name not in RICH_TAGS | INLINE_TAGS:
                self.warn("unknown-html", f"<{tag.name}> kept as text")
        clean = nh3.clean(
            self._renamed(html), tags=RICH_TAGS, attributes={"a": {"href"}}, link_rel=None
        )
        clean = self._links(clean)
        if BeautifulSoup(clean, "html.parser").get_text(strip=True):
            if not clean.lstrip().startswith(("<p", "<ul", "<ol", "<h3", "<h4")):
                clean = f"<p>{clean}</p>"
            out.append(("paragraph", clean))

    @staticmethod
    def _renamed(html):
        for old, new in RENAME.items():
            html = re.sub(rf"<(/?){old}\b", rf"<\1{new}", html)
        return html

    def _links(self, html):
        """Links to imported posts and uploaded files in Wagtail's stored form."""
        soup = BeautifulSoup(html, "html.parser")
        for link in soup.find_all("a", href=True):
            href = link["href"]
            document = self.files.document_for(href) if self.files else None
            if document is not None:
                link.attrs = {"linktype": "document", "id": str(document.pk)}
                continue
            page = self.links.page_for(href) if self.links else None
            if page is not None:
                link.attrs = {"linktype": "page", "id": str(page.pk)}
            elif self.links is not None:
                self.links.note(href)
        return str(soup)

    def _figure(self, node, out):
        image_tag = node if node.name == "img" else node.find("img")
        if image_tag is None:
            text = node.get_text(" ", strip=True)
            if text:
                self._rich(f"<p>{text}</p>", out)
            return
        caption_tag = node.find("figcaption") if node.name != "img" else None
        caption = caption_tag.get_text(" ", strip=True) if caption_tag else ""
        if not caption and node.name == "figure":  # [caption] shortcodes: the text after
            caption = "".join(
                str(child) for child in node.children if isinstance(child, NavigableString)
            ).strip()
        src = image_tag.get("src", "")
        image = self.files.image_for(src) if self.files else None
        if image is None:
            self.warn("missing-image", f"image {src} was not found among the uploads")
            if caption:
                self._rich(f"<p>{caption}</p>", out)
            return
        out.append(
            (
                "image",
                {
                    "image": image.pk,
                    "caption": caption[:300],
                    "alt_text": (image_tag.get("alt") or "")[:300],
                },
            )
        )

    def _embed(self, url, out):
        page_url = embed_url((url or "").strip())
        if page_url is None:
            return False
        out.append(("embed", page_url))
        return True

    def _download(self, href, text, out):
        if not href.lower().split("?")[0].endswith(DOCUMENT_EXTENSIONS) or self.files is None:
            return False
        document = self.files.document_for(href)
        if document is None:
            self.warn("missing-file", f"file {href} was not found among the uploads")
            return False
        out.append(("download", {"document": document.pk, "title": text[:200]}))
        return True


KNOWN_BLOCKS = {
    "paragraph", "heading", "list", "list-item", "image", "gallery", "quote", "pullquote",
    "embed", "video", "file", "html", "group", "columns", "column", "separator", "spacer",
    "table", "preformatted", "code", "freeform", "buttons", "button", "media-text", "cover",
}  # fmt: skip
