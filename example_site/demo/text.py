"""Demo text in five languages, and the catalogue that turns it into translations.

Each translatable value in the demo data is written once as ``T(en=..., fr=..., ...)``.
The English text becomes the source content; the others become wagtail-localize string
translations, so the demo site is translated the same way an editor's content is.
"""

from django.core.management.base import CommandError

LANGS = ("en", "fr", "es", "ar", "sq")
_ALL = []


class T(dict):
    """A text in every demo language; ``str(t)`` is the English source."""

    def __init__(self, **texts):
        missing = [code for code in LANGS if not texts.get(code)]
        if missing:
            raise ValueError(f"Demo text {texts.get('en')!r} lacks {missing}")
        super().__init__(texts)
        _ALL.append(self)

    def __str__(self):
        return self["en"]


def catalogue(language_code):
    """``{english: translation}`` over all demo texts, for one language."""
    table = {}
    for text in _ALL:
        previous = table.setdefault(text["en"], text[language_code])
        if previous != text[language_code]:
            raise CommandError(
                f"Demo text {text['en']!r} has two {language_code} translations: "
                f"{previous!r} and {text[language_code]!r}"
            )
    return table
