"""Text helpers shared by the checks: tokens, numbers, URLs, placeholders."""

import re

URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'«»]+[^\s<>\"'«».,;:!?)\]]")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# Python %-format, {}-format and wagtail-localize inline tags.
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{[\w.]*\}|</?[a-zA-Z][^<>]*>")
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# A number with optional grouping and decimals in any of our locales' conventions.
NUMBER = re.compile(r"(?<![\w.,])\d+(?:[ \u00a0\u202f.,'’]\d{3})*(?:[.,]\d+)?(?![\w])")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)


def strip_urls(text):
    return EMAIL.sub(" ", URL.sub(" ", text))


def numbers(text):
    """Numbers as digit strings without grouping: '1 000,5' and '1,000.5' both → '10005'.

    Years, counts and amounts must survive translation; their punctuation may change."""
    text = PLACEHOLDER.sub(" ", strip_urls(text.translate(ARABIC_DIGITS)))
    return sorted(re.sub(r"\D", "", m.group()) for m in NUMBER.finditer(text))


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def _(message):
    """``message`` in the active language when Django is set up (a reviewer reads the hints
    on the review screen, in the admin's language), as written otherwise (the command line
    an agency runs without the CMS)."""
    try:
        from django.conf import settings

        if settings.configured:
            from django.utils.translation import gettext

            return gettext(message)
    except ImportError:  # the checks without Django installed
        pass
    return message


MASKED = re.compile(URL.pattern + "|" + PLACEHOLDER.pattern)


def mask(text):
    """URLs, placeholders and inline tags replaced by x's of the same length: offsets stay
    true, and "https://" or "%(name)s:" never look like punctuation."""
    return MASKED.sub(lambda match: "x" * len(match.group()), text)


def replace_at(text, replacements):
    """``text`` with each (start, end, new) span replaced; spans must not overlap."""
    for start, end, new in sorted(replacements, reverse=True):
        text = text[:start] + new + text[end:]
    return text
