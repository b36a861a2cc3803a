"""Checks that read the target text alone: spacing, punctuation, brackets, repeats,
footnote markers and acronyms. They work on files straight from an agency or the old site."""

import re
from collections import defaultdict

from ..findings import Severity
from ..registry import Check, register
from ..text import PLACEHOLDER, URL

NBSP = "\u00a0\u202f"  # no-break space, narrow no-break space
ARABIC = "\u0600-\u06ff\u0750-\u077f"


def around(text, start, end, reach=14):
    """The fragment from ``start`` to ``end`` widened to whole words, for a readable report."""
    left = text.rfind(" ", max(0, start - reach), start)
    right = text.find(" ", end, end + reach)
    left = max(0, start - reach) if left < 0 else left + 1
    right = min(len(text), end + reach) if right < 0 else right
    return text[left:right].strip()


def _mask(text):
    """Replace URLs and placeholders by x's of the same length, so offsets stay true and
    'https://' or '%(name)s:' never look like punctuation errors."""

    def blank(match):
        return "x" * len(match.group())

    return PLACEHOLDER.sub(blank, URL.sub(blank, text))


@register
class FrenchPunctuationSpacing(Check):
    """French typography: a (narrow) no-break space before ; : ! ? and inside « »."""

    name = "french-punctuation-spacing"
    locales = {"fr"}
    # A letter, digit-free closing mark or quote directly before ; : ! ? (no space at all).
    MISSING = re.compile(r"(?<=[^\W\d_]|[»)\]”])([;:!?])")
    BREAKING = re.compile(r"(?<=\S) ([;:!?»])|(«) ")
    MISSING_IN_QUOTES = re.compile(r"«(?=[^\s" + NBSP + r"])|(?<=[^\s" + NBSP + r"])»")

    def check_segment(self, segment, context):
        text = _mask(segment.target)
        for match in self.MISSING.finditer(text):
            mark = match.group(1)
            following = text[match.end() : match.end() + 1]
            if following in ";:!?" and following:
                continue  # "?!" needs one space, before the first mark only
            yield self.finding(
                around(segment.target, match.start(), match.end()),
                f"Put a narrow no-break space before “{mark}”.",
                start=match.start(),
            )
        for match in self.BREAKING.finditer(text):
            mark = match.group(1) or match.group(2)
            yield self.finding(
                around(segment.target, match.start(), match.end()),
                f"Use a no-break space (U+202F or U+00A0) at “{mark}”, so the "
                "mark never starts a line.",
                start=match.start(),
            )
        for match in self.MISSING_IN_QUOTES.finditer(text):
            yield self.finding(
                around(segment.target, match.start(), match.end()),
                "Put a no-break space inside « and ».",
                start=match.start(),
            )


@register
class SpaceBeforePunctuation(Check):
    """A stray space before a comma or full stop (and, outside French, before ; : ! ?)."""

    name = "space-before-punctuation"
    ANY = re.compile(r"(?<=[^\s" + NBSP + r"])[ " + NBSP + r"]+([,.](?!\.)|[;:!?](?!\S))")
    FRENCH = re.compile(r"(?<=[^\s" + NBSP + r"])[ " + NBSP + r"]+([,.])(?!\.)")
    ARABIC_MARKS = re.compile(r"(?<=\S)[ " + NBSP + r"]+([،؛؟])")

    def check_segment(self, segment, context):
        text = _mask(segment.target)
        language = context.target_language
        pattern = self.FRENCH if language == "fr" else self.ANY
        matches = list(pattern.finditer(text))
        if language == "ar":
            matches += list(self.ARABIC_MARKS.finditer(text))
        for match in matches:
            if match.group(1) in ".," and text[match.end() : match.end() + 1].isdigit():
                continue  # " .5" or " ,25": a decimal, not punctuation
            yield self.finding(
                around(segment.target, match.start(), match.end()),
                f"Remove the space before “{match.group(1)}”.",
                start=match.start(),
            )


@register
class DoubleSpace(Check):
    name = "double-space"
    PATTERN = re.compile(r"(?<=\S)[ " + NBSP + r"]{2,}(?=\S)")

    def check_segment(self, segment, context):
        for match in self.PATTERN.finditer(segment.target):
            yield self.finding(
                around(segment.target, match.start(), match.end()),
                "Replace the double space with a single space.",
                start=match.start(),
            )


@register
class RepeatedWord(Check):
    name = "repeated-word"
    PATTERN = re.compile(r"(?<!\w)([^\W\d_]{2,})[\s" + NBSP + r"]+(\1)(?!\w)", re.IGNORECASE)
    # Repeats that are grammatical ("nous nous sommes", "vous vous").
    ALLOWED = {"fr": {"nous", "vous"}, "es": set(), "en": {"that", "had"}, "sq": set(), "ar": set()}

    def check_segment(self, segment, context):
        allowed = self.ALLOWED.get(context.target_language, set())
        for match in self.PATTERN.finditer(segment.target):
            if match.group(1).lower() in allowed:
                continue
            yield self.finding(
                match.group(), f"“{match.group(1)}” is repeated.", start=match.start()
            )


@register
class UnbalancedPairs(Check):
    """Brackets and quotes that open without closing, or close without opening."""

    name = "unbalanced-brackets-quotes"
    PAIRS = {"(": ")", "[": "]", "{": "}", "«": "»"}
    QUOTES = {
        "en": {"“": "”"},
        "es": {"“": "”"},
        "fr": {"“": "”"},
        "sq": {"„": "“"},
        "ar": {"“": "”"},
    }
    LIST_MARKER = re.compile(r"(?m)^\s*(?:\w{1,3}|\d{1,3})\)")  # "a) item", "1) item"

    def check_segment(self, segment, context):
        text = self.LIST_MARKER.sub(lambda m: m.group()[:-1] + " ", _mask(segment.target))
        pairs = {**self.PAIRS, **self.QUOTES.get(context.target_language, {"“": "”"})}
        closers = {close: open_ for open_, close in pairs.items()}
        stack = []
        for index, char in enumerate(text):
            if char in pairs and not (char in closers and stack and stack[-1][0] == closers[char]):
                stack.append((char, index))
            elif char in closers:
                if stack and stack[-1][0] == closers[char]:
                    stack.pop()
                else:
                    yield self.finding(
                        around(segment.target, index, index + 1),
                        f"“{char}” closes nothing: add “{closers[char]}” or remove it.",
                        start=index,
                    )
        for char, index in stack:
            yield self.finding(
                around(segment.target, index, index + 1),
                f"“{char}” is never closed: add “{pairs[char]}”.",
                start=index,
            )
        if text.count('"') % 2:
            index = text.rfind('"')
            yield self.finding(
                around(segment.target, index, index + 1),
                'Odd number of straight quotes (").',
                start=index,
            )


@register
class GluedFootnote(Check):
    """A number glued to a word: a footnote marker that lost its superscript."""

    name = "glued-footnote"
    AFTER_WORD = re.compile(
        r"(?<![\w-])([^\W\d_]*[a-zà-ÿ" + ARABIC + r"])(\d{1,3})(?=[\s.,;:!?)\]]|$)"
    )
    AFTER_PUNCTUATION = re.compile(r"(?<=[^\W\d_])([.!?»”)])(\d{1,3})(?=\s)")

    def check_segment(self, segment, context):
        text = _mask(segment.target)
        for match in self.AFTER_WORD.finditer(text):
            word = match.group(1)
            if len(word) < 3 or any(c.isupper() for c in word[1:]):
                continue  # "m2", "IPv6", "mp3": units and names, not footnotes
            yield self.finding(
                match.group(),
                f"“{match.group(2)}” is glued to "
                f"“{match.group(1)}”: a lost footnote marker? Make it a "
                "superscript or add a space.",
                start=match.start(),
            )
        for match in self.AFTER_PUNCTUATION.finditer(text):
            yield self.finding(
                around(segment.target, match.start(), match.end()),
                f"“{match.group(2)}” is glued after “{match.group(1)}”: a lost footnote marker?",
                start=match.start(),
            )


@register
class ArabicPunctuation(Check):
    name = "arabic-punctuation"
    locales = {"ar"}
    LATIN = re.compile(r"(?<=[" + ARABIC + r"])\s*([,;?])(?=\s*[" + ARABIC + r"]|\s*$)")
    USE = {",": "،", ";": "؛", "?": "؟"}

    def check_segment(self, segment, context):
        text = _mask(segment.target)
        for match in self.LATIN.finditer(text):
            mark = match.group(1)
            yield self.finding(
                around(segment.target, match.start(), match.end()),
                f"Use the Arabic “{self.USE[mark]}” instead of “{mark}”.",
                start=match.start(1),
            )


ACRONYM = r"[A-Z][A-Z0-9&]{1,7}"


@register
class AcronymConsistency(Check):
    """One term, one acronym, within a document: "Youth Council (YC)" then "(CY)" for the
    same council, or an acronym written with its letters swapped."""

    name = "acronym-consistency"
    severity = Severity.ERROR
    INTRODUCED = re.compile(r"((?:[^\W\d_][\w'’-]*[\s" + NBSP + r"]+){1,8}?)\((" + ACRONYM + r")\)")
    TOKEN = re.compile(r"(?<![\w-])(" + ACRONYM + r")(?![\w-])")

    def _tail(self, words):
        """The last three words of an expansion, lower-cased: enough to tell terms apart."""
        return " ".join(w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", words)[-3:])

    def check_document(self, segments, context):
        by_term, by_acronym = defaultdict(list), defaultdict(list)
        for segment in segments:
            for match in self.INTRODUCED.finditer(segment.target):
                tail = self._tail(match.group(1))
                if tail:
                    by_term[tail].append((match.group(2), segment, match.start(2)))
                    by_acronym[match.group(2)].append((tail, segment, match.start(2)))
        for tail, uses in by_term.items():
            first = uses[0][0]
            for acronym, segment, start in uses[1:]:
                if acronym != first:
                    yield (
                        segment,
                        self.finding(
                            acronym,
                            f"“…{tail}” was introduced as {first}; here it is {acronym}. "
                            "Use one acronym.",
                            start=start,
                        ),
                    )
        for acronym, uses in by_acronym.items():
            first_tail = uses[0][0]
            for tail, segment, start in uses[1:]:
                if tail != first_tail and tail.split()[-1:] != first_tail.split()[-1:]:
                    yield (
                        segment,
                        self.finding(
                            acronym,
                            f"{acronym} stands for “…{first_tail}” and for “…{tail}”.",
                            start=start,
                            severity=Severity.WARNING,
                        ),
                    )
        introduced = {"".join(sorted(a)): a for a in by_acronym}
        for segment in segments:
            for match in self.TOKEN.finditer(_mask(segment.target)):
                token = match.group(1)
                known = introduced.get("".join(sorted(token)))
                if known and known != token:
                    yield (
                        segment,
                        self.finding(
                            token,
                            f"{token} looks like {known} with its letters swapped.",
                            start=match.start(),
                            severity=Severity.WARNING,
                        ),
                    )
