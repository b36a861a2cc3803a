"""Spacing and punctuation marks: checks whose findings are mechanical, so each also knows
its fix (``Check.fix``). The review screen applies a fix in one click, and the pipeline
applies them all to machine drafts before anyone reads them (``fix_all``).

A fix never touches URLs, placeholders or inline tags (they are masked), and changes only
what its check reports: after a fix, its check finds nothing.
"""

import re

from ..registry import Check, register
from ..text import _, mask, replace_at

NBSP = "\u00a0\u202f"  # no-break space, narrow no-break space
NNBSP = "\u202f"
ARABIC = "\u0600-\u06ff\u0750-\u077f"


def around(text, start, end, reach=14):
    """The fragment from ``start`` to ``end`` widened to whole words, for a readable report."""
    left = text.rfind(" ", max(0, start - reach), start)
    right = text.find(" ", end, end + reach)
    left = max(0, start - reach) if left < 0 else left + 1
    right = min(len(text), end + reach) if right < 0 else right
    return text[left:right].strip()


class MechanicalCheck(Check):
    """A check that reports spans of the target text and knows their replacement:
    ``spans(text, context)`` yields (start, end, replacement, hint)."""

    def spans(self, text, context):
        return ()

    def check_segment(self, segment, context):
        for start, end, _new, hint in self.spans(segment.target, context):
            yield self.finding(around(segment.target, start, end), hint, start=start)

    def fix(self, text, context):
        return replace_at(text, [(s, e, new) for s, e, new, _hint in self.spans(text, context)])


@register
class FrenchPunctuationSpacing(MechanicalCheck):
    """French typography: a (narrow) no-break space before ; : ! ? and inside « »."""

    name = "french-punctuation-spacing"
    locales = {"fr"}
    # A letter, closing mark or quote directly before ; : ! ? (no space at all).
    MISSING = re.compile(r"(?<=[^\W\d_]|[»)\]”])([;:!?])")
    BREAKING = re.compile(r"(?<=\S) ([;:!?»])|(«) ")
    MISSING_IN_QUOTES = re.compile(r"«(?=[^\s" + NBSP + r"])|(?<=[^\s" + NBSP + r"])»")

    def spans(self, text, context):
        masked = mask(text)
        for match in self.MISSING.finditer(masked):
            mark = match.group(1)
            following = masked[match.end() : match.end() + 1]
            if following and following in ";:!?":
                continue  # "?!" needs one space, before the first mark only
            yield (
                match.start(),
                match.start(),
                NNBSP,
                _("Put a narrow no-break space before “{mark}”.").format(mark=mark),
            )
        for match in self.BREAKING.finditer(masked):
            mark = match.group(1) or match.group(2)
            space = match.start() if match.group(1) else match.end() - 1
            yield (
                space,
                space + 1,
                NNBSP,
                _("Use a no-break space at “{mark}”, so the mark never starts a line.").format(
                    mark=mark
                ),
            )
        for match in self.MISSING_IN_QUOTES.finditer(masked):
            at = match.start() + 1 if match.group() == "«" else match.start()
            yield at, at, NNBSP, _("Put a no-break space inside « and ».")


@register
class SpaceBeforePunctuation(MechanicalCheck):
    """A stray space before a comma or full stop (and, outside French, before ; : ! ?)."""

    name = "space-before-punctuation"
    ANY = re.compile(r"(?<=[^\s" + NBSP + r"])[ " + NBSP + r"]+([,.](?!\.)|[;:!?](?!\S))")
    FRENCH = re.compile(r"(?<=[^\s" + NBSP + r"])[ " + NBSP + r"]+([,.])(?!\.)")
    ARABIC_MARKS = re.compile(r"(?<=\S)[ " + NBSP + r"]+([،؛؟])")

    def spans(self, text, context):
        masked = mask(text)
        language = context.target_language
        pattern = self.FRENCH if language == "fr" else self.ANY
        matches = list(pattern.finditer(masked))
        if language == "ar":
            matches += list(self.ARABIC_MARKS.finditer(masked))
        for match in matches:
            if match.group(1) in ".," and masked[match.end() : match.end() + 1].isdigit():
                continue  # " .5" or " ,25": a decimal, not punctuation
            yield (
                match.start(),
                match.start(1),
                "",
                _("Remove the space before “{mark}”.").format(mark=match.group(1)),
            )


@register
class DoubleSpace(MechanicalCheck):
    name = "double-space"
    PATTERN = re.compile(r"(?<=\S)[ " + NBSP + r"]{2,}(?=\S)")

    def spans(self, text, context):
        for match in self.PATTERN.finditer(mask(text)):
            # Keep one space, a no-break one if the run had one (French spacing).
            kept = next((c for c in match.group() if c in NBSP), " ")
            yield (
                match.start(),
                match.end(),
                kept,
                _("Replace the double space with a single space."),
            )


@register
class ArabicPunctuation(MechanicalCheck):
    name = "arabic-punctuation"
    locales = {"ar"}
    LATIN = re.compile(r"(?<=[" + ARABIC + r"])\s*([,;?])(?=\s*[" + ARABIC + r"]|\s*$)")
    USE = {",": "،", ";": "؛", "?": "؟"}

    def spans(self, text, context):
        for match in self.LATIN.finditer(mask(text)):
            mark = match.group(1)
            yield (
                match.start(1),
                match.end(1),
                self.USE[mark],
                _("Use the Arabic “{arabic}” instead of “{mark}”.").format(
                    arabic=self.USE[mark], mark=mark
                ),
            )


@register
class DashSpacing(Check):
    """A dash glued to the next word or spaced on one side only ("Amina Yusuf -Kisumu"):
    a lost separator between a name and a place, a range or an aside. Which side was meant
    is for a person to say, so there is no mechanical fix."""

    name = "dash-spacing"
    BEFORE_ONLY = re.compile(r"(?<=[^\W_]) ([-–—])(?=[^\W\d_])")
    AFTER_ONLY = re.compile(r"(?<=[^\W\d_])([-–—]) (?=[^\W_])")
    # "pré- et post-électoral": a hyphen left hanging before a conjunction is correct.
    CONJUNCTIONS = {"and", "or", "et", "ou", "y", "o", "e", "u", "dhe", "ose", "و", "أو"}

    def check_segment(self, segment, context):
        text = mask(segment.target)
        for match in self.BEFORE_ONLY.finditer(text):
            yield self.finding(
                around(segment.target, match.start(), match.end() + 1),
                _("The dash has a space before it and none after: space both sides or neither."),
                start=match.start(),
            )
        for match in self.AFTER_ONLY.finditer(text):
            following = text[match.end() :].split(maxsplit=1)
            if match.group(1) == "-" and following and following[0].lower() in self.CONJUNCTIONS:
                continue
            yield self.finding(
                around(segment.target, match.start(), match.end()),
                _("The dash has a space after it and none before: space both sides or neither."),
                start=match.start(),
            )


# The order fixes are applied in: spaces collapsed first, then removed, then added.
FIX_ORDER = [
    "double-space",
    "space-before-punctuation",
    "french-punctuation-spacing",
    "arabic-punctuation",
]
