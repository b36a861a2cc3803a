"""Arabic ligatures that PDF tools read back with their letters in order.

WeasyPrint draws an Arabic word as its glyphs in visual order (right to left on the page),
each mapped to its letters by the font's ToUnicode table; a lam-alef ligature is one glyph
for two letters, mapped lam then alef. Text extractors (poppler's pdftotext, PDF.js, PDFium)
turn the visual order into reading order character by character, which also reverses the two
letters of every ligature: "الإقليمي" came back as "اإلقليمي", "على" as "عىل". So each glyph
that stands for several right-to-left letters is mapped to them in visual order, which those
tools reverse into the right one. Glyphs of one letter, and left-to-right text, are untouched.
"""

import io
import re

import pikepdf

RIGHT_TO_LEFT = re.compile("^[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]{2,}$")
BFCHAR = re.compile(rb"(beginbfchar)(.*?)(endbfchar)", re.S)
ENTRY = re.compile(rb"<([0-9A-Fa-f]+)>(\s*)<([0-9A-Fa-f]+)>")


def _visual(match):
    code, space, text = match.groups()
    letters = bytes.fromhex(text.decode()).decode("utf-16-be", "replace")
    if not RIGHT_TO_LEFT.match(letters):
        return match.group(0)
    reversed_hex = letters[::-1].encode("utf-16-be").hex().upper().encode()
    return b"<" + code + b">" + space + b"<" + reversed_hex + b">"


def ligatures_in_reading_order(pdf_bytes):
    """The PDF with every multi-letter right-to-left glyph mapped as extractors expect."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    changed = False
    seen = set()
    for page in pdf.pages:
        for _name, font in (page.get("/Resources", {}).get("/Font", {}) or {}).items():
            stream = font.get("/ToUnicode")
            if stream is None or stream.objgen in seen:
                continue
            seen.add(stream.objgen)
            data = stream.read_bytes()
            fixed = BFCHAR.sub(
                lambda block: block.group(1) + ENTRY.sub(_visual, block.group(2)) + block.group(3),
                data,
            )
            if fixed != data:
                stream.write(fixed)
                changed = True
    if not changed:
        return pdf_bytes
    result = io.BytesIO()
    pdf.save(result)
    return result.getvalue()
