"""Reading time, counted on the text of the page's own locale."""

import math
import re

from django.utils.html import strip_tags

from sc_wagtail.conf import sc_settings

WORD = re.compile(r"\w+(?:[-'\u2019]\w+)*", re.UNICODE)  # hyphen and apostrophes join words


def count_words(*texts):
    return sum(len(WORD.findall(strip_tags(str(text or "")))) for text in texts)


def stream_text(stream_value):
    """The readable text of a StreamField value: rich text, headings, quotes, captions."""
    parts = []

    def walk(value):
        if value is None:
            return
        if hasattr(value, "source"):  # RichText
            parts.append(value.source)
        elif isinstance(value, str):
            parts.append(value)
        elif isinstance(value, dict) or hasattr(value, "items"):
            for child in value.values():
                walk(child)
        elif isinstance(value, list | tuple) or hasattr(value, "__iter__"):
            for child in value:
                walk(getattr(child, "value", child))

    for block in stream_value or []:
        walk(block.value)
    return " ".join(parts)


def reading_minutes(word_count):
    if not word_count:
        return 0
    return max(1, math.ceil(word_count / sc_settings.READING_WORDS_PER_MINUTE))
