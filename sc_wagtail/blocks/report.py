"""The event-report block set: what happened, as data staff fill in rather than prose.

Figures, dates, choices and chosen records are not text, so wagtail-localize copies them
from the source page on every sync and every locale shows the same numbers; only the prose
(venue, series name, summary, findings, recommendations...) goes to translators.
Templates under templates/sc_blocks/report/.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from sc_wagtail.core.choices import (
    AttendanceMode,
    DatePrecision,
    EventType,
    OrganisationRole,
    session_language_choices,
)
from sc_wagtail.core.formatting import date_phrase

from .content import RICH_TEXT_FEATURES, DownloadBlock, HeadingBlock, ImageBlock, QuoteBlock
from .participation import (
    Qualifier,
    category,
    category_choices,
    participation_sentences,
)
from .participation import places_sentence as _places_sentence


def country_choices():
    return list(countries)


def _field_errors(**errors):
    return StructBlockValidationError(
        block_errors={name: ValidationError(message) for name, message in errors.items()}
    )


# --- identity and time ------------------------------------------------------------------
class IdentityBlock(blocks.StructBlock):
    event_type = blocks.ChoiceBlock(label=_("event type"), choices=EventType.choices)
    series = blocks.CharBlock(
        label=_("series or initiative"),
        required=False,
        max_length=200,
        help_text=_("For example: Strong Cities Summit."),
    )
    ordinal = blocks.IntegerBlock(
        label=_("edition"),
        required=False,
        min_value=1,
        help_text=_("The third summit of a series is edition 3."),
    )

    class Meta:
        icon = "tag"
        label = _("What kind of event")
        template = "sc_blocks/report/identity.html"


class WhenBlock(blocks.StructBlock):
    start_date = blocks.DateBlock(label=_("start date"))
    end_date = blocks.DateBlock(label=_("end date"), required=False)
    precision = blocks.ChoiceBlock(
        label=_("how precise are these dates"),
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
            raise _field_errors(end_date=_("The event cannot end before it starts."))
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["dates"] = date_phrase(value["start_date"], value["end_date"], value["precision"])
        return context


# --- place ------------------------------------------------------------------------------
class SessionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("session"), required=False, max_length=200)
    languages = blocks.MultipleChoiceBlock(
        label=_("languages"), choices=session_language_choices, required=False
    )

    class Meta:
        icon = "list-ul"
        label = _("Session")


class WhereBlock(blocks.StructBlock):
    attendance_mode = blocks.ChoiceBlock(
        label=_("attendance mode"),
        choices=AttendanceMode.choices,
        default=AttendanceMode.IN_PERSON,
    )
    venue = blocks.CharBlock(label=_("venue"), required=False, max_length=200)
    city = SnippetChooserBlock("sc_core.City", label=_("city"), required=False)
    city_name = blocks.CharBlock(label=_("…or type a city"), required=False, max_length=120)
    country = blocks.ChoiceBlock(label=_("country"), choices=country_choices, required=False)
    sessions = blocks.ListBlock(SessionBlock(), label=_("sessions"), default=[])

    class Meta:
        icon = "site"
        label = _("Where")
        template = "sc_blocks/report/where.html"

    def clean(self, value):
        value = super().clean(value)
        if value["city"] and value["city_name"]:
            raise _field_errors(
                city_name=_("Choose a city from the directory or type one, not both.")
            )
        return value


# --- who --------------------------------------------------------------------------------
class OrganisationRoleBlock(blocks.StructBlock):
    organisation = SnippetChooserBlock("sc_core.Organisation", label=_("organisation"))
    role = blocks.ChoiceBlock(label=_("role"), choices=OrganisationRole.choices)

    class Meta:
        icon = "group"
        label = _("Organisation")


class ParticipationRowBlock(blocks.StructBlock):
    qualifier = blocks.ChoiceBlock(
        label=_("qualifier"), choices=Qualifier.choices, default=Qualifier.EXACTLY
    )
    # Validated in clean() with a clearer message than min_value gives.
    number = blocks.IntegerBlock(label=_("number"))
    category = blocks.ChoiceBlock(label=_("who"), choices=category_choices)
    part_of = blocks.ChoiceBlock(
        label=_("part of"),
        choices=category_choices,
        required=False,
        help_text=_(
            "For “60 officials, including 15 mayors”, the mayors row is part of “Municipal "
            "officials”."
        ),
    )

    class Meta:
        icon = "user"
        label = _("Participation figure")

    def clean(self, value):
        value = super().clean(value)
        if value["number"] < 0:
            raise _field_errors(number=_("A number of people cannot be negative."))
        if value["part_of"] and value["part_of"] == value["category"]:
            raise _field_errors(part_of=_("A row cannot be part of itself."))
        return value


class ParticipationBlock(blocks.StructBlock):
    rows = blocks.ListBlock(ParticipationRowBlock(), label=_("who took part"), default=[])
    cities = blocks.IntegerBlock(label=_("number of cities"), required=False, min_value=0)
    countries = blocks.IntegerBlock(label=_("number of countries"), required=False, min_value=0)
    country_list = blocks.MultipleChoiceBlock(
        label=_("countries"), choices=country_choices, required=False
    )
    represented_cities = blocks.ListBlock(
        SnippetChooserBlock("sc_core.City"),
        label=_("local governments represented"),
        default=[],
        help_text=_("Cities from the directory whose representatives took part."),
    )
    represented_organisations = blocks.ListBlock(
        SnippetChooserBlock("sc_core.Organisation"),
        label=_("city associations and partners represented"),
        default=[],
    )

    class Meta:
        icon = "group"
        label = _("Participation")
        template = "sc_blocks/report/participation.html"

    def clean(self, value):
        value = super().clean(value)
        row_errors = self._row_errors(value["rows"])
        errors = {}
        if row_errors:
            errors["rows"] = ListBlockValidationError(block_errors=row_errors)
        represented = [city for city in value["represented_cities"] if city]
        keys = [city.translation_key for city in represented]
        if len(set(keys)) < len(keys):
            errors["represented_cities"] = ValidationError(
                _("A city is listed twice among the local governments represented.")
            )
        if value["cities"] is not None and value["cities"] < len(represented):
            errors["cities"] = ValidationError(
                _(
                    "%(listed)s cities are listed as represented but the report counts "
                    "%(count)s: raise the count or remove cities."
                )
                % {"listed": len(represented), "count": value["cities"]}
            )
        listed_countries = len(value["country_list"] or [])
        if value["countries"] is not None and value["countries"] < listed_countries:
            errors["countries"] = ValidationError(
                _(
                    "%(listed)s countries are listed but the report counts %(count)s: raise "
                    "the count or remove countries."
                )
                % {"listed": listed_countries, "count": value["countries"]}
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    @staticmethod
    def _row_errors(rows):
        """Errors by row index: duplicates, and rows placed before or under a missing parent."""
        position = {}
        errors = {}
        for index, row in enumerate(rows):
            key = row["category"]
            if key in position:
                errors[index] = _field_errors(
                    category=_("“%(who)s” is already counted in row %(row)s: one row per group.")
                    % {"who": category(key).label, "row": position[key] + 1}
                )
            else:
                position[key] = index
        for index, row in enumerate(rows):
            parent = row["part_of"]
            if not parent or parent == row["category"] or index in errors:
                continue
            label = category(parent).label
            parent_index = next(
                (i for i, other in enumerate(rows) if other["category"] == parent), None
            )
            if parent_index is None:
                message = _(
                    "No row counts “%(parent)s”: add that row above this one, or clear “part of”."
                )
            elif parent_index > index:
                message = _(
                    "This row is part of “%(parent)s”, which comes after it: move it below "
                    "its parent row."
                )
            elif rows[parent_index]["part_of"]:
                message = _(
                    "“%(parent)s” is itself part of another row: a row can only be part of a "
                    "top-level row."
                )
            elif row["number"] > rows[parent_index]["number"]:
                message = _("This row counts more people than “%(parent)s”, which it is part of.")
            else:
                continue
            errors[index] = _field_errors(part_of=message % {"parent": label})
        return errors

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["sentences"] = participation_sentences(value["rows"])
        context["places"] = places_sentence(value)
        return context


def places_sentence(value):
    """The cities and countries sentence of a participation value."""
    cities = value["cities"] or len([city for city in value["represented_cities"] if city])
    countries_count = value["countries"] or len(value["country_list"] or [])
    return _places_sentence(cities, countries_count)


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("name"), max_length=200)
    title = blocks.CharBlock(label=_("title or role"), required=False, max_length=300)
    city = blocks.CharBlock(label=_("city"), required=False, max_length=120)

    class Meta:
        icon = "user"
        label = _("Speaker")


# --- narrative --------------------------------------------------------------------------
class ThemeFindingsBlock(blocks.StructBlock):
    theme = SnippetChooserBlock("sc_core.Theme", label=_("theme"), required=False)
    heading = blocks.CharBlock(
        label=_("heading"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the theme's name."),
    )
    findings = blocks.RichTextBlock(label=_("key findings"), features=RICH_TEXT_FEATURES)

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
    audience = blocks.ChoiceBlock(label=_("for"), choices=Audience.choices)
    items = blocks.ListBlock(
        blocks.TextBlock(label=_("recommendation")), label=_("recommendations")
    )

    class Meta:
        icon = "list-ol"
        label = _("Recommendations")


class NextStepBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("next step or outcome"))
    page = blocks.PageChooserBlock(label=_("follow-up page"), required=False)
    url = blocks.URLBlock(label=_("…or a link"), required=False)

    class Meta:
        icon = "arrow-right"
        label = _("Next step")

    def clean(self, value):
        value = super().clean(value)
        if value["page"] and value["url"]:
            raise _field_errors(url=_("Choose a page or give a link, not both."))
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
