"""Events: editor validation, listings and filters, month view, iCalendar, JSON-LD."""

import datetime
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from sc_wagtail.events.models import EventIndexPage, EventPage
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("events_section")]

QUERY_CEILING = 22


@pytest.fixture
def index():
    return EventIndexPage.objects.get(locale__language_code="en")


def titles(html):
    return [
        t.replace("&#x27;", "'") for t in re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)
    ]


def add_event(client, parent, **overrides):
    day = timezone.localdate() + datetime.timedelta(days=5)
    data = {
        "title": "New event",
        "slug": "new-event",
        "event_type": "workshop",
        "status": "scheduled",
        "start_date": day.isoformat(),
        "start_time": "09:00",
        "end_date": day.isoformat(),
        "end_time": "17:00",
        "time_zone": "Africa/Nairobi",
        "attendance_mode": "in_person",
        "summary": "",
        "body": streamfield([]),
        "report": streamfield([]),
        "organisations": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    url = reverse("wagtailadmin_pages:add", args=["sc_events", "eventpage", parent.pk])
    return client.post(url, nested_form_data(data))


def test_editor_publishes_an_event(client, admin_user, index):
    client.force_login(admin_user)
    assert add_event(client, index).status_code == 302
    event = EventPage.objects.get(slug="new-event", locale__language_code="en")
    assert event.live
    assert event.starts_at.utcoffset() == datetime.timedelta(0)
    assert event.local_start.utcoffset() == datetime.timedelta(hours=3)  # Nairobi


@pytest.mark.parametrize(
    "overrides, message",
    [
        (
            {"end_date": (timezone.localdate() + datetime.timedelta(days=4)).isoformat()},
            "cannot end before it starts",
        ),
        ({"end_time": "08:00"}, "cannot end before it starts"),
        ({"attendance_mode": "online"}, "needs its meeting link"),
        ({"start_time": ""}, "Give a start time"),
    ],
)
def test_editor_sees_clear_errors(client, admin_user, index, overrides, message):
    client.force_login(admin_user)
    response = add_event(client, index, **overrides)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not EventPage.objects.filter(slug="new-event").exists()


def test_upcoming_soonest_first_and_past_latest_first(client, index):
    upcoming = titles(client.get(index.url).content.decode())
    assert upcoming[:3] == [
        "Webinar: mental health and prevention",
        "City dialogue on social cohesion in Sousse",
        "East and Southern Africa steering committee meeting",
    ]
    past = titles(client.get(index.url + "past/").content.decode())
    assert past == [
        "Western Balkans workshop on youth engagement",
        "Mayors' roundtable on hate speech",
        "Launch of the Dhaka North city needs assessment",
    ]


def test_cancelled_event_shows_its_status(client, index):
    html = client.get(index.url).content.decode()
    assert re.search(r'class="card event-card cancelled".*?Cancelled', html, re.S)


@pytest.mark.parametrize(
    "query, expected",
    [
        (
            {"hub": "north-america"},
            {
                "Global Summit of Mayors",
                "Summit session: cities and online harms",
                "Summit session: youth voices",
            },
        ),
        ({"type": "webinar"}, {"Webinar: mental health and prevention"}),
        ({"country": "KE"}, {"East and Southern Africa steering committee meeting"}),
    ],
)
def test_filters(client, index, query, expected):
    assert set(titles(client.get(index.url, query).content.decode())) == expected


def test_year_filter_on_past_events(client, index):
    event = EventPage.objects.get(slug="dhaka-launch", locale__language_code="en")
    event.start_date = event.end_date = datetime.date(2021, 3, 4)
    event.save_revision().publish()
    html = client.get(index.url + "past/", {"year": "2021"}).content.decode()
    assert titles(html) == ["Launch of the Dhaka North city needs assessment"]


def test_month_view_is_a_plain_html_calendar(client, index):
    event = EventPage.objects.get(slug="mhpss-webinar", locale__language_code="en")
    day = event.start_date
    html = client.get(f"{index.url}month/{day.year}/{day.month}/").content.decode()
    assert '<table class="month">' in html
    assert f'href="{event.url}"' in html
    following = day.replace(day=28) + datetime.timedelta(days=7)
    assert f"month/{following.year}/{following.month}/" in html  # next month is a link
    assert "<script" not in html.split("</head>")[1]


def test_month_view_rejects_a_bad_month(client, index):
    assert client.get(index.url + "month/2026/13/").status_code == 404


def test_listing_queries_do_not_grow_with_items(client):
    small, large = factories.event_index("small"), factories.event_index("large")
    for number in range(5):
        factories.event_page(small, number, days_from_now=number + 1)
    for number in range(50):
        factories.event_page(large, number, days_from_now=number + 1)
    EventIndexPage.page_size = 50
    try:
        counts = []
        for page in (small, large):
            client.get(page.url)
            with CaptureQueriesContext(connection) as queries:
                client.get(page.url)
            counts.append(len(queries))
    finally:
        EventIndexPage.page_size = 12
    assert counts[0] == counts[1]
    assert counts[1] <= QUERY_CEILING


def parse(response):
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_event_ics_has_time_zone_status_url_and_location(client):
    event = EventPage.objects.get(slug="esa-steering", locale__language_code="en")
    calendar = parse(client.get(event.url + "calendar/"))
    (vevent,) = calendar.walk("VEVENT")
    assert vevent.decoded("dtstart").tzinfo.key == "Africa/Nairobi"
    assert vevent.decoded("dtstart").hour == 9
    assert str(vevent["status"]) == "CONFIRMED"
    assert str(vevent["url"]).endswith(event.url)
    assert "Mombasa" in str(vevent["location"])
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Africa/Nairobi"]


def test_one_uid_in_every_language_and_a_new_sequence_when_the_time_changes(client):
    event = EventPage.objects.get(slug="esa-steering", locale__language_code="en")
    french = event.get_translation(factories.locale("fr"))
    (english_event,) = parse(client.get(event.url + "calendar/")).walk("VEVENT")
    (french_event,) = parse(client.get(french.url + "calendar/")).walk("VEVENT")
    assert str(english_event["uid"]) == str(french_event["uid"])
    assert english_event.decoded("sequence") == 0
    event.start_time = datetime.time(10, 30)
    event.save_revision().publish()
    (changed,) = parse(client.get(event.url + "calendar/")).walk("VEVENT")
    assert changed.decoded("sequence") == 1
    assert changed.decoded("last-modified") > english_event.decoded("dtstamp") - datetime.timedelta(
        minutes=5
    )
    event.title = "A new title, the same time"
    event.save_revision().publish()
    (retitled,) = parse(client.get(event.url + "calendar/")).walk("VEVENT")
    assert retitled.decoded("sequence") == 1  # only the time or the status counts


def test_time_zone_changes_are_one_per_component_with_the_onset_in_the_old_time(client):
    """ical.js reads only the first date of a multi-date RDATE: none are written."""
    event = EventPage.objects.get(slug="esa-steering", locale__language_code="en")
    event.time_zone = "Europe/Tirane"
    event.save_revision().publish()
    ics = client.get(event.url + "calendar/").content.decode()
    assert "RDATE" not in ics
    zone = parse(client.get(event.url + "calendar/")).walk("VTIMEZONE")[0]
    daylight = list(zone.walk("DAYLIGHT"))
    assert daylight and all(c.decoded("dtstart").hour == 2 for c in daylight)


def test_cancelled_event_ics_says_cancelled(client):
    event = EventPage.objects.get(slug="sousse-dialogue", locale__language_code="en")
    (vevent,) = parse(client.get(event.url + "calendar/")).walk("VEVENT")
    assert str(vevent["status"]) == "CANCELLED"


def test_feed_per_locale_and_per_hub(client):
    french = EventIndexPage.objects.get(locale__language_code="fr")
    calendar = parse(client.get(french.url + "calendar/", {"hub": "north-america"}))
    summaries = {str(e["summary"]) for e in calendar.walk("VEVENT")}
    assert summaries == {
        "Sommet mondial des maires",
        "Session du sommet : les villes face aux préjudices en ligne",
        "Session du sommet : la parole aux jeunes",
    }
    assert {str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")} == {"America/Toronto"}


def json_ld(client, page):
    html = client.get(page.url).content.decode()
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )


def test_event_json_ld_in_person(client):
    event = EventPage.objects.get(slug="esa-steering", locale__language_code="en")
    data = json_ld(client, event)
    assert data["@type"] == "Event"
    assert data["startDate"].endswith("+03:00")
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    place, virtual = data["location"]
    assert place["@type"] == "Place" and place["address"]["addressCountry"] == "KE"
    assert virtual["@type"] == "VirtualLocation"
    assert {o["name"]: o.get("url") for o in data["organizer"]} == {
        "Strong Cities Network": "https://strongcitiesnetwork.org/",
        "University of Nairobi": "https://www.uonbi.ac.ke/",
    }
    assert data["inLanguage"] == "en"
    assert data["isAccessibleForFree"] is True
    assert data["image"][0].startswith("http") and data["image"][0].endswith(".png")


def test_event_json_ld_online_and_cancelled(client):
    webinar = EventPage.objects.get(slug="mhpss-webinar", locale__language_code="en")
    data = json_ld(client, webinar.get_translation(factories.locale("ar")))
    assert data["location"]["@type"] == "VirtualLocation"
    assert data["inLanguage"] == "ar"
    cancelled = EventPage.objects.get(slug="sousse-dialogue", locale__language_code="en")
    assert json_ld(client, cancelled)["eventStatus"] == "https://schema.org/EventCancelled"


def test_funder_and_super_event(client):
    session = EventPage.objects.get(slug="summit-youth", locale__language_code="en")
    assert json_ld(client, session)["superEvent"]["name"] == "Global Summit of Mayors"
    summit = EventPage.objects.get(slug="summit", locale__language_code="en")
    data = json_ld(client, summit)
    assert [f["name"] for f in data["funder"]] == [
        "Global Community Engagement and Resilience Fund"
    ]


def test_summit_page_lists_its_sessions(client):
    english = EventPage.objects.get(slug="summit", locale__language_code="en")
    summit = english.get_translation(factories.locale("es"))
    html = client.get(summit.url).content.decode()
    assert "Sesión de la cumbre: voces jóvenes" in html
    assert "Sesión de la cumbre: las ciudades y los daños en línea" in html


def test_event_figures_are_synchronised_across_locales():
    english = EventPage.objects.get(slug="summit", locale__language_code="en")
    for copy in english.get_translations():
        copy = copy.specific
        assert (copy.start_date, copy.start_time, copy.time_zone, copy.status) == (
            english.start_date,
            english.start_time,
            english.time_zone,
            english.status,
        )
        assert copy.city.translation_key == english.city.translation_key


def test_private_reports_and_sessions_stay_off_public_pages(client):
    from wagtail.models import PageViewRestriction

    from sc_wagtail.news.models import NewsPage

    report = NewsPage.objects.get(slug="story-1", locale__language_code="en")
    PageViewRestriction.objects.create(page=report, restriction_type="password", password="x")
    event = report.related_event
    assert report.title not in client.get(event.url).content.decode()
    session = EventPage.objects.get(slug="summit-youth", locale__language_code="en")
    PageViewRestriction.objects.create(page=session, restriction_type="login")
    assert session.title not in client.get(session.get_parent().url).content.decode()


def test_feed_keeps_the_listing_year_and_country_filters(client, index):
    calendar = parse(client.get(index.url + "calendar/", {"country": "AL"}))
    assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == [
        "Western Balkans workshop on youth engagement"
    ]
