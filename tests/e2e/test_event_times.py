"""A reader in another time zone sees an event's time as the organisers gave it, said as
people say zones, and (JavaScript running) also in their own zone, in headless Chromium."""

import re

import pytest

from sc_wagtail.events.models import EventPage
from sc_wagtail.translation.pipeline import paused
from tests.conftest import committed_db
from tests.scenarios import sections

pytestmark = [pytest.mark.browser, committed_db]


def open_as_reader_in(browser, zone, language, url):
    context = browser.new_context(timezone_id=zone, locale=language)
    page = context.new_page()
    page.goto(url)
    return context, page


@pytest.mark.parametrize(
    "code, zone, theirs, yours",
    [
        # 09:30 in Nairobi (UTC+3) is 06:30 UTC, 01:30 in New York (UTC-5 in winter).
        ("en", "America/New_York", "Nairobi time, UTC+3", re.compile(r"\(1:30\s?AM your time\)")),
        ("fr", "Asia/Tokyo", "heure de Nairobi, UTC+3", re.compile(r"\(15:30 (à )?votre heure\)")),
    ],
)
def test_a_reader_elsewhere_sees_the_event_time_in_their_own_zone(
    _django_db_helper, live_server, browser, code, zone, theirs, yours
):
    with paused():
        sections(events=("fr",))
    source = EventPage.objects.get(slug="esa-steering", locale__language_code="en")
    event = EventPage.objects.get(
        translation_key=source.translation_key, locale__language_code=code
    )
    context, page = open_as_reader_in(browser, zone, code, live_server.url + event.url)
    try:
        page.get_by_text(theirs).first.wait_for()
        local = page.locator(".tz-local").first
        assert yours.search(local.inner_text()), local.inner_text()
    finally:
        context.close()


def test_a_reader_in_the_events_own_zone_is_not_told_twice(_django_db_helper, live_server, browser):
    with paused():
        sections()
    event = EventPage.objects.get(slug="esa-steering", locale__language_code="en")
    context, page = open_as_reader_in(browser, "Africa/Nairobi", "en", live_server.url + event.url)
    try:
        page.get_by_text("Nairobi time, UTC+3").first.wait_for()
        assert page.locator(".tz-local").first.inner_text() == ""
    finally:
        context.close()
