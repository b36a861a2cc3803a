"""Event index and event pages: when (with time zone), where, who, status, and reports."""

import datetime
import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from sc_wagtail.blocks.content import BodyBlock
from sc_wagtail.blocks.report import ReportBlock, ReportPageMixin
from sc_wagtail.core.choices import zone_of_place
from sc_wagtail.core.models import City, Hub, Organisation
from sc_wagtail.core.pages import PAGE_TRANSLATABLE_FIELDS, translated_page_fields
from sc_wagtail.core.privacy import public

from .choices import (
    AttendanceMode,
    EventStatus,
    EventType,
    OrganisationRole,
    session_language_choices,
    time_zone_choices,
)


class LanguageListField(models.JSONField):
    """A list of language codes, edited as checkboxes (a JSON list in the database)."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            label=self.verbose_name,
            required=not self.blank,
            choices=session_language_choices,
            widget=forms.CheckboxSelectMultiple,
        )


class EventIndexPage(RoutablePageMixin, Page):
    intro = models.TextField(_("intro"), blank=True)
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = translated_page_fields("intro")
    subpage_types = ["sc_events.EventPage"]
    template = "sc_events/event_index_page.html"
    page_size = 12

    class Meta:
        verbose_name = _("event index page")

    def get_cached_paths(self):
        # The page cache and a CDN purge these with the listing (months by date are not
        # cached: there is no end to them).
        return ["/", "/past/", "/month/", "/calendar/"]

    @path("", name="upcoming")
    def upcoming(self, request):
        from .views import event_listing

        return event_listing(self, request, when="upcoming")

    @path("past/", name="past")
    def past(self, request):
        from .views import event_listing

        return event_listing(self, request, when="past")

    @path("month/", name="this_month")
    @re_path(r"^month/(?P<year>\d{4})/(?P<month>\d{1,2})/$", name="month")
    def month(self, request, year=None, month=None):
        from .views import month_view

        return month_view(self, request, year, month)

    @path("calendar/", name="ics")
    def ics(self, request):
        from .ical import calendar_response

        return calendar_response(self, request)


class EventPage(ReportPageMixin, RoutablePageMixin, Page):
    event_type = models.CharField(_("event type"), max_length=32, choices=EventType.choices)
    status = models.CharField(
        _("status"), max_length=16, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_date = models.DateField(_("end date"))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    all_day = models.BooleanField(_("all day"), default=False)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=time_zone_choices,
        blank=True,
        default="",
        help_text=_(
            "The time zone of the place where it happens. Leave empty to use the city's "
            "(or its country's, where the country has one)."
        ),
    )
    # Derived from the date, time and zone above on save: for ordering and filtering.
    starts_at = models.DateTimeField(editable=False, db_index=True)
    ends_at = models.DateTimeField(editable=False)
    # iCalendar's SEQUENCE and LAST-MODIFIED: raised and set when the time or the status
    # changes (on the source page; translations take them from it), so calendars update.
    schedule_sequence = models.PositiveIntegerField(default=0, editable=False)
    schedule_changed_at = models.DateTimeField(null=True, blank=True, editable=False)

    attendance_mode = models.CharField(
        _("attendance mode"),
        max_length=16,
        choices=AttendanceMode.choices,
        default=AttendanceMode.IN_PERSON,
    )
    city = models.ForeignKey(
        City,
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Choose a city from the directory…"),
    )
    city_name = models.CharField(_("…or type a city"), max_length=120, blank=True)
    country = CountryField(_("country"), blank=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    online_url = models.URLField(_("online meeting link"), blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    free = models.BooleanField(
        _("free to attend"), default=True, help_text=_("No fee to take part.")
    )
    hub = models.ForeignKey(
        Hub,
        verbose_name=_("hub"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    session_languages = LanguageListField(_("session languages"), default=list, blank=True)
    summary = models.TextField(_("summary"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    report = StreamField(
        ReportBlock(),
        verbose_name=_("event report"),
        blank=True,
        help_text=_("What happened, once the event is over."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("event_type"), FieldPanel("status")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldRowPanel([FieldPanel("all_day"), FieldPanel("time_zone")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance_mode"),
                FieldPanel("city"),
                FieldPanel("city_name"),
                FieldPanel("country"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("hub"),
                FieldPanel(
                    "session_languages",
                    widget=forms.CheckboxSelectMultiple(choices=session_language_choices),
                ),
                FieldPanel("registration_url"),
                FieldPanel("free"),
                InlinePanel("organisations", label=_("Organisations")),
            ],
            heading=_("Who"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("report"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        *(
            SynchronizedField(name)
            for name in (
                "event_type",
                "status",
                "start_date",
                "start_time",
                "end_date",
                "end_time",
                "all_day",
                "time_zone",
                "attendance_mode",
                "country",
                "online_url",
                "registration_url",
                "free",
                "session_languages",
                "schedule_sequence",
                "schedule_changed_at",
            )
        ),
        TranslatableField("city"),
        TranslatableField("hub"),
        TranslatableField("city_name"),
        TranslatableField("venue"),
        TranslatableField("address"),
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("report"),
        TranslatableField("organisations"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("starts_at"),
    ]
    parent_page_types = ["sc_events.EventIndexPage", "sc_events.EventPage"]
    subpage_types = ["sc_events.EventPage"]
    template = "sc_events/event_page.html"

    class Meta:
        verbose_name = _("event page")

    # --- time ---------------------------------------------------------------------------
    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone or "UTC")

    def _local(self, date, time, end=False):
        if self.all_day or time is None:
            time = datetime.time.max if end else datetime.time.min
        return datetime.datetime.combine(date, time, tzinfo=self.zone)

    @property
    def local_start(self):
        return self._local(self.start_date, self.start_time)

    @property
    def local_end(self):
        return self._local(self.end_date, self.end_time, end=True)

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    @property
    def place_name(self):
        return self.city.name if self.city_id else self.city_name

    def _place_zone(self):
        return zone_of_place(self.city if self.city_id else None, self.country)

    def clean(self):
        super().clean()
        errors = {}
        if not self.time_zone:
            self.time_zone = self._place_zone() or ""
            if not self.time_zone and not self.all_day:
                errors["time_zone"] = _(
                    "Choose the time zone: the place's is not known (its country has several)."
                )
        if self.time_zone and self.time_zone not in zoneinfo.available_timezones():
            errors["time_zone"] = _("Unknown time zone.")
        elif self.start_date and self.end_date and self.local_end < self.local_start:
            errors["end_date"] = _("The event cannot end before it starts.")
        if not self.all_day and self.start_date and self.start_time is None:
            errors["start_time"] = _("Give a start time, or tick “all day”.")
        if (
            self.attendance_mode in (AttendanceMode.ONLINE, AttendanceMode.MIXED)
            and (not self.online_url)
            and self.status != EventStatus.CANCELLED
        ):
            errors["online_url"] = _("An online or mixed event needs its meeting link.")
        if self.city_id and self.city_name:
            errors["city_name"] = _("Choose a city from the directory or type one, not both.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.city_id and not self.country:
            self.country = self.city.country
        if not self.time_zone:
            self.time_zone = self._place_zone() or "UTC"
        self.starts_at = self.local_start
        self.ends_at = self.local_end
        self._count_schedule_change()
        return super().save(*args, **kwargs)

    def _count_schedule_change(self):
        """A new time or status is a new version of the calendar event (RFC 5545 SEQUENCE).
        Counted on the source page only: its translations copy it when they sync."""
        from sc_wagtail.conf import sc_settings

        if self.pk is None or self.locale.language_code != sc_settings.SOURCE_LOCALE:
            return
        before = (
            EventPage.objects.filter(pk=self.pk)
            .values("starts_at", "ends_at", "status", "all_day")
            .first()
        )
        now = (self.starts_at, self.ends_at, self.status, self.all_day)
        if before and tuple(before.values()) != now:
            self.schedule_sequence += 1
            self.schedule_changed_at = timezone.now()

    def get_context(self, request, *args, **kwargs):
        from wagtail import hooks

        from sc_wagtail.core.structured_data import json_ld

        from .jsonld import event_json_ld

        context = super().get_context(request, *args, **kwargs)
        context["structured_data"] = json_ld(event_json_ld(self, request))
        context["child_events"] = public(EventPage.objects.child_of(self).live()).order_by(
            "starts_at"
        )
        # Apps with report pages (news) list them through the "sc_event_reports" hook:
        # ``fn(event) -> iterable of live, public pages in the event's locale``.
        context["reports"] = [
            report for fn in hooks.get_hooks("sc_event_reports") for report in fn(self)
        ]
        return context

    def schema_reference(self, request):
        """How other pages refer to this event in schema.org (a news report's "about")."""
        from .jsonld import event_start

        return {
            "@type": "Event",
            "name": self.title,
            "startDate": event_start(self),
            "url": self.get_full_url(request),
        }

    @cached_property
    def organisation_roles(self):
        return list(self.organisations.select_related("organisation"))

    def organisations_with(self, *roles):
        return [link.organisation for link in self.organisation_roles if link.role in roles]

    def get_cached_paths(self):
        return ["/", "/calendar/"]

    @path("calendar/", name="ics")
    def ics(self, request):
        from .ical import calendar_response

        return calendar_response(self, request, events=[self])


class EventOrganisation(TranslatableMixin, Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="organisations")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(_("role"), max_length=16, choices=OrganisationRole.choices)
    panels = [FieldPanel("organisation"), FieldPanel("role")]
    translatable_fields = [TranslatableField("organisation"), SynchronizedField("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("organisation")
