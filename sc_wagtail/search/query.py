"""Searching the entries of one locale: PostgreSQL's full-text search in the language's own
configuration where it runs, the stored Snowball stems elsewhere (SQLite). Both match every
word of the query (stemmed), rank title matches first, and see only live, public pages."""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page

from sc_wagtail.core.privacy import public

from .languages import config_for, stems, words
from .models import SearchEntry

EXCERPT_WORDS = 40


@dataclass
class Filters:
    kind: str = ""
    hub_key: object = None
    year: int | None = None


def search(locale, text, filters=None):
    """Entries of ``locale`` matching ``text``, best first (a queryset: slice it to page)."""
    filters = filters or Filters()
    language = locale.language_code
    entries = SearchEntry.objects.filter(
        locale=locale, page__in=public(Page.objects.live()).values("pk")
    ).select_related("page")
    if filters.kind:
        entries = entries.filter(kind=filters.kind)
    if filters.hub_key:
        entries = entries.filter(hub_key=filters.hub_key)
    if filters.year:
        entries = entries.filter(year=filters.year)
    if connection.vendor == "postgresql":
        query = SearchQuery(text, config=config_for(language), search_type="websearch")
        return (
            entries.filter(vector=query)
            .annotate(rank=SearchRank(F("vector"), query))
            .order_by("-rank", "-date", "pk")
        )
    wanted = stems(text, language)
    if not wanted:
        return entries.none()
    for stem in wanted:
        entries = entries.filter(stems__contains=f" {stem} ")
    in_title = Q()
    for stem in wanted:
        in_title &= Q(title_stems__contains=f" {stem} ")
    return entries.annotate(
        rank=Case(When(in_title, then=Value(1)), default=Value(0), output_field=IntegerField())
    ).order_by("-rank", "-date", "pk")


_TOKEN = re.compile(r"(\w+)", re.UNICODE)


def highlight(text, query, language_code, limit=EXCERPT_WORDS):
    """An excerpt of ``text`` around the first word matching the query, matching words in
    <mark> (escaped otherwise): the same stems the query matched with."""
    wanted = set(stems(query, language_code))
    pieces = _TOKEN.split(text)
    marks = [
        bool(i % 2) and bool(words(piece)) and stems(piece, language_code)[0] in wanted
        for i, piece in enumerate(pieces)
    ]
    first = next((i for i, marked in enumerate(marks) if marked), 1)
    word_positions = list(range(1, len(pieces), 2))  # split() puts the words at odd places
    at = word_positions.index(first) if first in word_positions else 0
    start = word_positions[max(0, at - limit // 4)] if word_positions else 0
    end_index = min(len(word_positions) - 1, at + limit - limit // 4) if word_positions else 0
    end = word_positions[end_index] + 1 if word_positions else len(pieces)
    out = []
    for i in range(start, end):
        piece = escape(pieces[i])
        out.append(f"<mark>{piece}</mark>" if marks[i] else piece)
    excerpt = "".join(out).strip()
    prefix = "… " if start > 1 else ""
    suffix = " …" if end < len(pieces) - 1 else ""
    return mark_safe(prefix + " ".join(excerpt.split()) + suffix)
