"""A fund call: what cities apply to, when, for how much, and the questions they answer."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from sc_wagtail.core.choices import time_zone_choices

from .call_form import FundCallForm
from .questions import CriterionBlock, QuestionsBlock

CURRENCIES = [("EUR", "EUR"), ("USD", "USD"), ("GBP", "GBP")]


def workflow_choices():
    from .workflow import workflow_choices as choices

    return choices()


class FundCall(TranslatableMixin, index.Indexed, models.Model):
    title = models.CharField(_("title"), max_length=200)
    reference_prefix = models.CharField(
        _("reference prefix"),
        max_length=8,
        default="TSF",
        help_text=_("Applications are numbered PREFIX-YEAR-0001, without gaps."),
    )
    hub = models.ForeignKey(
        "sc_core.Hub",
        verbose_name=_("hub"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty for a network-wide call."),
    )
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"))
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="UTC", choices=time_zone_choices
    )
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCIES, default="EUR")
    workflow = models.CharField(
        _("review workflow"),
        max_length=40,
        default="standard",
        choices=workflow_choices,
        help_text=_("How applications to this call are reviewed and decided."),
    )
    maximum_amount = models.DecimalField(_("maximum amount"), max_digits=12, decimal_places=2)
    eligibility = RichTextField(_("eligibility"), blank=True)
    privacy_notice = RichTextField(
        _("privacy notice"),
        help_text=_("Applicants must agree to it before they can apply."),
    )
    rubric = StreamField(
        [("criterion", CriterionBlock())], verbose_name=_("review rubric"), blank=True
    )
    questions = StreamField(QuestionsBlock(), verbose_name=_("questions"), blank=True)

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("eligibility"),
        TranslatableField("privacy_notice"),
        TranslatableField("questions"),
        TranslatableField("rubric"),
        TranslatableField("hub"),
        SynchronizedField("reference_prefix", overridable=False),
        SynchronizedField("opens_at", overridable=False),
        SynchronizedField("closes_at", overridable=False),
        SynchronizedField("time_zone", overridable=False),
        SynchronizedField("currency", overridable=False),
        SynchronizedField("maximum_amount", overridable=False),
        SynchronizedField("workflow", overridable=False),
    ]

    panels = [
        FieldPanel("title"),
        FieldPanel("hub"),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
            ],
            heading=_("Dates"),
            help_text=_("Opening and closing times are in the call's time zone."),
        ),
        FieldRowPanel([FieldPanel("currency"), FieldPanel("maximum_amount")]),
        FieldPanel("reference_prefix"),
        FieldPanel("workflow"),
        FieldPanel("eligibility"),
        FieldPanel("privacy_notice"),
        FieldPanel("questions"),
        FieldPanel("rubric"),
    ]
    search_fields = [index.SearchField("title"), index.FilterField("locale_id")]
    base_form_class = FundCallForm

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("fund call")
        verbose_name_plural = _("fund calls")
        ordering = ["-opens_at"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("A call must close after it opens.")})
        if not self.reference_prefix.isalnum():
            raise ValidationError(
                {"reference_prefix": _("Use letters and digits only, for example TSF.")}
            )

    @property
    def source_call(self):
        """The source-locale row: applications belong to it, whatever language they used."""
        from sc_wagtail.conf import sc_settings
        from sc_wagtail.core.locales import language_code_of, locale_id_for

        if language_code_of(self) == sc_settings.SOURCE_LOCALE:
            return self
        source = locale_id_for(sc_settings.SOURCE_LOCALE)
        return self.get_translation_or_none(source) or self

    def state(self, now=None):
        now = now or timezone.now()
        if now < self.opens_at:
            return "not_open"
        if now >= self.closes_at:
            return "closed"
        return "open"

    def local(self, moment):
        return timezone.localtime(moment, zoneinfo.ZoneInfo(self.time_zone))

    def criteria(self):
        """[(block id, name, weight)] of the rubric."""
        return [(c.id, c.value["name"], float(c.value["weight"])) for c in self.rubric]
