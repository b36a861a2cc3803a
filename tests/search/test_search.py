"""Readers search the site in their own language: stems per language, only their locale, only
live public pages, filters, highlights, pages of results, and a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from sc_wagtail.news.models import NewsPage
from sc_wagtail.search.indexing import index_page
from sc_wagtail.search.models import SearchEntry
from sc_wagtail.translation.pipeline import paused
from tests import factories

pytestmark = pytest.mark.django_db

SEARCH = {"en": "/search/", "fr": "/fr/recherche/", "es": "/es/buscar/", "ar": "/ar/بحث/"}
SEARCH["sq"] = "/sq/kerko/"

TEXTS = {
    "en": ("Cities share their prevention plans", "The city of Sousse opens a youth centre."),
    "fr": ("La ville de Sousse ouvre un centre", "Un lieu pour les jeunes de la ville."),
    "es": ("El municipio abre un centro juvenil", "Los jóvenes del municipio se reúnen."),
    "ar": ("المدينة تطلق برنامجا للشباب", "برنامج جديد في المدينة."),
    "sq": ("Qyteti hap një qendër rinore", "Të rinjtë e qytetit takohen."),
}


def story(code, number, title, body, index=None):
    if index is None:
        index = factories.news_index(slug=f"search-{code}-{number}", parent=factories.home(code))
    with paused():
        page = factories.news_page(
            index,
            number,
            title=title,
            slug=f"search-story-{number}",
            article_type=factories.article_type("news"),
            body=[("paragraph", f"<p>{body}</p>")],
            live=False,
        )
        return factories.publish(page)


@pytest.fixture
def stories():
    return {code: story(code, number, *TEXTS[code]) for number, code in enumerate(TEXTS, start=1)}


def results(client, code, **query):
    return client.get(SEARCH[code], query).content.decode()


def found(client, code, text, **query):
    html = results(client, code, q=text, **query)
    return html.split('class="search-results"', 1)[1] if 'class="search-results"' in html else ""


@pytest.mark.parametrize(
    "code, query",
    [
        ("en", "city"),  # cities / city
        ("fr", "villes"),  # ville
        ("es", "municipios"),  # municipio
        ("ar", "مدينة"),  # المدينة
        ("sq", "qyteti"),  # no stemmer: the word itself
    ],
)
def test_each_language_matches_other_forms_of_a_word(client, stories, code, query):
    assert stories[code].title in found(client, code, query)


def test_results_are_in_the_readers_language_only(client, stories):
    french = found(client, "fr", "Sousse")
    assert stories["fr"].title in french
    assert stories["en"].title not in french
    english = found(client, "en", "Sousse")
    assert stories["en"].title in english and stories["fr"].title not in english


def test_matches_are_highlighted_and_the_query_stays_in_the_box(client, stories):
    html = results(client, "fr", q="villes")
    assert 'value="villes"' in html
    assert "<mark>ville</mark>" in html
    assert 'role="search"' in html


def test_a_private_page_is_never_found(client, stories):
    PageViewRestriction.objects.create(
        page=stories["fr"], restriction_type="password", password="secret"
    )
    assert stories["fr"].title not in found(client, "fr", "villes")


def test_an_unpublished_page_and_a_draft_are_never_found(client, stories):
    page = stories["fr"]
    page.body = [("paragraph", "<p>Un mot de brouillon: zanzibarique.</p>")]
    page.save_revision()  # a draft, not published
    assert found(client, "fr", "zanzibarique") == ""
    page.unpublish()
    assert not SearchEntry.objects.filter(page_id=page.pk).exists()
    assert page.title not in found(client, "fr", "villes")


def test_a_translation_held_for_review_is_never_found():
    # Published in English with the pipeline running: machine drafts wait in every locale.
    index = factories.news_index(slug="search-held")
    page = factories.news_page(
        index, 90, title="Zanzibarique summit", slug="zanzibarique", live=False
    )
    page.save_revision().publish()
    french = NewsPage.objects.filter(
        translation_key=page.translation_key, locale__language_code="fr"
    ).first()
    assert french is None or not french.live
    from django.test import Client

    assert found(Client(), "fr", "zanzibarique") == ""
    assert "Zanzibarique summit" in found(Client(), "en", "zanzibarique")


def test_filters_by_type_and_year(client, stories):
    event_index = factories.event_index(slug="search-events", parent=factories.home("fr"))
    with paused():
        event = factories.event_page(
            event_index, 7, title="Atelier sur la ville", slug="atelier-ville", live=False
        )
        factories.publish(event)
    everything = found(client, "fr", "ville")
    assert "Atelier sur la ville" in everything and stories["fr"].title in everything
    events = found(client, "fr", "ville", type="event")
    assert "Atelier sur la ville" in events and stories["fr"].title not in events
    year = stories["fr"].publication_date.year
    assert stories["fr"].title in found(client, "fr", "ville", type="news", year=year)
    assert found(client, "fr", "ville", type="hub") == ""


def test_no_results_says_what_to_try(client, stories):
    html = results(client, "fr", q="xylophonique")
    assert "0 résultat pour « xylophonique »" in html
    assert "Vérifiez l’orthographe." in html
    assert 'class="search-help"' in html


def many(count, code="fr"):
    index = factories.news_index(slug=f"search-many-{count}", parent=factories.home(code))
    for number in range(count):
        page = factories.news_page(
            index,
            1000 + number,
            title=f"Ville numéro {number}",
            slug=f"ville-{count}-{number}",
            article_type=factories.article_type("news"),
            body=[("paragraph", "<p>Une ville parmi d'autres.</p>")],
        )
        index_page(page.pk)


def test_results_come_in_pages_with_a_fixed_number_of_queries(client):
    many(10)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            html = results(client, "fr", q="villes")
        return len(captured), html

    queries()  # the first request caches the site's root paths
    few, html = queries()
    assert html.count("<li>") >= 10
    many(100)
    more, html = queries()
    assert "Page 1" in html and 'rel="next"' in html
    assert more == few


def test_on_postgresql_each_entry_has_a_vector_in_its_languages_configuration(stories):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only (.ci/run runs it there): SQLite matches stored stems")
    from django.contrib.postgres.search import SearchQuery

    entries = SearchEntry.objects.filter(page_id=stories["fr"].pk)
    assert entries.filter(vector=SearchQuery("villes", config="french")).exists()
    assert not entries.filter(vector=SearchQuery("villes", config="simple")).exists()


def test_a_bad_filter_is_shown_and_the_words_still_search(client, stories):
    html = results(client, "fr", q="villes", year="deux-mille")
    assert stories["fr"].title in html
    assert 'class="error"' in html
