"""Checks that compare a translation with its source."""

import re
from collections import Counter, defaultdict

from ..findings import Severity
from ..registry import Check, register
from ..text import EMAIL, PLACEHOLDER, URL, WORD, _, numbers


@register
class NumbersPreserved(Check):
    name = "numbers-preserved"
    severity = Severity.ERROR
    bilingual = True

    def check_segment(self, segment, context):
        if not segment.source:
            return
        # Small numbers are often written as words in a translation ("2" → "deux").
        source = Counter(n for n in numbers(segment.source) if len(n) > 1)
        target = Counter(numbers(segment.target))
        for number, count in (source - target).items():
            yield self.finding(
                number,
                _(
                    "The number {number} of the source is missing ({count}×): figures "
                    "must not change in translation."
                ).format(number=number, count=count),
            )


@register
class LinksPreserved(Check):
    name = "urls-emails-preserved"
    severity = Severity.ERROR
    bilingual = True

    def check_segment(self, segment, context):
        if not segment.source:
            return
        for pattern in (URL, EMAIL):
            missing = set(pattern.findall(segment.source)) - set(pattern.findall(segment.target))
            for value in sorted(missing):
                yield self.finding(
                    value, _("Keep {value} exactly as in the source.").format(value=value)
                )


@register
class MarkupPreserved(Check):
    name = "markup-preserved"
    severity = Severity.ERROR
    bilingual = True

    def _tokens(self, text):
        return Counter(re.sub(r"\s+", " ", m) for m in PLACEHOLDER.findall(text))

    def check_segment(self, segment, context):
        if not segment.source:
            return
        source, target = self._tokens(segment.source), self._tokens(segment.target)
        for token in sorted((source - target).elements()):
            yield self.finding(
                token,
                _("{token} of the source is missing: keep tags and placeholders.").format(
                    token=token
                ),
            )
        for token in sorted((target - source).elements()):
            yield self.finding(
                token, _("{token} is not in the source: remove it.").format(token=token)
            )


@register
class Untranslated(Check):
    name = "untranslated"
    bilingual = True

    def check_segment(self, segment, context):
        if not segment.source or context.target_language == context.source_language:
            return
        source, target = segment.source.strip(), segment.target.strip()
        if source == target and len(WORD.findall(PLACEHOLDER.sub(" ", source))) >= 2:
            names = [t.term for t in getattr(context.glossary, "terms", []) if t.do_not_translate]
            if source not in names:
                yield self.finding(
                    source[:60], _("The target is the same as the source: is it translated?")
                )


@register
class LengthRatio(Check):
    name = "length-ratio"
    bilingual = True
    LOW, HIGH, MIN_SOURCE = 0.4, 2.5, 30

    def check_segment(self, segment, context):
        if not segment.source or len(segment.source) < self.MIN_SOURCE or not segment.target:
            return
        ratio = len(segment.target) / len(segment.source)
        if not self.LOW <= ratio <= self.HIGH:
            yield self.finding(
                segment.target[:60],
                _(
                    "The translation is {ratio}× the length of the source: is something "
                    "missing or added?"
                ).format(ratio=f"{ratio:.1f}"),
            )


@register
class EdgeWhitespace(Check):
    name = "leading-trailing-space"
    bilingual = True

    def check_segment(self, segment, context):
        if segment.source is None or not segment.target:
            return
        hints = {
            "leading": _("The leading space differs from the source."),
            "trailing": _("The trailing space differs from the source."),
        }
        for label, test in (("leading", str.startswith), ("trailing", str.endswith)):
            space = (" ", "\u00a0", "\t", "\n")
            if any(test(segment.target, s) for s in space) != any(
                test(segment.source, s) for s in space
            ):
                yield self.finding(
                    repr(segment.target[:20] if label == "leading" else segment.target[-20:]),
                    hints[label],
                )


@register
class AcronymMapping(Check):
    """A source acronym is kept everywhere, or mapped to one target acronym everywhere."""

    name = "acronym-mapping"
    bilingual = True
    TOKEN = re.compile(r"(?<![\w-])([A-Z][A-Z0-9&]{1,7})(?![\w-])")

    def check_document(self, segments, context):
        seen = defaultdict(dict)  # source acronym → {rendering: first segment}
        for segment in segments:
            if not segment.source:
                continue
            source = set(self.TOKEN.findall(segment.source))
            target = set(self.TOKEN.findall(segment.target))
            missing, new = source - target, target - source
            for acronym in source & target:
                self._note(seen, acronym, acronym, segment)
            if len(missing) == 1 and len(new) == 1:
                self._note(seen, next(iter(missing)), next(iter(new)), segment)
        for acronym, renderings in seen.items():
            if len(renderings) > 1:
                (first, _segment), *others = renderings.items()
                for rendering, segment in others:
                    yield (
                        segment,
                        self.finding(
                            rendering,
                            _(
                                "{acronym} is written {first} elsewhere and {rendering} "
                                "here: use one."
                            ).format(acronym=acronym, first=first, rendering=rendering),
                        ),
                    )

    def _note(self, seen, acronym, rendering, segment):
        seen[acronym].setdefault(rendering, segment)


@register
class FootnotePosition(Check):
    """A footnote number the source puts against a word ("local authorities (LAs)2", or in
    <sup>) standing alone inside the translated sentence ("les autorités locales 2 (AL)"):
    the marker was detached from what it annotates."""

    name = "footnote-position"
    bilingual = True
    # A marker in the source: glued after a letter or closing mark, or a superscript.
    # (After a word's punctuation too, "cities.2", but never "10:30" or "1,5".)
    MARKER = re.compile(
        r"(?:(?<=[^\W\d_])|(?<=[)\]»”])|(?<=[^\W\d_][.,;:]))(\d{1,2})(?=[\s.,;:!?)]|$)"
        r"|<sup>(\d{1,2})</sup>"
    )
    # A number standing alone between words, or a superscript right before "(" or a word.
    ALONE = re.compile(r"(?<=\s)(\d{1,2})(?=\s+[(\w])|<sup>(\d{1,2})</sup>(?=\s*\()")
    STANDALONE = re.compile(r"(?<![\w.,])(\d{1,2})(?![\w.,])")

    def check_segment(self, segment, context):
        if not segment.source:
            return
        markers = {a or b for a, b in self.MARKER.findall(segment.source)}
        # A number the source also writes as a number (not a marker) is a count, not a note.
        counts = set(self.STANDALONE.findall(re.sub(r"<sup>\d{1,2}</sup>", " ", segment.source)))
        counts -= {a for a, _b in self.MARKER.findall(segment.source) if a}
        for match in self.ALONE.finditer(segment.target):
            number = match.group(1) or match.group(2)
            if number in markers and number not in counts:
                yield self.finding(
                    segment.target[max(0, match.start() - 20) : match.end() + 8].strip(),
                    _(
                        "The note {number} stands inside the sentence: put it where the "
                        "source has it, against the word it annotates."
                    ).format(number=number),
                    start=match.start(),
                )
