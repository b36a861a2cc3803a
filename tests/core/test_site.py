"""The example site in five locales: home pages, direction, switcher, sitemap, admin."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Page

from sc_wagtail.core.models import Hub
from tests import factories

pytestmark = pytest.mark.django_db

HOMES = {"en": "/", "fr": "/fr/", "es": "/es/", "ar": "/ar/", "sq": "/sq/"}


@pytest.mark.parametrize("code", HOMES)
def test_each_locale_home_has_its_language_and_direction(client, code):
    response = client.get(HOMES[code])
    assert response.status_code == 200
    html = response.content.decode()
    tag = re.search(r"<html[^>]*>", html).group(0)
    assert f'lang="{code}"' in tag
    assert ('dir="rtl"' in tag) == (code == "ar")
    assert ('dir="ltr"' in tag) == (code != "ar")


@pytest.mark.parametrize("code", HOMES)
def test_language_switcher_links_the_other_four_locales(client, code):
    html = client.get(HOMES[code]).content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    linked = dict(re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)"', switcher))
    assert sorted(linked.values()) == sorted(set(HOMES) - {code})
    for url, other in linked.items():
        assert url == HOMES[other]


def test_home_pages_are_translated_not_copied(client):
    assert "Des villes qui préviennent" in client.get("/fr/").content.decode()
    assert "مدن تمنع الكراهية" in client.get("/ar/").content.decode()


def test_sitemap_lists_the_live_home_page_of_every_locale(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locs = re.findall(r"<loc>([^<]+)</loc>", response.content.decode())
    paths = {re.sub(r"^https?://[^/]+", "", loc) for loc in locs}
    assert set(HOMES.values()) <= paths


def test_sitemap_leaves_out_unpublished_pages(client):
    Page.objects.get(locale__language_code="sq", depth=2).unpublish()
    locs = client.get("/sitemap.xml").content.decode()
    assert not re.search(r"<loc>[^<]*/sq/</loc>", locs)


def test_admin_login_page_answers(client):
    assert client.get(reverse("wagtailadmin_login")).status_code == 200


@pytest.mark.parametrize("model", ["hub", "city", "organisation", "theme"])
def test_editor_sees_directory_snippet_listings(client, editor, model):
    client.force_login(editor)
    response = client.get(reverse(f"wagtailsnippets_sc_core_{model}:list"))
    assert response.status_code == 200


def test_city_listing_filters_by_hub(client, editor):
    factories.directory(codes=())
    client.force_login(editor)
    hub = Hub.objects.get(slug="western-balkans", locale__language_code="en")
    url = reverse("wagtailsnippets_sc_core_city:list")
    html = client.get(url, {"hub": hub.pk, "locale": "en"}).content.decode()
    assert "Tirana" in html and "Sarajevo" in html
    assert "Mombasa" not in html


def test_anonymous_visitor_cannot_list_snippets(client):
    response = client.get(reverse("wagtailsnippets_sc_core_city:list"))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]
