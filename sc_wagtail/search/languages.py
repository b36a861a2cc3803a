"""How each language's words are matched: one Snowball algorithm per language, used both as
PostgreSQL's text search configuration and (through snowballstemmer) for the stems stored
for SQLite. "ville" and "villes" meet at "vill"; Albanian has no stemmer and is matched word
for word (PostgreSQL's "simple")."""

import functools
import re
import unicodedata

import snowballstemmer

# Language code -> the name PostgreSQL's text search configurations and Snowball share.
ALGORITHMS = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hu": "hungarian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
}
SIMPLE = "simple"
WORD = re.compile(r"\w+", re.UNICODE)


def config_for(language_code):
    """The text search configuration for a language: its Snowball name, or "simple"."""
    return ALGORITHMS.get(language_code.split("-")[0].lower(), SIMPLE)


@functools.cache
def _stemmer(algorithm):
    return snowballstemmer.stemmer(algorithm) if algorithm != SIMPLE else None


def words(text):
    """The words of ``text``, lower-cased (casefold) and without Arabic short vowels."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = "".join(c for c in text if unicodedata.category(c) != "Mn" or c.isascii())
    return WORD.findall(text)


def stems(text, language_code):
    """The stems of the words of ``text`` in its language (the words themselves where the
    language has no stemmer)."""
    stemmer = _stemmer(config_for(language_code))
    found = words(text)
    return stemmer.stemWords(found) if stemmer else found
