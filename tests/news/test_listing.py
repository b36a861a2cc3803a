"""The news index: filters in the query string, pagination, feeds, query counts."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sc_wagtail.news.models import NewsIndexPage
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("news_section")]

QUERY_CEILING = 22


def titles(html):
    return re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', html)


@pytest.fixture
def index():
    return NewsIndexPage.objects.get(locale__language_code="en")


def test_newest_first(client, index):
    listed = titles(client.get(index.url).content.decode())
    assert listed[0] == "The North America hub is being planned"  # 3 days ago
    assert len(listed) == 10  # first page of 13


def test_second_page_holds_the_rest(client, index):
    listed = titles(client.get(index.url, {"page": 2}).content.decode())
    assert listed == [
        "Mayors in Irbid agree on joint steps against hate speech",
        "Lessons from Kisumu&#x27;s early intervention teams",
        "Dhaka North launches its city needs assessment",
    ]


@pytest.mark.parametrize(
    "query, expected",
    [
        (
            {"hub": "western-balkans"},
            {
                "Balkan cities train youth workers to spot early signs of radicalisation",
                "How Sarajevo responds to online hate",
                "Kumanovo students design a campaign for inclusion",
            },
        ),
        (
            {"type": "event-report"},
            {
                "Balkan cities train youth workers to spot early signs of radicalisation",
                "Mayors in Irbid agree on joint steps against hate speech",
                "Dhaka North launches its city needs assessment",
            },
        ),
        ({"theme": "mhpss"}, {"Colombo adds psychosocial support to its prevention plan"}),
        (
            {"hub": "western-balkans", "theme": "youth"},
            {
                "Balkan cities train youth workers to spot early signs of radicalisation",
                "Kumanovo students design a campaign for inclusion",
            },
        ),
    ],
)
def test_filters_combine_in_the_query_string(client, index, query, expected):
    html = client.get(index.url, query).content.decode()
    assert {t.replace("&#x27;", "'") for t in titles(html)} == expected


def test_year_filter(client, index):
    from sc_wagtail.news.models import NewsPage

    page = NewsPage.objects.get(slug="story-12", locale__language_code="en")
    page.publication_date = page.publication_date.replace(year=2019)
    page.save_revision().publish()
    html = client.get(index.url, {"year": "2019"}).content.decode()
    assert titles(html) == ["The North America hub is being planned"]


def test_french_index_filters_by_french_slugs_and_shows_french_names(client):
    index = NewsIndexPage.objects.get(locale__language_code="fr")
    html = client.get(index.url, {"hub": "south-asia"}).content.decode()
    assert set(titles(html)) == {
        "Dhaka Nord lance son évaluation des besoins de la ville",
        "Colombo ajoute le soutien psychosocial à son plan de prévention",
    }
    assert "Asie du Sud" in html


def test_unknown_filter_value_shows_a_message_not_an_error(client, index):
    response = client.get(index.url, {"hub": "atlantis"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def listing_queries(client, url):
    client.get(url)  # warm caches (site root paths)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_listing_queries_do_not_grow_with_items(client):
    small, large = factories.news_index("small"), factories.news_index("large")
    hub = factories.hub("south-asia")
    for number in range(5):
        factories.news_page(small, number, hub=hub)
    for number in range(50):
        factories.news_page(large, number, hub=hub)
    small.page_size = large.page_size = 50
    NewsIndexPage.page_size = 50
    try:
        few, many = listing_queries(client, small.url), listing_queries(client, large.url)
    finally:
        NewsIndexPage.page_size = 10
    assert few == many
    assert many <= QUERY_CEILING


def test_rss_and_atom_parse_and_respect_filters(client, index):
    rss = ET.fromstring(client.get(index.url + "feed/rss/").content)
    items = rss.findall("./channel/item")
    assert len(items) == 13
    assert rss.find("./channel/language").text == "en"
    assert items[0].find("title").text == "The North America hub is being planned"
    assert items[0].find("link").text.startswith("http")
    atom = ET.fromstring(client.get(index.url + "feed/atom/", {"hub": "south-asia"}).content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert "South Asia" in atom.find("a:title", ns).text
    assert len(atom.findall("a:entry", ns)) == 2


def test_feeds_are_discoverable_from_the_index(client, index):
    html = client.get(index.url, {"hub": "south-asia"}).content.decode()
    assert re.search(
        r'<link rel="alternate" type="application/rss\+xml"[^>]+href="'
        r'/news/feed/rss/\?hub=south-asia"',
        html,
    )
    assert 'type="application/atom+xml"' in html


def test_arabic_feed_is_in_arabic(client):
    index = NewsIndexPage.objects.get(locale__language_code="ar")
    rss = ET.fromstring(client.get(index.url + "feed/rss/").content)
    assert rss.find("./channel/language").text == "ar"
    assert rss.find("./channel/item/title").text == "يجري التخطيط لمركز أمريكا الشمالية"


def test_feed_keeps_the_listing_year_filter(client, index):
    from sc_wagtail.news.models import NewsPage

    page = NewsPage.objects.get(slug="story-12", locale__language_code="en")
    page.publication_date = page.publication_date.replace(year=2019)
    page.save_revision().publish()
    rss = ET.fromstring(client.get(index.url + "feed/rss/", {"year": "2019"}).content)
    assert [i.find("title").text for i in rss.findall("./channel/item")] == [
        "The North America hub is being planned"
    ]


def test_arabic_lists_use_the_arabic_comma(client):
    index = NewsIndexPage.objects.get(locale__language_code="ar")
    html = client.get(index.url).content.decode()
    assert "إشراك الشباب، التماسك الاجتماعي" in html
    assert "إشراك الشباب, " not in html
