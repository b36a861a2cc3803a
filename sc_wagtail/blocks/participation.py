"""Who took part: qualifiers and participant categories, and the phrases built from them.

A participation row is data (qualifier, number, category, optional parent category); the
sentence a reader sees is built here from translatable templates, so "more than 60
municipal officials, including 15 mayors" reads right in every locale and its figures can
never drift between languages.

Categories are a fixed list that a site can extend: point
``SC_WAGTAIL["PARTICIPANT_CATEGORIES"]`` at its own list, e.g.
``[*DEFAULT_CATEGORIES, Category("police", _("Police officers"), police_phrase)]``.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import models
from django.utils.module_loading import import_string
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext, pgettext
from django.utils.translation import gettext_lazy as _

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.formatting import figure


class Qualifier(models.TextChoices):
    EXACTLY = "exactly", _("exactly")
    MORE_THAN = "more_than", _("more than")
    OVER = "over", _("over")
    NEARLY = "nearly", _("nearly")
    SOME = "some", _("some")
    ABOUT = "about", _("about")


@dataclass(frozen=True)
class Category:
    key: str
    label: str
    # ``phrase(n)`` is the plural-aware "%(count)s mayors" template for n people.
    phrase: Callable[[int], str]
    # Counted in the network's "mayors and local leaders engaged" figure.
    leader: bool = False
    # Counted in the network's "local government officials engaged" figure.
    local_government: bool = False


# Each phrase is a literal ngettext call so makemessages finds it; translators get the
# full plural table of their language (Arabic has six forms).
DEFAULT_CATEGORIES = [
    Category(
        "mayors",
        _("Mayors"),
        lambda n: ngettext("%(count)s mayor", "%(count)s mayors", n),
        leader=True,
        local_government=True,
    ),
    Category(
        "deputy_mayors",
        _("Deputy mayors"),
        lambda n: ngettext("%(count)s deputy mayor", "%(count)s deputy mayors", n),
        leader=True,
        local_government=True,
    ),
    Category(
        "mayors_and_deputies",
        _("Mayors and deputy mayors"),
        lambda n: ngettext(
            "%(count)s mayor or deputy mayor", "%(count)s mayors and deputy mayors", n
        ),
        leader=True,
        local_government=True,
    ),
    Category(
        "governors",
        _("Governors"),
        lambda n: ngettext("%(count)s governor", "%(count)s governors", n),
        leader=True,
        local_government=True,
    ),
    Category(
        "municipal_officials",
        _("Municipal officials"),
        lambda n: ngettext("%(count)s municipal official", "%(count)s municipal officials", n),
        local_government=True,
    ),
    Category(
        "practitioners",
        _("Practitioners"),
        lambda n: ngettext("%(count)s practitioner", "%(count)s practitioners", n),
    ),
    Category(
        "civil_society",
        _("Civil society representatives"),
        lambda n: ngettext(
            "%(count)s civil society representative", "%(count)s civil society representatives", n
        ),
    ),
    Category(
        "national_government",
        _("National government representatives"),
        lambda n: ngettext(
            "%(count)s national government representative",
            "%(count)s national government representatives",
            n,
        ),
    ),
    Category(
        "multilateral",
        _("Representatives of multilateral organisations"),
        lambda n: ngettext(
            "%(count)s representative of a multilateral organisation",
            "%(count)s representatives of multilateral organisations",
            n,
        ),
    ),
    Category(
        "youth",
        _("Young people"),
        lambda n: ngettext("%(count)s young person", "%(count)s young people", n),
    ),
    Category(
        "participants",
        _("Participants (all)"),
        lambda n: ngettext("%(count)s participant", "%(count)s participants", n),
    ),
]


def categories():
    """The site's categories by key, in editor order."""
    value = sc_settings.PARTICIPANT_CATEGORIES
    found = import_string(value) if isinstance(value, str) else value
    return {category.key: category for category in found}


def category_choices():
    return [(key, category.label) for key, category in categories().items()]


def category(key):
    """The category, or a generic one for a key a site has since removed (data is kept)."""
    return categories().get(key) or DEFAULT_CATEGORIES[-1]


def qualified(qualifier, text):
    """``text`` ("60 mayors") with its qualifier: "more than 60 mayors"."""
    templates = {
        Qualifier.MORE_THAN: pgettext("participation figure", "more than %(figure)s"),
        Qualifier.OVER: pgettext("participation figure", "over %(figure)s"),
        Qualifier.NEARLY: pgettext("participation figure", "nearly %(figure)s"),
        Qualifier.SOME: pgettext("participation figure", "some %(figure)s"),
        Qualifier.ABOUT: pgettext("participation figure", "about %(figure)s"),
    }
    template = templates.get(qualifier)
    return template % {"figure": text} if template else text


def row_phrase(row):
    """One row as a phrase: "more than 60 municipal officials"."""
    number = row["number"] or 0
    counted = category(row["category"]).phrase(number) % {"count": figure(number)}
    return qualified(row["qualifier"], counted)


def join_and(items):
    """ "a, b and c" in the active language (Arabic joins "و" to the next word)."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    separator = pgettext("list separator", ", ")
    return gettext("%(items)s and %(last)s") % {
        "items": separator.join(items[:-1]),
        "last": items[-1],
    }


def participation_sentences(rows):
    """Each top-level row with the rows that are part of it, as reader-facing sentences.

    ``rows`` are dicts (or StructValues) with qualifier, number, category and part_of.
    """
    rows = [row for row in rows if row["category"] and row["number"] is not None]
    sentences = []
    for row in rows:
        if row.get("part_of"):
            continue
        children = [child for child in rows if child.get("part_of") == row["category"]]
        text = row_phrase(row)
        if children:
            text = pgettext("participation figure", "%(whole)s, including %(parts)s") % {
                "whole": text,
                "parts": join_and(row_phrase(child) for child in children),
            }
        sentences.append(capfirst(text))
    return sentences


def places_sentence(cities, countries):
    """ "25 cities from 12 countries", or whichever half is known."""
    city_text = (
        ngettext("%(count)s city", "%(count)s cities", cities) % {"count": figure(cities)}
        if cities
        else ""
    )
    country_text = (
        ngettext("%(count)s country", "%(count)s countries", countries)
        % {"count": figure(countries)}
        if countries
        else ""
    )
    if city_text and country_text:
        return capfirst(
            pgettext("participation figure", "%(cities)s from %(countries)s")
            % {"cities": city_text, "countries": country_text}
        )
    return capfirst(city_text or country_text)
