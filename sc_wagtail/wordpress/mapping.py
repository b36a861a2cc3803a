"""What becomes what, with defaults a mapping file (TOML) can override::

    [post_types]            # WordPress post type -> page type
    post = "sc_news.NewsPage"
    page = "home.ContentPage"
    tribe_events = "sc_events.EventPage"

    [parents]               # page type -> the page type it goes under, in each locale
    "sc_news.NewsPage" = "sc_news.NewsIndexPage"

    [terms]                 # a category or tag slug -> what it is here
    event-reports = { article_type = "event-report" }
    balkans = { hub = "balkans" }
    prevention = { theme = "prevention" }

    default_article_type = "news"

A term the file does not name is matched by slug to an article type, then a hub, then a
theme; a term nothing matches is reported.
"""

import tomllib
from dataclasses import dataclass, field

from django.apps import apps
from django.utils.translation import gettext as _
from wagtail.models import Page

from sc_wagtail.conf import sc_settings

PARENT_HOME = "home"  # the locale's home page (the site root)


@dataclass
class Mapping:
    post_types: dict = field(default_factory=dict)
    parents: dict = field(default_factory=dict)
    terms: dict = field(default_factory=dict)
    default_article_type: str = "news"

    def page_model(self, post_type):
        label = self.post_types.get(post_type)
        return apps.get_model(label) if label else None

    def parent_label(self, model):
        return self.parents.get(model._meta.label, PARENT_HOME)


def defaults():
    post_types = {"post": "sc_news.NewsPage", "tribe_events": "sc_events.EventPage"}
    if sc_settings.WORDPRESS_PAGE_TYPE:
        post_types["page"] = sc_settings.WORDPRESS_PAGE_TYPE
    return Mapping(
        post_types=post_types,
        parents={
            "sc_news.NewsPage": "sc_news.NewsIndexPage",
            "sc_events.EventPage": "sc_events.EventIndexPage",
        },
    )


def load(path=None):
    """The default mapping, with the file's sections on top. Raises ValueError with a
    message naming what is wrong."""
    mapping = defaults()
    if path is None:
        return mapping
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ValueError(
            _("The mapping file cannot be read: %(error)s") % {"error": error}
        ) from error
    mapping.post_types.update(data.get("post_types", {}))
    mapping.parents.update(data.get("parents", {}))
    mapping.terms.update(data.get("terms", {}))
    mapping.default_article_type = data.get("default_article_type", mapping.default_article_type)
    for post_type, label in mapping.post_types.items():
        try:
            model = apps.get_model(label)
        except (LookupError, ValueError) as error:
            raise ValueError(
                _("The mapping sends %(type)s to %(label)s, which is not an installed model.")
                % {"type": post_type, "label": label}
            ) from error
        if not issubclass(model, Page):
            raise ValueError(
                _("The mapping sends %(type)s to %(label)s, which is not a page type.")
                % {"type": post_type, "label": label}
            )
    return mapping
