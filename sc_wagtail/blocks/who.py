"""Who took part in an event: organisations with their roles, participation figures as rows
of data, the cities and organisations represented, speakers. The sentences readers see are
built from the rows (participation.py), so the figures are the same in every language."""

from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from sc_wagtail.core.choices import OrganisationRole, country_choices

from .errors import field_errors
from .participation import Qualifier, category, category_choices, participation_sentences
from .participation import places_sentence as _places_sentence
from .widgets import SearchableSelectMultiple


class OrganisationRoleBlock(blocks.StructBlock):
    organisation = SnippetChooserBlock("sc_core.Organisation", label=capfirst(_("organisation")))
    role = blocks.ChoiceBlock(label=capfirst(_("role")), choices=OrganisationRole.choices)

    class Meta:
        icon = "group"
        label = _("Organisation")


# Larger than any meeting or network, small enough for every database integer.
MAX_PEOPLE = 10_000_000
MAX_PLACES = 100_000


class ParticipationRowBlock(blocks.StructBlock):
    qualifier = blocks.ChoiceBlock(
        label=capfirst(_("qualifier")), choices=Qualifier.choices, default=Qualifier.EXACTLY
    )
    # Validated in clean() with a clearer message than min_value gives.
    number = blocks.IntegerBlock(label=capfirst(_("number")), max_value=MAX_PEOPLE)
    category = blocks.ChoiceBlock(label=capfirst(_("who")), choices=category_choices)
    part_of = blocks.ChoiceBlock(
        label=capfirst(_("part of")),
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
        # A draft may be saved half-filled (Wagtail defers required fields to publishing):
        # an empty number is checked when there is one, never compared as None.
        if value["number"] is not None and value["number"] < 0:
            raise field_errors(number=_("A number of people cannot be negative."))
        if value["part_of"] and value["part_of"] == value["category"]:
            raise field_errors(part_of=_("A row cannot be part of itself."))
        return value


class ParticipationBlock(blocks.StructBlock):
    rows = blocks.ListBlock(ParticipationRowBlock(), label=capfirst(_("who took part")), default=[])
    cities = blocks.IntegerBlock(
        label=capfirst(_("number of cities")), required=False, min_value=0, max_value=MAX_PLACES
    )
    countries = blocks.IntegerBlock(
        label=capfirst(_("number of countries")), required=False, min_value=0, max_value=MAX_PLACES
    )
    country_list = blocks.MultipleChoiceBlock(
        label=capfirst(_("countries")),
        choices=country_choices,
        required=False,
        widget=SearchableSelectMultiple,
    )
    represented_cities = blocks.ListBlock(
        SnippetChooserBlock("sc_core.City"),
        label=capfirst(_("local governments represented")),
        default=[],
        help_text=_("Cities from the directory whose representatives took part."),
    )
    represented_organisations = blocks.ListBlock(
        SnippetChooserBlock("sc_core.Organisation"),
        label=capfirst(_("city associations and partners represented")),
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
            if not key:  # left empty in a draft: nothing to compare yet
                continue
            if key in position:
                errors[index] = field_errors(
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
            elif (
                row["number"] is not None
                and rows[parent_index]["number"] is not None
                and row["number"] > rows[parent_index]["number"]
            ):
                message = _("This row counts more people than “%(parent)s”, which it is part of.")
            else:
                continue
            errors[index] = field_errors(part_of=message % {"parent": label})
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
    name = blocks.CharBlock(label=capfirst(_("name")), max_length=200)
    title = blocks.CharBlock(label=capfirst(_("title or role")), required=False, max_length=300)
    city = blocks.CharBlock(label=capfirst(_("city")), required=False, max_length=120)

    class Meta:
        icon = "user"
        label = _("Speaker")
