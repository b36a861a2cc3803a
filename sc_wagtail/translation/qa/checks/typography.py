"""Checks that read the target text alone: repeats, brackets and quotes, footnote markers
and acronyms (spacing and punctuation marks are in spacing.py). They work on files straight
from an agency or the old site."""

import re
from collections import defaultdict

from ..findings import Severity
from ..registry import Check, register
from ..text import _
from ..text import mask as _mask
from .spacing import ARABIC, NBSP, around


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
                match.group(),
                _("“{word}” is repeated.").format(word=match.group(1)),
                start=match.start(),
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
                        _("“{mark}” closes nothing: add “{opening}” or remove it.").format(
                            mark=char, opening=closers[char]
                        ),
                        start=index,
                    )
        for char, index in stack:
            yield self.finding(
                around(segment.target, index, index + 1),
                _("“{mark}” is never closed: add “{closing}”.").format(
                    mark=char, closing=pairs[char]
                ),
                start=index,
            )
        if text.count('"') % 2:
            index = text.rfind('"')
            yield self.finding(
                around(segment.target, index, index + 1),
                _('Odd number of straight quotes (").'),
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
                _(
                    "“{number}” is glued to “{word}”: a lost footnote marker? Make it a "
                    "superscript or add a space."
                ).format(number=match.group(2), word=match.group(1)),
                start=match.start(),
            )
        for match in self.AFTER_PUNCTUATION.finditer(text):
            yield self.finding(
                around(segment.target, match.start(), match.end()),
                _("“{number}” is glued after “{mark}”: a lost footnote marker?").format(
                    number=match.group(2), mark=match.group(1)
                ),
                start=match.start(),
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
                            _(
                                "“…{term}” was introduced as {first}; here it is {acronym}. "
                                "Use one acronym."
                            ).format(term=tail, first=first, acronym=acronym),
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
                            _("{acronym} stands for “…{first}” and for “…{other}”.").format(
                                acronym=acronym, first=first_tail, other=tail
                            ),
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
                            _("{token} looks like {known} with its letters swapped.").format(
                                token=token, known=known
                            ),
                            start=match.start(),
                            severity=Severity.WARNING,
                        ),
                    )
