"""Hub pages: a regional hub's cities, needs, news, events and impact; and their index.

This app sits above news, events and impact and may use all three; none of them knows it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from sc_wagtail.core.models import City, Hub
from sc_wagtail.core.pages import (
    PAGE_TRANSLATABLE_FIELDS,
    translated_page_fields,
    under_home_pages,
)
from sc_wagtail.core.privacy import public
from sc_wagtail.events.listing import upcoming_events
from sc_wagtail.impact.blocks import BodyWithImpactBlock
from sc_wagtail.news.listing import news_for_listing


class HubPage(RoutablePageMixin, Page):
    """A regional hub: who it serves, what its cities need, its news and events."""

    hub = models.ForeignKey(Hub, verbose_name=_("hub"), on_delete=models.PROTECT, related_name="+")
    intro = models.TextField(_("intro"), blank=True)
    needs_and_priorities = RichTextField(
        _("city needs and priorities"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol", "h3"],
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_text = models.CharField(_("contact"), max_length=300, blank=True)
    body = StreamField(
        BodyWithImpactBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("Add “Impact figures” to show what the hub's events achieved."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("hub"),
        FieldPanel("intro"),
        FieldPanel("needs_and_priorities"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("contact_text"), FieldPanel("contact_email")], heading=_("Contact")
        ),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("hub"),
        TranslatableField("intro"),
        TranslatableField("needs_and_priorities"),
        TranslatableField("contact_text"),
        SynchronizedField("contact_email"),
        TranslatableField("body"),
    ]
    parent_page_types = under_home_pages("sc_hubs.HubIndexPage")
    subpage_types = []
    template = "sc_hubs/hub_page.html"

    class Meta:
        verbose_name = _("hub page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # City.hub is synchronised: every copy of a city points at the source hub.
        context["member_cities"] = City.objects.filter(
            hub__translation_key=self.hub.translation_key, locale=self.locale, is_member=True
        ).order_by("name")
        context["latest_news"] = news_for_listing(self.locale).filter(hub=self.hub)[:5]
        context["upcoming_events"] = upcoming_events(self.locale).filter(hub=self.hub)[:5]
        return context


class HubIndexPage(Page):
    """The list of hub pages."""

    intro = models.TextField(_("intro"), blank=True)
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = translated_page_fields("intro")
    subpage_types = ["sc_hubs.HubPage"]
    template = "sc_hubs/hub_index_page.html"

    class Meta:
        verbose_name = _("hub index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["hubs"] = public(HubPage.objects.child_of(self).live()).select_related("hub")
        return context
