"""The parts of every page (menu, language links, hreflang links, the problem-report form)
cost a fixed number of queries, however many menu items and translations there are."""

import pytest
from django.db import connection
from django.test import Client, TestCase
from django.test.utils import CaptureQueriesContext

from example_site.home.models import ContentPage
from sc_wagtail.translation.pipeline import paused
from tests import factories

pytestmark = pytest.mark.django_db


def queries(url):
    client = Client()
    client.get(url)  # warm-up: site root paths, locales
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def menu_page(number):
    page = ContentPage(title=f"Menu {number}", slug=f"menu-{number}", show_in_menus=True)
    factories.english_home().add_child(instance=page)
    return page


@pytest.fixture
def uncached(settings):
    """Pages rendered each time (the page cache would answer with two queries)."""
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if not m.startswith("sc_wagtail.cache")]


def test_more_menu_items_and_translations_cost_no_more_queries(uncached):
    reviewer = factories.reviewer("fr")
    with paused():
        index = factories.publish(factories.news_index(slug="query-news"))
        story = factories.publish(factories.news_page(index, 1, live=False))
        menu_page(1)
    few = queries(story.url)
    with paused():
        for number in range(2, 7):
            menu_page(number)
        for code in ("fr", "es", "ar", "sq"):
            user = factories.reviewer(code) if code != "fr" else reviewer
            for page in (index, story):
                with TestCase.captureOnCommitCallbacks(execute=True):
                    factories.translate_page(page, code, user=user)
    html = Client().get(story.url).content.decode()
    assert html.count('rel="alternate" hreflang=') == 6  # five languages and x-default
    assert "Menu 6" in html
    assert queries(story.url) == few <= 20
