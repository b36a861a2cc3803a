"""Small builders for pages in tests (fast: live pages without revisions where enough)."""

import datetime

from django.utils import timezone
from wagtail.models import Locale, Page

from sc_wagtail.core.models import Hub
from sc_wagtail.events.models import EventIndexPage, EventPage
from sc_wagtail.news.models import ArticleType, NewsIndexPage, NewsPage


def english_home():
    return Page.objects.get(depth=2, locale__language_code="en").specific


def locale(code):
    return Locale.objects.get(language_code=code)


def hub(slug, code="en"):
    return Hub.objects.get(slug=slug, locale__language_code=code)


def article_type(slug, code="en"):
    return ArticleType.objects.get(slug=slug, locale__language_code=code)


def news_index(slug="test-news"):
    index = NewsIndexPage(title="Test news", slug=slug)
    english_home().add_child(instance=index)
    return index


def news_page(index, number, **fields):
    defaults = {
        "title": f"Story {number}",
        "slug": f"story-{number}",
        "summary": f"Summary {number}.",
        "publication_date": timezone.localdate() - datetime.timedelta(days=number),
        "article_type": article_type("news"),
        "live": True,
        "body": [("paragraph", f"<p>Paragraph of story {number}.</p>")],
    }
    defaults.update(fields)
    page = NewsPage(**defaults)
    index.add_child(instance=page)
    return page


def event_index(slug="test-events"):
    index = EventIndexPage(title="Test events", slug=slug)
    english_home().add_child(instance=index)
    return index


def event_page(parent, number, days_from_now=10, **fields):
    start = timezone.localdate() + datetime.timedelta(days=days_from_now)
    defaults = {
        "title": f"Event {number}",
        "slug": f"event-{number}",
        "event_type": "workshop",
        "start_date": start,
        "start_time": datetime.time(9),
        "end_date": start,
        "end_time": datetime.time(17),
        "time_zone": "Europe/Tirane",
        "live": True,
    }
    defaults.update(fields)
    page = EventPage(**defaults)
    parent.add_child(instance=page)
    return page
