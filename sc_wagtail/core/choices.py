"""Choices shared by events and event reports (the report blocks cannot import events)."""

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
    """Every language Django knows: sessions run in languages the site is not written in."""
    return list(global_settings.LANGUAGES)
