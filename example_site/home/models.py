from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from sc_wagtail.core.pages import translated_page_fields
from sc_wagtail.forms.blocks import ApplicationFormBlock
from sc_wagtail.impact.blocks import BodyWithImpactBlock


class HomePage(Page):
    """The example site's home page: one per locale, each a translation of the English one."""

    intro = models.CharField(_("intro"), max_length=300, blank=True)
    body = RichTextField(
        _("body"), blank=True, features=["bold", "italic", "link", "h2", "h3", "ol", "ul"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    translatable_fields = translated_page_fields("intro", "body")
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from .front_page import front_page_sections

        context = super().get_context(request, *args, **kwargs)
        context.update(front_page_sections(self))
        return context


class SiteBodyBlock(BodyWithImpactBlock):
    """The example site's body: the shared blocks, impact figures and application forms."""

    application_form = ApplicationFormBlock()


class ContentPage(Page):
    """A plain page of the example site, e.g. the fund's page with its application form."""

    intro = models.CharField(_("intro"), max_length=300, blank=True)
    body = StreamField(SiteBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    translatable_fields = translated_page_fields("intro", "body")

    class Meta:
        verbose_name = _("content page")
