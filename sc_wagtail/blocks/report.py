"""The event-report block set: what happened, as data staff fill in rather than prose.

Figures, dates, choices and chosen records are not text, so wagtail-localize copies them
from the source page on every sync and every locale shows the same numbers; only the prose
(venue, series name, summary, findings, recommendations...) goes to translators.
Templates under templates/sc_blocks/report/; who took part is in who.py.
"""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from sc_wagtail.core.choices import (  # country_choices: migrations name it here
    AttendanceMode,
    DatePrecision,
    EventType,
    country_choices,
    session_language_choices,
)
from sc_wagtail.core.formatting import date_phrase

from .content import RICH_TEXT_FEATURES, DownloadBlock, HeadingBlock, ImageBlock, QuoteBlock
from .errors import field_errors
from .who import OrganisationRoleBlock, ParticipationBlock, SpeakerBlock
from .widgets import SearchableSelect


# --- identity and time ------------------------------------------------------------------
class IdentityBlock(blocks.StructBlock):
    event_type = blocks.ChoiceBlock(label=capfirst(_("event type")), choices=EventType.choices)
    series = blocks.CharBlock(
        label=capfirst(_("series or initiative")),
        required=False,
        max_length=200,
        help_text=_("For example: Strong Cities Summit."),
    )
    ordinal = blocks.IntegerBlock(
        label=capfirst(_("edition")),
        required=False,
        min_value=1,
        max_value=1000,
        help_text=_("The third summit of a series is edition 3."),
    )

    class Meta:
        icon = "tag"
        label = _("What kind of event")
        template = "sc_blocks/report/identity.html"


class WhenBlock(blocks.StructBlock):
    start_date = blocks.DateBlock(label=capfirst(_("start date")))
    end_date = blocks.DateBlock(label=capfirst(_("end date")), required=False)
    precision = blocks.ChoiceBlock(
        label=capfirst(_("how precise are these dates")),
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("For “early November” give any day in early November."),
    )

    class Meta:
        icon = "date"
        label = _("When")
        template = "sc_blocks/report/when.html"

    def clean(self, value):
        value = super().clean(value)
        if value["end_date"] and value["start_date"] and value["end_date"] < value["start_date"]:
            raise field_errors(end_date=_("The event cannot end before it starts."))
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["dates"] = date_phrase(value["start_date"], value["end_date"], value["precision"])
        return context


# --- place ------------------------------------------------------------------------------
class SessionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=capfirst(_("session")), required=False, max_length=200)
    languages = blocks.MultipleChoiceBlock(
        label=capfirst(_("languages")), choices=session_language_choices, required=False
    )

    class Meta:
        icon = "list-ul"
        label = _("Session")


class WhereBlock(blocks.StructBlock):
    attendance_mode = blocks.ChoiceBlock(
        label=capfirst(_("attendance mode")),
        choices=AttendanceMode.choices,
        default=AttendanceMode.IN_PERSON,
    )
    venue = blocks.CharBlock(label=capfirst(_("venue")), required=False, max_length=200)
    city = SnippetChooserBlock("sc_core.City", label=capfirst(_("city")), required=False)
    city_name = blocks.CharBlock(
        label=capfirst(_("…or type a city")), required=False, max_length=120
    )
    country = blocks.ChoiceBlock(
        label=capfirst(_("country")),
        choices=country_choices,
        required=False,
        widget=SearchableSelect,
    )
    sessions = blocks.ListBlock(SessionBlock(), label=capfirst(_("sessions")), default=[])

    class Meta:
        icon = "site"
        label = _("Where")
        template = "sc_blocks/report/where.html"

    def clean(self, value):
        value = super().clean(value)
        if value["city"] and value["city_name"]:
            raise field_errors(
                city_name=_("Choose a city from the directory or type one, not both.")
            )
        return value


# --- narrative --------------------------------------------------------------------------
class ThemeFindingsBlock(blocks.StructBlock):
    theme = SnippetChooserBlock("sc_core.Theme", label=capfirst(_("theme")), required=False)
    heading = blocks.CharBlock(
        label=capfirst(_("heading")),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the theme's name."),
    )
    findings = blocks.RichTextBlock(label=capfirst(_("key findings")), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "pick"
        label = _("Theme discussed")


class Audience:
    choices = [
        ("cities", _("Mayors and cities")),
        ("national", _("National governments")),
        ("network", _("The network")),
        ("multilateral", _("Multilateral organisations")),
        ("other", _("Everyone else")),
    ]


class RecommendationsBlock(blocks.StructBlock):
    audience = blocks.ChoiceBlock(label=capfirst(_("for")), choices=Audience.choices)
    items = blocks.ListBlock(
        blocks.TextBlock(label=capfirst(_("recommendation"))), label=capfirst(_("recommendations"))
    )

    class Meta:
        icon = "list-ol"
        label = _("Recommendations")


class NextStepBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=capfirst(_("next step or outcome")))
    page = blocks.PageChooserBlock(label=capfirst(_("follow-up page")), required=False)
    url = blocks.URLBlock(label=capfirst(_("…or a link")), required=False)

    class Meta:
        icon = "arrow-right"
        label = _("Next step")

    def clean(self, value):
        value = super().clean(value)
        if value["page"] and value["url"]:
            raise field_errors(url=_("Choose a page or give a link, not both."))
        return value


class ReportBlock(blocks.StreamBlock):
    identity = IdentityBlock()
    when = WhenBlock()
    where = WhereBlock()
    organisations = blocks.ListBlock(
        OrganisationRoleBlock(),
        label=_("Organisations and roles"),
        icon="group",
        template="sc_blocks/report/organisations.html",
    )
    participation = ParticipationBlock()
    speakers = blocks.ListBlock(
        SpeakerBlock(), label=_("Speakers"), icon="user", template="sc_blocks/report/speakers.html"
    )
    summary = blocks.RichTextBlock(
        label=_("Summary"), features=RICH_TEXT_FEATURES, template="sc_blocks/report/summary.html"
    )
    themes = blocks.ListBlock(
        ThemeFindingsBlock(),
        label=_("Themes and findings"),
        icon="pick",
        template="sc_blocks/report/themes.html",
    )
    recommendations = blocks.ListBlock(
        RecommendationsBlock(),
        label=_("Recommendations by audience"),
        icon="list-ol",
        template="sc_blocks/report/recommendations.html",
    )
    next_steps = blocks.ListBlock(
        NextStepBlock(),
        label=_("Next steps and outcomes"),
        icon="arrow-right",
        template="sc_blocks/report/next_steps.html",
    )
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=RICH_TEXT_FEATURES, template="sc_blocks/paragraph.html"
    )
    heading = HeadingBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(label=_("Video or other embed"), icon="media")
    download = DownloadBlock()
    disclaimer = blocks.StaticBlock(
        label=_("Disclaimer"),
        icon="warning",
        admin_text=_(
            "Shows: this report summarises discussions and does not necessarily reflect the "
            "views of the sponsors or of every participant."
        ),
        template="sc_blocks/report/disclaimer.html",
    )

    class Meta:
        label = _("Event report")
        block_counts = {
            name: {"max_num": 1}
            for name in (
                "identity",
                "when",
                "where",
                "organisations",
                "participation",
                "speakers",
                "summary",
                "disclaimer",
            )
        }


class ReportPageMixin:
    """For page types whose ``report`` StreamField holds an event report (news and event
    pages): impact figures and PDFs recognise report pages by this mixin alone."""


def has_report(page):
    """True for a report page whose report has content."""
    return isinstance(page, ReportPageMixin) and bool(page.report)


def report_section(report, name):
    """The value of the first ``name`` block of a report stream, or None."""
    for block in report or ():
        if block.block_type == name:
            return block.value
    return None
