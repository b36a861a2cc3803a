"""Querysets for event listings: a fixed number of SQL queries, whatever the page size."""

from django.db.models import Prefetch
from django.utils import timezone

from .models import EventOrganisation, EventPage


def events_for_listing(locale, within=None):
    pages = EventPage.objects.live().public().filter(locale=locale)
    if within is not None:
        pages = pages.descendant_of(within)
    return (
        pages.select_related("hub", "city", "locale")
        .prefetch_related(
            Prefetch(
                "organisations", queryset=EventOrganisation.objects.select_related("organisation")
            ),
        )
        .defer_streamfields()
    )


def upcoming_events(locale, within=None):
    """Events not yet over, soonest first."""
    return (
        events_for_listing(locale, within)
        .filter(ends_at__gte=timezone.now())
        .order_by("starts_at", "pk")
    )


def past_events(locale, within=None):
    """Events that are over, latest first."""
    return (
        events_for_listing(locale, within)
        .filter(ends_at__lt=timezone.now())
        .order_by("-starts_at", "-pk")
    )
