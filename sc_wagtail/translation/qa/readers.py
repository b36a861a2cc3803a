"""Read files into segments: plain text and HTML (target only), PO and XLIFF 1.2
(source and target)."""

import re
from html.parser import HTMLParser
from pathlib import Path

import polib
from defusedxml import ElementTree

from .engine import Segment

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"


class ReadError(ValueError):
    """A file that cannot be read as what its name says; the message says why."""


def read_file(path):
    """(segments, language declared by the file or None)."""
    path = Path(path)
    if not path.is_file():
        raise ReadError(f"{path}: no such file.")
    suffix = path.suffix.lower()
    readers = {
        ".txt": read_text,
        ".md": read_text,
        ".text": read_text,
        ".html": read_html,
        ".htm": read_html,
        ".po": read_po,
        ".xlf": read_xliff,
        ".xliff": read_xliff,
    }
    if suffix not in readers:
        raise ReadError(f"{path}: unknown file type {suffix!r}; use .txt, .html, .po or .xlf.")
    try:
        return readers[suffix](path)
    except (OSError, UnicodeDecodeError) as exc:
        raise ReadError(f"{path}: cannot be read ({exc}).") from exc


def read_text(path):
    """One segment per paragraph (lines separated by a blank line)."""
    text = Path(path).read_text(encoding="utf-8-sig")
    segments = []
    for match in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text):
        paragraph = match.group().rstrip("\n")
        segments.append(Segment(target=paragraph, line=text.count("\n", 0, match.start()) + 1))
    return segments, None


class _TextBlocks(HTMLParser):
    BLOCKS = {
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "td",
        "th",
        "div",
        "blockquote",
        "figcaption",
        "title",
        "dt",
        "dd",
        "caption",
        "section",
        "article",
        "br",
    }
    SKIP = {"script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.segments, self.parts, self.line, self.skipping = [], [], None, 0
        self.language = None

    def flush(self):
        text = "".join(self.parts).strip()
        if text:
            self.segments.append(Segment(target=re.sub(r"[ \t\r\n]+", " ", text), line=self.line))
        self.parts, self.line = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.language = dict(attrs).get("lang")
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data):
        if self.skipping:
            return
        if self.line is None and data.strip():
            self.line = self.getpos()[0] + data[: len(data) - len(data.lstrip())].count("\n")
        self.parts.append(data)


def read_html(path):
    parser = _TextBlocks()
    parser.feed(Path(path).read_text(encoding="utf-8-sig"))
    parser.close()
    parser.flush()
    return parser.segments, parser.language


def read_po(path):
    try:
        catalogue = polib.pofile(str(path))
    except (OSError, ValueError) as exc:
        raise ReadError(f"{path}: not a readable PO file ({exc}).") from exc
    segments = []
    for number, entry in enumerate(catalogue, start=1):
        if entry.obsolete:
            continue
        ident = entry.msgctxt or str(number)
        if entry.msgid_plural:
            for index, text in sorted(entry.msgstr_plural.items()):
                if text:
                    source = entry.msgid if index == 0 else entry.msgid_plural
                    segments.append(
                        Segment(
                            target=text, source=source, id=f"{ident}[{index}]", line=entry.linenum
                        )
                    )
        elif entry.msgstr:
            segments.append(
                Segment(target=entry.msgstr, source=entry.msgid, id=ident, line=entry.linenum)
            )
    return segments, catalogue.metadata.get("Language") or None


def _inner(element):
    """An element's content as text, inline elements kept as <tag attr="..."> tokens."""
    parts = [element.text or ""]
    for child in element:
        name = child.tag.rsplit("}", 1)[-1]
        attrs = "".join(f' {k}="{v}"' for k, v in sorted(child.attrib.items()))
        if len(child) or child.text:
            parts.append(f"<{name}{attrs}>{_inner(child)}</{name}>")
        else:
            parts.append(f"<{name}{attrs}/>")
        parts.append(child.tail or "")
    return "".join(parts)


def read_xliff(path):
    raw = Path(path).read_text(encoding="utf-8-sig")
    try:
        root = ElementTree.fromstring(raw)
    except ElementTree.ParseError as exc:
        raise ReadError(f"{path}: not well-formed XML ({exc}).") from exc
    ns = {"x": XLIFF_NS}
    if root.tag != f"{{{XLIFF_NS}}}xliff":
        raise ReadError(f"{path}: not an XLIFF 1.2 file (root element {root.tag}).")
    language = None
    segments = []
    for file_element in root.findall("x:file", ns):
        language = language or file_element.get("target-language")
        for unit in file_element.iter(f"{{{XLIFF_NS}}}trans-unit"):
            source, target = unit.find("x:source", ns), unit.find("x:target", ns)
            if source is None or target is None:
                continue
            ident = unit.get("id", "")
            position = raw.find(f'id="{ident}"')
            segments.append(
                Segment(
                    target=_inner(target),
                    source=_inner(source),
                    id=ident,
                    line=raw.count("\n", 0, position) + 1 if position >= 0 else None,
                )
            )
    return segments, language
