"""The network's shared directory: hubs, themes, organisations and member cities.

They are translatable snippets: names and descriptions are translated, while codes,
countries and links to other records are synchronised across locales by wagtail-localize.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .choices import time_zone_choices
from .outbox import OutgoingEmail  # noqa: F401  (a model of this app)


class Hub(TranslatableMixin, index.Indexed, models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        SUBJECT_TO_FUNDING = "subject_to_funding", _("Subject to funding")
        PLANNED = "planned", _("Planned")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=True)
    summary = models.TextField(_("summary"), blank=True)
    status = models.CharField(
        _("status"), max_length=24, choices=Status.choices, default=Status.ACTIVE
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("status"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
        index.FilterField("status"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("summary"),
        SynchronizedField("slug"),
        SynchronizedField("status"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("hub")
        verbose_name_plural = _("hubs")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_hub_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class Theme(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    class Kind(models.TextChoices):
        NETWORK = "network", _("Network")
        LOCAL_GOVERNMENT = "local_government", _("Local government")
        CITY_ASSOCIATION = "city_association", _("City association")
        NATIONAL_GOVERNMENT = "national_government", _("National government")
        MULTILATERAL = "multilateral", _("Multilateral organisation")
        FOUNDATION = "foundation", _("Foundation")
        CIVIL_SOCIETY = "civil_society", _("Civil society organisation")
        ACADEMIC = "academic", _("Academic institution")

    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    country = CountryField(_("country"), blank=True)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("acronym"),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("website"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("acronym"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
        index.FilterField("kind"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("acronym"),
        SynchronizedField("kind"),
        SynchronizedField("country"),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name


class City(TranslatableMixin, index.Indexed, models.Model):
    """A local government, usually a member of the network."""

    name = models.CharField(_("name"), max_length=120)
    country = CountryField(_("country"))
    # Events in the city take it as their default; empty: the country's, when it has one.
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        choices=time_zone_choices,
        help_text=_("Needed only where the country has several time zones."),
    )
    hub = models.ForeignKey(
        Hub,
        verbose_name=_("hub"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cities",
    )
    is_member = models.BooleanField(_("network member"), default=True)
    member_since = models.PositiveSmallIntegerField(_("member since (year)"), null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("country"),
        FieldPanel("time_zone"),
        FieldPanel("hub"),
        FieldPanel("is_member"),
        FieldPanel("member_since"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
        index.FilterField("country"),
        index.FilterField("hub_id"),
        index.FilterField("is_member"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("country"),
        SynchronizedField("time_zone"),
        SynchronizedField("hub"),
        SynchronizedField("is_member"),
        SynchronizedField("member_since"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.country.name}" if self.country else self.name


class RateLimitCounter(models.Model):
    """One rate-limit window's count, for sites whose cache is Django's database cache
    (see sc_wagtail.core.ratelimit)."""

    key = models.CharField(max_length=200, unique=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return f"{self.key}: {self.count}"
