"""The figures of every live event report, one row per report, for network-wide sums.

Rows are kept by signal handlers (signals.py) when a page with a report is published,
unpublished or deleted, so the impact block sums them in one query however many reports
there are. All locale copies of a report share one row (keyed by translation key): their
figures are identical, and counting them once per language would multiply the totals.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from sc_wagtail.core.pages import translated_page_fields

from .blocks import BodyWithImpactBlock


class ReportFigures(models.Model):
    translation_key = models.UUIDField(unique=True)
    # The live copy the figures were read from (the source locale's when it is live).
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    hub_key = models.UUIDField(null=True, blank=True, db_index=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True, db_index=True)
    leaders = models.PositiveIntegerField(default=0)
    officials = models.PositiveIntegerField(default=0)
    participants = models.PositiveIntegerField(default=0)
    # Translation keys of the directory cities represented, and ISO country codes.
    city_keys = models.JSONField(default=list)
    country_codes = models.JSONField(default=list)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("report figures")
        verbose_name_plural = _("report figures")

    def __str__(self):
        return f"{self.page_id} ({self.year})"


class ImpactPage(Page):
    """A page showing the network's figures: intro, then any body blocks (impact figures)."""

    intro = models.TextField(_("intro"), blank=True)
    body = StreamField(BodyWithImpactBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    translatable_fields = translated_page_fields("intro", "body")
    template = "sc_impact/impact_page.html"

    class Meta:
        verbose_name = _("impact page")
