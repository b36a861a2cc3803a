"""The glossary as the checks see it, and its CSV exchange format.

CSV columns (UTF-8, header row required)::

    term,note,do_not_translate,fr,fr_forbidden,es,es_forbidden,...

``term`` is the source-language term; ``do_not_translate`` is yes/no; ``<lang>`` is the
approved rendering in that language; ``<lang>_forbidden`` lists renderings that must not
be used, separated by ``|``. The same format is exported by the CMS glossary.
"""

import csv
import io
import re
from dataclasses import dataclass, field

TRUE, FALSE = {"yes", "y", "true", "1", "x"}, {"no", "n", "false", "0", ""}


class GlossaryError(ValueError):
    """A glossary file that cannot be read; the message names the line."""


@dataclass
class Term:
    term: str
    note: str = ""
    do_not_translate: bool = False
    renderings: dict = field(default_factory=dict)
    forbidden: dict = field(default_factory=dict)

    def rendering(self, language):
        if self.do_not_translate:
            return self.term
        return self.renderings.get(language, "")


def _pattern(phrase):
    """Whole-word, case-insensitive, any run of spaces between words."""
    words = [re.escape(w) for w in phrase.split()]
    return re.compile(r"(?<!\w)" + r"[\s\u00a0\u202f]+".join(words) + r"(?!\w)", re.IGNORECASE)


class Glossary:
    def __init__(self, terms=()):
        self.terms = list(terms)
        self._patterns = {}

    def __len__(self):
        return len(self.terms)

    def pattern(self, phrase):
        if phrase not in self._patterns:
            self._patterns[phrase] = _pattern(phrase)
        return self._patterns[phrase]

    def find(self, phrase, text):
        return self.pattern(phrase).search(text)

    def enforce(self, text, language):
        """``text`` with every forbidden rendering replaced by the approved one (the term
        itself when it is not translated); returns (text, number of replacements).

        Applied to machine drafts, so reviewers start from the network's own names.
        """
        replaced = 0
        for term in self.terms:
            rendering = term.rendering(language)
            if not rendering:
                continue
            for variant in term.forbidden.get(language, []):
                text, count = self.pattern(variant).subn(rendering, text)
                replaced += count
        return text, replaced

    @classmethod
    def from_csv(cls, stream):
        if isinstance(stream, bytes | str):
            stream = io.StringIO(
                stream.decode("utf-8-sig") if isinstance(stream, bytes) else stream
            )
        reader = csv.DictReader(stream)
        if not reader.fieldnames or "term" not in reader.fieldnames:
            raise GlossaryError(
                "line 1: the header must have a 'term' column "
                "(term,note,do_not_translate,fr,fr_forbidden,...)."
            )
        languages = [
            name
            for name in reader.fieldnames
            if name not in {"term", "note", "do_not_translate"} and not name.endswith("_forbidden")
        ]
        terms = []
        for number, row in enumerate(reader, start=2):
            if None in row:
                raise GlossaryError(f"line {number}: more values than header columns.")
            term = (row.get("term") or "").strip()
            if not term:
                raise GlossaryError(f"line {number}: the 'term' column is empty.")
            flag = (row.get("do_not_translate") or "").strip().lower()
            if flag not in TRUE | FALSE:
                raise GlossaryError(
                    f"line {number}: do_not_translate must be yes or no, not {flag!r}."
                )
            terms.append(
                Term(
                    term=term,
                    note=(row.get("note") or "").strip(),
                    do_not_translate=flag in TRUE,
                    renderings={
                        lang: row[lang].strip()
                        for lang in languages
                        if (row.get(lang) or "").strip()
                    },
                    forbidden={
                        lang: [
                            v.strip()
                            for v in (row.get(f"{lang}_forbidden") or "").split("|")
                            if v.strip()
                        ]
                        for lang in languages
                    },
                )
            )
        return cls(terms)

    def to_csv(self, languages):
        out = io.StringIO()
        columns = ["term", "note", "do_not_translate"]
        for lang in languages:
            columns += [lang, f"{lang}_forbidden"]
        writer = csv.DictWriter(out, fieldnames=columns)
        writer.writeheader()
        for term in self.terms:
            row = {
                "term": term.term,
                "note": term.note,
                "do_not_translate": "yes" if term.do_not_translate else "no",
            }
            for lang in languages:
                row[lang] = term.renderings.get(lang, "")
                row[f"{lang}_forbidden"] = "|".join(term.forbidden.get(lang, []))
            writer.writerow(row)
        return out.getvalue()
