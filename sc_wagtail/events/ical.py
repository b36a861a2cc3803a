"""iCalendar (RFC 5545) for one event or a subscribable feed, built with `icalendar`."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from icalendar import Calendar, Event

from sc_wagtail.core.text import single_line, without_controls

from .choices import EventStatus
from .timezones import vtimezone

STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.RESCHEDULED: "CONFIRMED",
    EventStatus.MOVED_ONLINE: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}
FEED_PAST_DAYS = 365


def event_component(event, request):
    component = Event()
    # One UID for the event in every language: a calendar subscribed to two languages'
    # feeds shows it once. SEQUENCE and LAST-MODIFIED move when its time or status does.
    component.add("uid", f"event-{event.translation_key}@sc-wagtail")
    component.add("sequence", event.schedule_sequence)
    component.add("summary", single_line(event.title))
    component.add("dtstamp", timezone.now())
    modified = event.schedule_changed_at or event.first_published_at or event.last_published_at
    if modified:
        component.add("last-modified", modified)
    if event.all_day:
        component.add("dtstart", event.start_date)
        component.add("dtend", event.end_date + datetime.timedelta(days=1))
    else:
        component.add("dtstart", event.local_start)
        component.add("dtend", event.local_end)
    component.add("status", STATUS.get(event.status, "CONFIRMED"))
    url = event.get_full_url(request)
    component.add("url", url)
    location = ", ".join(
        part
        for part in (
            event.venue,
            event.address,
            event.place_name,
            event.country.name if event.country else "",
        )
        if part
    )
    if event.online_url:
        location = f"{location} · {event.online_url}" if location else event.online_url
    if location:
        component.add("location", single_line(location))
    description = "\n\n".join(part for part in (event.summary, url) if part)
    component.add("description", without_controls(description))
    return component


def build_calendar(events, request, name):
    calendar = Calendar()
    calendar.add("prodid", "-//sc-wagtail//events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", single_line(name))
    zones = {}
    for event in events:
        calendar.add_component(event_component(event, request))
        if not event.all_day:
            first, last = zones.get(event.zone.key, (event.start_date, event.end_date))
            zones[event.zone.key] = (min(first, event.start_date), max(last, event.end_date))
    for tzid, (first, last) in sorted(zones.items()):
        calendar.add_component(vtimezone(tzid, first, last))
    return calendar


def calendar_response(page, request, events=None):
    """One event's .ics, or the feed of an event index (filters such as ?hub= apply)."""
    if events is None:
        from .listing import events_for_listing
        from .views import filtered_events

        since = timezone.now() - datetime.timedelta(days=FEED_PAST_DAYS)
        pages = (
            events_for_listing(page.locale, within=page)
            .filter(ends_at__gte=since)
            .order_by("starts_at")
        )
        events = list(filtered_events(page, request, pages)[1])
    calendar = build_calendar(events, request, page.title)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    filename = slugify(page.slug, allow_unicode=False) or "events"
    disposition = "attachment" if len(events) == 1 and events[0] is page else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}.ics"'
    return response
