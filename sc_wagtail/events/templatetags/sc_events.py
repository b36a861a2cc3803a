from django import template

from sc_wagtail.core.formatting import zone_phrase

register = template.Library()


@register.simple_tag
def event_zone(event):
    """The event's time zone as people say it, at the event's date: "Nairobi time, UTC+3"."""
    return zone_phrase(event.time_zone or "UTC", event.starts_at)
