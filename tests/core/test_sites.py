"""The request's Wagtail site, found from cached rows: the same choice as Wagtail's, no site
query per request, and a site added or changed in the admin used at once."""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from sc_wagtail.core.sites import site_for_hostname

pytestmark = pytest.mark.django_db


def wagtails_choice(hostname, port):
    try:
        return get_site_for_hostname(hostname, port).pk
    except Site.DoesNotExist:
        return None


def test_the_site_chosen_is_the_one_wagtail_chooses():
    root = Page.objects.get(depth=1)
    home = Site.objects.get(is_default_site=True).root_page
    Site.objects.create(hostname="example.org", port=80, root_page=home)
    Site.objects.create(hostname="example.org", port=8080, root_page=root)
    Site.objects.create(hostname="two.org", port=8000, root_page=root)
    Site.objects.create(hostname="two.org", port=9000, root_page=home)
    Site.objects.create(hostname="one.org", port=8443, root_page=home)
    hosts = ["example.org", "two.org", "one.org", "localhost", "unknown.org"]
    ports = [80, 443, 8000, 8080, 8443, 9000]
    for hostname, port in itertools.product(hosts, ports):
        chosen = site_for_hostname(hostname, port)
        assert (chosen and chosen.pk) == wagtails_choice(hostname, port), (hostname, port)
    # Without a default site, two sites under one hostname and another port: none, as Wagtail.
    Site.objects.filter(is_default_site=True).update(is_default_site=False)
    Site.objects.first().save()  # a save (of any site) forgets the cached rows
    assert site_for_hostname("two.org", 443) is None is wagtails_choice("two.org", 443)
    assert site_for_hostname("one.org", 80).hostname == "one.org"


def test_a_page_view_asks_the_database_for_no_site(client):
    client.get("/fr/")  # the rows are read once, then kept in the cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/")
    assert response.status_code == 200
    assert not [q for q in queries.captured_queries if "wagtailcore_site" in q["sql"]]


def test_a_site_added_in_the_admin_answers_at_once(client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    french_home = Page.objects.get(depth=2, locale__language_code="fr")
    english = client.get("/", HTTP_HOST="ville.example.org")
    assert english.status_code == 200 and 'lang="en"' in english.content.decode()
    site = Site.objects.create(hostname="ville.example.org", port=80, root_page=french_home)
    french = client.get("/fr/", HTTP_HOST="ville.example.org")
    assert french.status_code == 200 and 'lang="fr"' in french.content.decode()
    assert french.wsgi_request._wagtail_site == site
    site.delete()
    again = client.get("/", HTTP_HOST="ville.example.org")
    assert again.wsgi_request._wagtail_site.is_default_site
