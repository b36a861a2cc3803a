"""Choices shared by events and event reports (the report blocks cannot import events)."""

import zoneinfo

from django.conf import global_settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AttendanceMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("In person and online")


class EventType(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    ROUNDTABLE = "roundtable", _("Roundtable")
    SUMMIT = "summit", _("Summit")
    SUMMIT_SESSION = "summit_session", _("Summit session")
    LAUNCH = "launch", _("Launch")
    DIALOGUE = "dialogue", _("Dialogue")
    WEBINAR = "webinar", _("Webinar")
    STEERING_COMMITTEE = "steering_committee", _("Steering committee meeting")
    CONFERENCE = "conference", _("Conference")


class OrganisationRole(models.TextChoices):
    ORGANISER = "organiser", _("Organiser")
    HOST = "host", _("Host")
    CO_HOST = "co_host", _("Co-host")
    PARTNER = "partner", _("Partner")
    FUNDER = "funder", _("Funder")


class DatePrecision:
    """How precise a report's dates are: exact days, or only part of a month."""

    DAY = "day"
    EARLY = "early"
    MID = "mid"
    LATE = "late"
    MONTH = "month"

    choices = [
        (DAY, _("Exact days")),
        (EARLY, _("Early in the month")),
        (MID, _("Mid-month")),
        (LATE, _("Late in the month")),
        (MONTH, _("Some time in the month")),
    ]


def country_choices():
    """Every country, named in the active language (django-countries)."""
    from django_countries import countries

    return list(countries)


def session_language_choices():
    """The languages sessions are held in: the site's own and SC_WAGTAIL["SESSION_LANGUAGES"]
    (a short list; sessions run in languages the site is not written in), each named in the
    active language and sorted by that name."""
    from django.utils.text import capfirst

    from sc_wagtail.conf import sc_settings

    from .formatting import language_name

    codes = dict.fromkeys([*sc_settings.LOCALES, *sc_settings.SESSION_LANGUAGES])
    known = {code for code, _name in global_settings.LANGUAGES}
    return sorted(
        ((code, capfirst(language_name(code))) for code in codes if code in known),
        key=lambda choice: choice[1].casefold(),
    )


def time_zone_choices():
    return [
        (name, name.replace("_", " "))
        for name in sorted(zoneinfo.available_timezones())
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/"))
    ] + [("UTC", "UTC")]


def zone_of_place(city=None, country=None):
    """The time zone of a place: the city's own, else its country's when the country has one
    (CLDR's territory zones: Tunisia, Jordan, Kenya...), else None (the United States)."""
    from babel.core import get_global

    if city is not None and city.time_zone:
        return city.time_zone
    code = str(getattr(city, "country", "") or country or "")
    zones = get_global("territory_zones").get(code.upper(), []) if code else []
    return zones[0] if len(zones) == 1 else None
