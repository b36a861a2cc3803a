"""schema.org Event for event pages."""

from sc_wagtail.core.locales import language_code_of
from sc_wagtail.core.structured_data import default_image_url, organisation

from .choices import AttendanceMode, EventStatus, OrganisationRole

SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.RESCHEDULED: "https://schema.org/EventRescheduled",
    EventStatus.MOVED_ONLINE: "https://schema.org/EventMovedOnline",
}
SCHEMA_MODE = {
    AttendanceMode.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    AttendanceMode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    AttendanceMode.MIXED: "https://schema.org/MixedEventAttendanceMode",
}


def event_image_url(event, request):
    """The event's first image (in its body or report), else the site's default image."""
    for stream in (event.body, event.report):
        for block in stream:
            value = block.value
            image = value.get("image") if hasattr(value, "get") else None
            if image is not None:
                rendition = image.get_rendition("fill-1200x630")
                return request.build_absolute_uri(rendition.url)
    return default_image_url(request)


def _iso(event, moment, date):
    return date.isoformat() if event.all_day else moment.isoformat()


def event_start(event):
    return _iso(event, event.local_start, event.start_date)


def event_json_ld(event, request):
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": _iso(event, event.local_start, event.start_date),
        "endDate": _iso(event, event.local_end, event.end_date),
        "eventStatus": SCHEMA_STATUS[event.status],
        "eventAttendanceMode": SCHEMA_MODE[event.attendance_mode],
        "inLanguage": language_code_of(event),
        "url": event.get_full_url(request),
        "isAccessibleForFree": event.free,
    }
    image = event_image_url(event, request)
    if image:
        data["image"] = [image]
    if event.summary:
        data["description"] = event.summary
    locations = []
    if event.attendance_mode in (AttendanceMode.IN_PERSON, AttendanceMode.MIXED):
        address = {"@type": "PostalAddress"}
        if event.address:
            address["streetAddress"] = event.address
        if event.place_name:
            address["addressLocality"] = event.place_name
        if event.country:
            address["addressCountry"] = event.country.code
        locations.append(
            {"@type": "Place", "name": event.venue or event.place_name, "address": address}
        )
    if event.online_url and event.attendance_mode != AttendanceMode.IN_PERSON:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    organisers = event.organisations_with(
        OrganisationRole.ORGANISER, OrganisationRole.HOST, OrganisationRole.CO_HOST
    )
    if organisers:
        data["organizer"] = [organisation(o) for o in organisers]
    funders = event.organisations_with(OrganisationRole.FUNDER)
    if funders:
        data["funder"] = [organisation(o) for o in funders]
    if event.get_parent().specific_class is type(event):
        parent = event.get_parent().specific
        data["superEvent"] = {
            "@type": "Event",
            "name": parent.title,
            "url": parent.get_full_url(request),
        }
    return data
