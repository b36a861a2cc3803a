"""The impact-figures block: network totals from live event reports, usable on any page."""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from sc_wagtail.blocks.content import BodyBlock


class ImpactFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=capfirst(_("heading")), required=False, max_length=200)
    hub = SnippetChooserBlock(
        "sc_core.Hub",
        label=capfirst(_("hub")),
        required=False,
        help_text=_("Count only this hub's reports. Leave empty for the whole network."),
    )
    year = blocks.IntegerBlock(
        label=capfirst(_("year")),
        required=False,
        min_value=2000,
        max_value=2100,
        help_text=_("Count only this year's reports. Leave empty for every year."),
    )
    show_filters = blocks.BooleanBlock(
        label=capfirst(_("let readers filter by hub and year")), required=False, default=True
    )
    show_breakdown = blocks.BooleanBlock(
        label=capfirst(_("show a table by hub and year")), required=False, default=True
    )

    class Meta:
        icon = "table"
        label = _("Impact figures")
        template = "sc_impact/impact_figures.html"
        help_text = _(
            "Sums the published event reports. Cities and countries are counted once however "
            "many reports name them."
        )

    def get_context(self, value, parent_context=None):
        from wagtail.models import Locale

        from sc_wagtail.core.models import Hub

        from .queries import impact

        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        locale = Locale.get_active()
        hubs = {hub.translation_key: hub for hub in Hub.objects.filter(locale=locale)}
        hub_key = value["hub"].translation_key if value["hub"] else None
        year = value["year"]
        chosen_hub = chosen_year = ""
        if value["show_filters"] and request is not None:
            chosen_hub = request.GET.get("impact_hub", "")
            chosen_year = request.GET.get("impact_year", "")
            if not hub_key:
                hub_key = next((k for k, h in hubs.items() if h.slug == chosen_hub), None)
            if not year and chosen_year.isdigit():
                year = int(chosen_year)
        result = impact(locale, hub_key=hub_key, year=year)
        context.update(
            impact=result,
            hubs=hubs,
            hub_choices=[] if value["hub"] else sorted(hubs.values(), key=lambda hub: hub.name),
            year_choices=[] if value["year"] else result.years,
            chosen_hub=chosen_hub,
            chosen_year=chosen_year,
            breakdown=[
                {"hub": hubs.get(key[0]), "year": key[1], "totals": totals}
                for key, totals in result.breakdown.items()
            ],
        )
        return context


class BodyWithImpactBlock(BodyBlock):
    impact_figures = ImpactFiguresBlock()
