"""News pages: creation rules, editor validation, reading time, locale synchronisation,
JSON-LD, hreflang and share links."""

import datetime
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from example_site.demo.translate import translate_into
from sc_wagtail.events.models import EventIndexPage, EventPage
from sc_wagtail.hubs.models import HubIndexPage, HubPage
from sc_wagtail.news.models import NewsIndexPage, NewsPage
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("news_section")]


def test_page_types_live_where_they_belong():
    home = factories.english_home()
    news_index = NewsIndexPage.objects.get(locale__language_code="en")
    events_index = EventIndexPage.objects.get(locale__language_code="en")
    assert NewsPage.can_create_at(news_index)
    assert not NewsPage.can_create_at(home)
    assert not NewsPage.can_create_at(events_index)
    assert EventPage.can_create_at(events_index)
    summit = EventPage.objects.get(slug="summit", locale__language_code="en")
    assert EventPage.can_create_at(summit)  # a summit holds its sessions
    assert not EventPage.can_create_at(news_index)
    assert HubPage.can_create_at(HubIndexPage.objects.get(locale__language_code="en"))
    assert not HubPage.can_create_at(news_index)


def add_news_page(client, index, **overrides):
    data = {
        "title": "New story",
        "slug": "new-story",
        "summary": "A summary.",
        "publication_date": timezone.localdate().isoformat(),
        "article_type": str(factories.article_type("news").pk),
        "body": streamfield([]),
        "report": streamfield([]),
        "downloads": streamfield([]),
        "themes": inline_formset([]),
        "authors": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    url = reverse("wagtailadmin_pages:add", args=["sc_news", "newspage", index.pk])
    return client.post(url, nested_form_data(data))


def test_editor_publishes_a_news_page(client, admin_user):
    client.force_login(admin_user)
    index = NewsIndexPage.objects.get(locale__language_code="en")
    response = add_news_page(client, index)
    assert response.status_code == 302
    page = NewsPage.objects.get(slug="new-story", locale__language_code="en")
    assert page.live and page.reading_minutes == 1


@pytest.mark.parametrize(
    "date, message",
    [
        ("2000-03-01", "cannot be before 1 January 2015"),
        ((timezone.localdate() + datetime.timedelta(days=30)).isoformat(), "is in the future"),
    ],
)
def test_editor_sees_a_clear_error_for_a_wrong_publication_date(client, admin_user, date, message):
    client.force_login(admin_user)
    index = NewsIndexPage.objects.get(locale__language_code="en")
    response = add_news_page(client, index, publication_date=date)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not NewsPage.objects.filter(slug="new-story").exists()


def test_a_future_date_is_fine_when_the_page_is_scheduled_for_it():
    day = timezone.localdate() + datetime.timedelta(days=30)
    page = NewsPage(
        title="x",
        slug="x",
        summary="s",
        publication_date=day,
        go_live_at=timezone.now() + datetime.timedelta(days=30),
        article_type=factories.article_type("news"),
    )
    page.clean()  # no error


def long_text(words, word="word"):
    return " ".join([word] * words)


def test_reading_time_is_counted_in_each_locale_own_text():
    index = NewsIndexPage.objects.get(locale__language_code="en")
    english = long_text(500, "city")
    french = long_text(700, "ville")
    page = factories.news_page(index, 99, body=[("paragraph", f"<p>{english}</p>")])
    page.save_revision().publish()
    table = {
        "Story 99": "Article 99",
        "story-99": "article-99",
        "Summary 99.": "Résumé 99.",
        english: french,
        "Amina": "Amina",
    }
    french_page = translate_into(page, factories.locale("fr"), table)
    page.refresh_from_db()
    french_page.refresh_from_db()
    assert page.reading_minutes == 3  # 502 words at 200 a minute
    assert french_page.reading_minutes == 4  # 702 words
    assert french_page.publication_date == page.publication_date


def test_dates_and_records_stay_synchronised_across_locales():
    english = NewsPage.objects.get(slug="story-1", locale__language_code="en")
    new_date = english.publication_date - datetime.timedelta(days=3)
    english.publication_date = new_date
    english.save_revision().publish()
    from example_site.demo.text import catalogue

    for code in ("fr", "ar"):
        copy = translate_into(english, factories.locale(code), catalogue(code))
        copy.refresh_from_db()
        assert copy.publication_date == new_date
        assert copy.hub.translation_key == english.hub.translation_key
        assert copy.hub.locale.language_code == code
        assert copy.article_type.locale.language_code == code


def structured_data(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_news_article_json_ld(client):
    english = NewsPage.objects.get(slug="story-1", locale__language_code="en")
    page = english.get_translation(factories.locale("fr"))
    data = structured_data(client.get(page.url).content.decode())
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == page.title
    assert data["inLanguage"] == "fr"
    # A date and time with its offset (Google's Article guidelines), on the publication date.
    assert data["datePublished"].startswith(page.publication_date.isoformat() + "T")
    assert data["datePublished"][-6] in "+-" and data["datePublished"][-3] == ":"
    assert data["image"][0].startswith("http") and data["image"][0].endswith(".png")
    assert data["dateModified"].startswith(str(page.last_published_at.year))
    assert data["timeRequired"] == f"PT{page.reading_minutes}M"
    assert data["author"][0]["name"] == "Amina Farah"
    assert data["about"]["@type"] == "Event"
    assert data["about"]["name"] == "Atelier des Balkans occidentaux sur l'engagement des jeunes"


def test_article_header_shows_date_type_reading_time_and_share_links(client):
    page = NewsPage.objects.get(slug="story-1", locale__language_code="en")
    html = client.get(page.url).content.decode()
    assert "1 minute reading time" in html
    assert "Event report" in html
    assert "linkedin.com/sharing/share-offsite/?url=http" in html
    assert "<script src" not in html  # no third-party script
    assert "does not necessarily reflect the views" in html


def hreflangs(html):
    return set(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)"', html))


def test_hreflang_lists_only_locales_where_the_page_is_live(client):
    page = NewsPage.objects.get(slug="story-1", locale__language_code="en")
    assert hreflangs(client.get(page.url).content.decode()) == {
        "en",
        "fr",
        "es",
        "ar",
        "sq",
        "x-default",
    }
    page.get_translation(factories.locale("sq")).unpublish()
    html = client.get(page.url).content.decode()
    assert hreflangs(html) == {"en", "fr", "es", "ar", "x-default"}
    assert 'hreflang="sq"' not in html


def test_sitemap_leaves_out_a_locale_copy_that_is_not_live(client):
    page = NewsPage.objects.get(slug="story-1", locale__language_code="en")
    french = page.get_translation(factories.locale("fr"))
    assert french.url in client.get("/sitemap.xml").content.decode()
    french.unpublish()
    assert french.url not in client.get("/sitemap.xml").content.decode()


def test_hub_page_lists_its_member_cities_news_and_events(client):
    hub_page = HubPage.objects.get(hub__slug="western-balkans", locale__language_code="fr")
    html = client.get(hub_page.url).content.decode()
    assert "Tirana" in html and "Sarajevo" in html and "Kumanovo" in html
    assert "Mombasa" not in html
    assert "Comment Sarajevo répond à la haine en ligne" in html
    assert Page.objects.filter(pk=hub_page.pk).exists()


def test_hub_page_lists_each_member_city_once_in_its_own_language(client):
    hub_page = HubPage.objects.get(hub__slug="middle-east-north-africa", locale__language_code="ar")
    html = client.get(hub_page.url).content.decode()
    cities = re.search(r'<ul class="city-list">(.*?)</ul>', html, re.S).group(1)
    assert cities.count("<li>") == 3
    assert "إربد" in cities and "Irbid" not in cities


def test_an_unpublished_related_event_is_not_shown(client):
    page = NewsPage.objects.get(slug="story-1", locale__language_code="en")
    page.related_event.unpublish()
    html = client.get(page.url).content.decode()
    assert "Western Balkans workshop on youth engagement" not in html
    assert '"about"' not in html
