"""Anonymous readers get whole pages from the page cache; a publish, an unpublish, a move,
a snippet's change or a new view restriction purges exactly the pages that show it; no
reader gets another reader's form token, a signed-in editor's page or a held-back text."""

import re
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core import checks
from django.db import connection
from django.test import Client, TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction
from wagtail_localize.models import StringTranslation

from sc_wagtail.cache import dependents
from sc_wagtail.hubs.models import HubPage
from sc_wagtail.translation.pipeline import paused
from tests import factories

pytestmark = pytest.mark.django_db
REPORT = [("summary", "<p>Thirty mayors met.</p>")]
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')


def cache_state(response):
    return response.get("X-Page-Cache")


@pytest.fixture
def news():
    with paused():
        index = factories.publish(factories.news_index(slug="cache-news"))
        story = factories.publish(factories.news_page(index, 1, title="First story", live=False))
        other = factories.publish(factories.news_page(index, 2, title="Other story", live=False))
    return index, story, other


def test_a_reader_gets_the_stored_page_with_two_queries(client, news):
    _index, story, _other = news
    first = client.get(story.url)
    assert cache_state(first) == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get(story.url)
    assert cache_state(second) == "hit"
    assert second.content == first.content
    assert "First story" in second.content.decode()
    # The site for the host, and the stored page with the cache's generation in one read.
    assert len(queries) <= 2, [q["sql"] for q in queries]


def test_signed_in_editors_and_query_strings_bypass_the_cache(client, news, editor):
    _index, story, _other = news
    client.get(story.url)
    assert cache_state(client.get(story.url + "?utm_source=x")) is None
    client.force_login(editor)
    response = client.get(story.url)
    assert response.status_code == 200
    assert cache_state(response) is None
    # What the editor's session rendered was not stored for others either.
    assert cache_state(Client().get(story.url)) == "hit"


def test_publishing_purges_the_page_and_its_listing_not_other_pages(client, news):
    index, story, other = news
    for url in (story.url, index.url, other.url):
        client.get(url)
    story.title = "First story, updated"
    with paused():
        factories.publish(story)
    page = client.get(story.url)
    listing = client.get(index.url)
    assert (cache_state(page), cache_state(listing)) == ("miss", "miss")
    assert "First story, updated" in page.content.decode()
    assert "First story, updated" in listing.content.decode()
    assert cache_state(client.get(other.url)) == "hit"


def test_unpublishing_removes_the_page_at_once(client, news):
    _index, story, _other = news
    client.get(story.url)
    story.unpublish()
    assert client.get(story.url).status_code == 404


def test_a_page_made_private_is_not_served_from_the_cache(client, news):
    _index, story, _other = news
    client.get(story.url)
    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(story.url)
    assert response.status_code == 302
    assert "First story" not in client.get(story.url, follow=True).content.decode()
    assert cache_state(response) is None


def in_french(index, story):
    """Both pages translated and approved; wagtail-localize publishes them on commit."""
    reviewer = factories.reviewer("fr")
    # One commit each, as in the admin (a publish on commit rewrites the page's row).
    with paused(), TestCase.captureOnCommitCallbacks(execute=True):
        factories.translate_page(index, "fr", user=reviewer)
    with paused(), TestCase.captureOnCommitCallbacks(execute=True):
        french = factories.translate_page(
            story, "fr", {"First story": "Première histoire"}, user=reviewer
        )
    return type(french).objects.get(pk=french.pk)


def test_each_reader_gets_their_own_form_token(news):
    index, story, _other = news
    french = in_french(index, story)
    readers = [Client(enforce_csrf_checks=True) for _ in range(2)]
    pages = [reader.get(french.url) for reader in readers]
    assert [cache_state(page) for page in pages] == ["miss", "hit"]
    tokens = [TOKEN.search(page.content.decode()).group(1) for page in pages]
    assert tokens[0] != tokens[1]
    assert "sc-page-cache-csrf-token" not in pages[1].content.decode()
    # The second reader's form posts with the token they were given (no 403).
    action = re.search(r'action="([^"]+)" class="problem-form"', pages[1].content.decode())
    answer = readers[1].post(
        action.group(1),
        {"csrfmiddlewaretoken": tokens[1], "quote": "Première", "comment": "Typo"},
    )
    assert answer.status_code in (200, 302, 400)


def test_a_translation_published_later_updates_every_language(client, news):
    index, story, _other = news
    english = client.get(story.url)
    assert 'hreflang="fr"' not in english.content.decode()
    in_french(index, story)
    english = client.get(story.url)
    assert cache_state(english) == "miss"
    assert 'hreflang="fr"' in english.content.decode()


def test_a_held_back_translation_never_reaches_the_cache(client, news):
    """A machine draft waiting for review: the French URL serves the English page with a
    notice, never stored, and the machine text is in no cached page."""
    from sc_wagtail.translation.pipeline import draft_translations

    index, story, _other = news
    with paused(), TestCase.captureOnCommitCallbacks(execute=True):
        factories.translate_page(index, "fr", user=factories.reviewer("fr"))
    draft_translations(story.pk)
    french = type(story).objects.get(
        translation_key=story.translation_key, locale__language_code="fr"
    )
    assert not french.live
    machine = StringTranslation.objects.filter(
        locale__language_code="fr", translation_type="machine"
    ).values_list("data", flat=True)
    assert machine
    for _ in range(2):
        response = client.get(french.url)
        assert response.status_code == 200
        assert cache_state(response) is None
        html = response.content.decode()
        assert not [text for text in machine if text in html]


def test_a_hub_renamed_purges_its_pages_and_listings_only():
    factories.directory(codes=())
    hub = factories.hub("east-southern-africa")
    with paused():
        index = factories.news_index(slug="hub-news")
        story = factories.news_page(index, 7, hub=hub)
        unrelated = factories.news_page(index, 8)
        hub_page = HubPage(title="Balkans hub", slug="balkans-hub", hub=hub)
        factories.english_home().add_child(instance=hub_page)
    purge = dependents.for_snippet(hub)
    paths = {path for _site, path in purge.keys}
    assert {story.url, index.url, hub_page.url, "/sitemap.xml"} <= paths
    assert unrelated.url not in paths


def test_a_report_published_purges_the_impact_pages(news):
    from sc_wagtail.impact.models import ImpactPage

    impact = ImpactPage(title="Impact", slug="impact-cache")
    factories.english_home().add_child(instance=impact)
    with paused():
        events = factories.event_index(slug="cache-events")
        event = factories.event_page(events, 3, days_from_now=-3, report=REPORT)
    paths = {path for _site, path in dependents.for_pages([event]).keys}
    assert {impact.url, event.url, events.url, event.url + "calendar/"} <= paths
    _index, story, _other = news
    assert impact.url not in {path for _site, path in dependents.for_pages([story]).keys}


def test_a_menu_page_change_purges_everything(client, news):
    index, story, _other = news
    client.get(story.url)
    with paused():
        factories.publish(index)
    assert cache_state(client.get(story.url)) == "miss"


class _Purges(BaseHTTPRequestHandler):
    seen = []

    def do_PURGE(self):
        self.seen.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server():
    server = HTTPServer(("127.0.0.1", 0), _Purges)
    _Purges.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", _Purges.seen
    server.shutdown()


def test_the_cdn_is_purged_of_the_same_urls_by_the_worker(news, purge_server):
    location, seen = purge_server
    index, story, other = news
    backends = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": location,
        }
    }
    frontend = override_settings(WAGTAILFRONTENDCACHE=backends, WAGTAILFRONTENDCACHE_LANGUAGES=[])
    with frontend, paused():
        factories.publish(story)
    assert {story.url, index.url, "/sitemap.xml"} <= set(seen)
    assert other.url not in seen


def test_the_page_cache_settings_are_checked():
    with override_settings(SC_WAGTAIL={"PAGE_CACHE_ALIAS": "nowhere"}):
        ids = {error.id for error in checks.run_checks()}
    assert "sc_wagtail.E017" in ids
    from django.conf import settings

    moved = ["sc_wagtail.cache.middleware.PageCacheMiddleware", *settings.MIDDLEWARE]
    with override_settings(MIDDLEWARE=moved):
        ids = {error.id for error in checks.run_checks()}
    assert "sc_wagtail.E018" in ids


def test_a_renamed_page_is_not_served_at_its_old_address(client, news):
    _index, story, _other = news
    old = story.url
    client.get(old)
    story.slug = "first-story-renamed"
    with paused(), TestCase.captureOnCommitCallbacks(execute=True):
        factories.publish(story)
    moved = client.get(old)  # Wagtail's automatic redirect, not the stored page
    assert (moved.status_code, moved["Location"]) == (301, "/cache-news/first-story-renamed/")
