"""Querysets for event listings: a fixed number of SQL queries, whatever the page size."""

from django.db.models import Prefetch
from django.utils import timezone

from sc_wagtail.core.pages import live_in_locale

from .models import EventOrganisation, EventPage


def events_for_listing(locale, within=None):
    """Live events of a locale with what a listing card shows (unordered)."""
    return (
        live_in_locale(EventPage, locale, within)
        .select_related("hub", "city", "locale")
        .prefetch_related(
            Prefetch(
                "organisations", queryset=EventOrganisation.objects.select_related("organisation")
            ),
        )
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
