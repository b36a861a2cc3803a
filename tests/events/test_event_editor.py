"""What an editor is offered when writing an event, and what a reader is told about its time:
session languages from a short list named in the editor's language, the time zone taken from
the place where it can be, and zones said as people say them."""

import pytest
from django.test import override_settings
from django.utils import translation

from sc_wagtail.core.choices import session_language_choices
from sc_wagtail.events.models import EventIndexPage, EventPage
from tests.events.test_events import add_event

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("events_section")]


@pytest.fixture
def index():
    return EventIndexPage.objects.get(locale__language_code="en")


def test_session_languages_are_the_sites_and_the_setting_named_in_the_editors_language():
    with translation.override("en"):
        english = session_language_choices()
    assert ("fr", "French") in english and ("sw", "Swahili") in english
    assert ("sq", "Albanian") in english and ("ar", "Arabic") in english
    assert "af" not in dict(english)  # not every language Django knows
    assert [name for _code, name in english] == sorted(name for _code, name in english)
    with translation.override("fr"):
        french = dict(session_language_choices())
    assert french["de"] == "Allemand" and french["en"] == "Anglais"
    with override_settings(SC_WAGTAIL={"SESSION_LANGUAGES": ["ne"]}):
        assert set(dict(session_language_choices())) == {"en", "fr", "es", "ar", "sq", "ne"}


def test_the_session_language_list_in_the_editor(client, admin_user, index):
    client.force_login(admin_user)
    html = client.get(f"/admin/pages/add/sc_events/eventpage/{index.pk}/").content.decode()
    assert 'value="sw"' in html and "Swahili" in html
    assert 'value="af"' not in html


def test_an_empty_time_zone_is_the_countrys_when_it_has_one(client, admin_user, index):
    client.force_login(admin_user)
    response = add_event(client, index, time_zone="", country="TN", city_name="Sousse")
    assert response.status_code == 302
    event = EventPage.objects.get(slug="new-event", locale__language_code="en")
    assert event.time_zone == "Africa/Tunis"
    assert event.local_start.utcoffset().total_seconds() == 3600


def test_a_country_with_several_zones_asks_for_one(client, admin_user, index):
    client.force_login(admin_user)
    response = add_event(client, index, time_zone="", country="US", city_name="Denver")
    assert response.status_code == 200
    assert "Choose the time zone: the place" in response.content.decode()
    assert not EventPage.objects.filter(slug="new-event").exists()


@pytest.mark.parametrize(
    "code, phrase", [("en", "Nairobi time, UTC+3"), ("fr", "heure de Nairobi, UTC+3")]
)
def test_readers_see_the_zone_as_a_city_and_an_offset(client, code, phrase):
    source = EventPage.objects.get(slug="esa-steering", locale__language_code="en")
    event = EventPage.objects.get(
        translation_key=source.translation_key, locale__language_code=code
    )
    html = client.get(event.url).content.decode()
    assert phrase in html
    assert "Africa/Nairobi)" not in html  # not the database's name for it


def test_the_month_grid_marks_cancelled_events(client, index):
    event = EventPage.objects.get(slug="sousse-dialogue", locale__language_code="en")
    day = event.start_date
    html = client.get(f"{index.url}month/{day.year}/{day.month}/").content.decode()
    cell = html.split(f'href="{event.url}"', 1)[1].split("</a>", 1)[0]
    assert "(Cancelled)" in cell
