"""The demo itself: seeding is repeatable and every feature has content in five locales."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from sc_wagtail.core.models import City, Hub, Organisation, Theme
from tests.conftest import demo_db

pytestmark = demo_db


def test_seed_demo_twice_yields_the_same_rows():
    models = [Page, Hub, City, Theme, Organisation, get_user_model()]

    def counts():
        return {m.__name__: m.objects.count() for m in models}

    before = counts()
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts() == before
    assert before["Hub"] == 5 * 5 and before["City"] >= 12 * 5


@pytest.mark.parametrize("code", ["en", "fr", "es", "ar", "sq"])
def test_every_live_page_of_the_demo_answers_in_each_locale(client, code):
    pages = Page.objects.live().filter(locale__language_code=code, depth__gt=1).specific()
    assert len(pages) > 20
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_the_demo_review_queue_shows_people_and_machines_at_work(client):
    """The French reviewer meets a comment, a summary a person wrote (approvable at once)
    and machine drafts to read one by one."""
    from django.urls import reverse
    from wagtail_localize.models import Translation

    from sc_wagtail.news.models import NewsPage

    story = NewsPage.objects.get(slug="shared-approach-hate-speech", locale__language_code="en")
    translation = Translation.objects.get(
        source__object_id=story.translation_key, target_locale__language_code="fr"
    )
    reviewer = get_user_model().objects.get(username="reviewer-fr")
    client.force_login(reviewer)
    html = client.get(reverse("sc_translation_admin:review", args=[translation.pk])).content
    html = html.decode()
    assert '<html lang="fr"' in html  # the reviewer's admin speaks French
    assert "the campaign&#x27;s name" in html or "the campaign's name" in html
    assert 'value="approve_all"' in html


def test_the_demo_brings_its_wordpress_past_with_copies_to_review(client):
    from django.urls import reverse
    from wagtail_localize.models import Translation

    from sc_wagtail.wordpress.models import FigureSuggestion, ImportedItem

    english = ImportedItem.objects.get(wp_id=9001, language="en").page
    french = ImportedItem.objects.get(wp_id=9011, language="fr").page
    assert english.live and not french.live
    assert FigureSuggestion.objects.filter(page=english, status="pending").exists()
    assert client.get("/?p=9001").status_code == 301
    translation = Translation.objects.get(
        source__object_id=english.translation_key, target_locale__language_code="fr"
    )
    client.force_login(get_user_model().objects.get(username="admin"))
    html = client.get(reverse("sc_translation_admin:review", args=[translation.pk])).content
    html = html.decode()
    assert "WPML import" in html and "Réseau des villes fortes" in html


HOME_SECTIONS = {
    "en": ["Latest news", "Upcoming events", "Apply to the fund", "Our impact"],
    "fr": ["Dernières actualités", "Événements à venir", "Candidater au fonds", "Notre impact"],
}


@pytest.mark.parametrize("code", ["en", "fr", "es", "ar", "sq"])
def test_the_home_page_shows_news_events_the_open_call_and_impact(client, code):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from example_site.home.models import HomePage
    from sc_wagtail.events.listing import upcoming_events
    from sc_wagtail.news.listing import news_for_listing

    home = HomePage.objects.get(locale__language_code=code)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(home.url).content.decode()
    for heading in HOME_SECTIONS.get(code, []):
        assert heading in html, (code, heading)
    news = news_for_listing(home.locale).first()
    event = upcoming_events(home.locale).first()
    assert f'href="{news.url}"' in html and f'href="{event.url}"' in html
    fund_link = re.search(r'<a class="button" href="([^"]+)"', html)
    assert fund_link and client.get(fund_link.group(1)).status_code == 200
    assert 'class="impact-totals"' in html
    assert len(queries) < 60  # a fixed number, whatever the amount of content


@pytest.mark.parametrize(
    "path, query",
    [
        ("/search/", "cities"),
        ("/fr/recherche/", "villes"),
        ("/es/buscar/", "ciudades"),
        ("/ar/بحث/", "المدن"),
        ("/sq/kerko/", "qytetet"),
    ],
)
def test_the_demo_can_be_searched_in_every_language(client, path, query):
    html = client.get(path, {"q": query}).content.decode()
    assert html.count("<mark>") >= 3, (path, query)
