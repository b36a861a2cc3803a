"""Event-report blocks: editor validation messages and the sentences readers see."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from sc_wagtail.blocks.participation import participation_sentences, places_sentence
from sc_wagtail.blocks.report import WhenBlock
from sc_wagtail.blocks.who import ParticipationBlock
from sc_wagtail.core.formatting import date_phrase
from sc_wagtail.core.models import City
from tests import factories


def row(number, who, qualifier="exactly", part_of=""):
    return {"qualifier": qualifier, "number": number, "category": who, "part_of": part_of}


def participation(rows, cities=None, countries=None, country_list=(), represented=()):
    block = ParticipationBlock()
    return block, block.to_python(
        {
            "rows": list(rows),
            "cities": cities,
            "countries": countries,
            "country_list": list(country_list),
            "represented_cities": list(represented),
            "represented_organisations": [],
        }
    )


def errors_of(block, value):
    with pytest.raises(ValidationError) as caught:
        block.clean(value)
    return caught.value


def row_error(error, index, field):
    return " ".join(error.block_errors["rows"].block_errors[index].block_errors[field].messages)


def test_a_valid_report_is_accepted():
    block, value = participation(
        [
            row(60, "municipal_officials", "more_than"),
            row(15, "mayors", part_of="municipal_officials"),
        ],
        cities=12,
        countries=2,
        country_list=["AL", "MK"],
    )
    assert block.clean(value)["rows"][1]["part_of"] == "municipal_officials"


def test_a_child_row_above_its_parent_is_refused():
    block, value = participation(
        [row(15, "mayors", part_of="municipal_officials"), row(60, "municipal_officials")]
    )
    assert "comes after it: move it below its parent row" in row_error(
        errors_of(block, value), 0, "part_of"
    )


def test_a_row_part_of_a_missing_category_is_refused():
    block, value = participation([row(15, "mayors", part_of="governors")])
    assert "No row counts “Governors”" in row_error(errors_of(block, value), 0, "part_of")


def test_a_negative_number_is_refused():
    block, value = participation([row(-3, "mayors")])
    assert row_error(errors_of(block, value), 0, "number") == (
        "A number of people cannot be negative."
    )


def test_a_category_counted_twice_is_refused():
    block, value = participation([row(3, "mayors"), row(4, "mayors")])
    assert "already counted in row 1" in row_error(errors_of(block, value), 1, "category")


def test_a_part_larger_than_its_whole_is_refused():
    block, value = participation(
        [row(10, "municipal_officials"), row(15, "mayors", part_of="municipal_officials")]
    )
    assert "counts more people than “Municipal officials”" in row_error(
        errors_of(block, value), 1, "part_of"
    )


@pytest.mark.django_db
def test_a_city_count_below_the_represented_cities_is_refused():
    english = factories.locale("en")
    cities = [City.objects.create(name=name, country="AL", locale=english).pk for name in "ABC"]
    block, value = participation([row(5, "mayors")], cities=2, represented=cities)
    error = errors_of(block, value)
    assert "3 cities are listed as represented but the report counts 2" in " ".join(
        error.block_errors["cities"].messages
    )


def test_a_country_count_below_the_listed_countries_is_refused():
    block, value = participation([], countries=1, country_list=["AL", "MK"])
    assert "2 countries are listed" in " ".join(
        errors_of(block, value).block_errors["countries"].messages
    )


def test_an_end_date_before_the_start_is_refused():
    block = WhenBlock()
    value = block.to_python(
        {"start_date": "2026-11-05", "end_date": "2026-11-03", "precision": "day"}
    )
    error = errors_of(block, value)
    assert error.block_errors["end_date"].messages == ["The event cannot end before it starts."]


def test_messages_are_in_the_editors_language():
    block, value = participation([row(-3, "mayors")])
    with translation.override("fr"):
        assert row_error(errors_of(block, value), 0, "number") == (
            "Un nombre de personnes ne peut pas être négatif."
        )


OFFICIALS = [
    row(60, "municipal_officials", "more_than"),
    row(15, "mayors_and_deputies", part_of="municipal_officials"),
]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "More than 60 municipal officials, including 15 mayors and deputy mayors"),
        ("fr", "Plus de 60 fonctionnaires municipaux, dont 15 maires et maires adjoints"),
        (
            "es",
            "Más de 60 funcionarios municipales, entre ellos 15 alcaldes y tenientes de alcalde",
        ),
        ("ar", "أكثر من 60 موظفًا بلديًا، من بينهم 15 من رؤساء البلديات ونوابهم"),
        ("sq", "Më shumë se 60 zyrtarë bashkiakë, përfshirë 15 kryetarë e nënkryetarë bashkish"),
    ],
)
def test_the_reader_sentence_in_every_language(language, expected):
    with translation.override(language):
        assert participation_sentences(OFFICIALS) == [expected]


@pytest.mark.parametrize(
    ("language", "one", "two", "few", "many"),
    [
        ("en", "1 mayor", "2 mayors", "3 mayors", "11 mayors"),
        ("fr", "1 maire", "2 maires", "3 maires", "11 maires"),
        ("es", "1 alcalde", "2 alcaldes", "3 alcaldes", "11 alcaldes"),
        ("ar", "رئيس بلدية واحد", "رئيسا بلدية", "3 رؤساء بلديات", "11 رئيس بلدية"),
        (
            "sq",
            "1 kryetar bashkie",
            "2 kryetarë bashkish",
            "3 kryetarë bashkish",
            "11 kryetarë bashkish",
        ),
    ],
)
def test_plural_forms_follow_each_languages_grammar(language, one, two, few, many):
    with translation.override(language):
        phrases = [participation_sentences([row(n, "mayors")])[0] for n in (1, 2, 3, 11)]
    assert phrases == [
        p[0].upper() + p[1:] if language != "ar" else p for p in (one, two, few, many)
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "About 1,500 participants"),
        ("fr", "Environ 1\u202f500 participants"),
        ("es", "Alrededor de 1.500 participantes"),
        ("ar", "حوالي 1,500 مشارك"),
        ("sq", "Rreth 1\u00a0500 pjesëmarrës"),
    ],
)
def test_numbers_are_written_the_locales_way(language, expected):
    with translation.override(language):
        assert participation_sentences([row(1500, "participants", "about")]) == [expected]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "25 cities from 12 countries"),
        ("fr", "25 villes de 12 pays"),
        ("es", "25 ciudades de 12 países"),
        ("ar", "25 مدينة من 12 دولة"),
        ("sq", "25 qytete nga 12 vende"),
    ],
)
def test_places_sentence(language, expected):
    with translation.override(language):
        assert places_sentence(25, 12) == expected


def test_several_parts_are_joined_with_the_locales_and():
    rows = [
        row(40, "municipal_officials", "nearly"),
        row(9, "mayors", part_of="municipal_officials"),
        row(2, "governors", part_of="municipal_officials"),
    ]
    with translation.override("ar"):
        sentence = participation_sentences(rows)[0]
    assert sentence == "ما يقارب 40 موظفًا بلديًا، من بينهم 9 رؤساء بلديات ومحافظان"


@pytest.mark.parametrize(
    ("language", "precision", "expected"),
    [
        ("en", "early", "early November 2026"),
        ("fr", "early", "début novembre 2026"),
        ("es", "mid", "mediados de noviembre de 2026"),
        ("sq", "late", "fundi i muajit nëntor 2026"),
        ("ar", "early", "أوائل نوفمبر 2026"),
        ("en", "day", "Nov 3\u2009–\u20095, 2026"),
        ("fr", "day", "3–5 nov. 2026"),
        ("es", "day", "3–5 de noviembre de 2026"),
    ],
)
def test_dates_with_their_precision(language, precision, expected):
    with translation.override(language):
        text = date_phrase(datetime.date(2026, 11, 3), datetime.date(2026, 11, 5), precision)
    assert text == expected


def _bad_values(field_block):
    """What an editor can leave in a field of a draft (Wagtail defers required fields to
    publishing) or type: nothing, an empty string, a negative or huge number, a long text."""
    from wagtail import blocks

    values = [None]
    if isinstance(field_block, blocks.IntegerBlock | blocks.DecimalBlock | blocks.FloatBlock):
        values += [-1, 10**12]
    elif isinstance(field_block, blocks.CharBlock | blocks.TextBlock | blocks.URLBlock):
        values += ["", "x" * 5000]
    elif isinstance(field_block, blocks.ChoiceBlock):
        values += ["", "not-a-choice"]
    return values


def _structs(block):
    """Every StructBlock inside ``block`` (itself included)."""
    from wagtail import blocks

    if isinstance(block, blocks.StructBlock):
        yield block
        for child in block.child_blocks.values():
            yield from _structs(child)
    elif isinstance(block, blocks.ListBlock):
        yield from _structs(block.child_block)
    elif isinstance(block, blocks.StreamBlock):
        for child in block.child_blocks.values():
            yield from _structs(child)


@pytest.mark.django_db
def test_no_input_to_a_report_block_gives_anything_but_a_message():
    """Empty, negative, huge and wrong values in every field of every report block: a
    ValidationError on the field, never a TypeError or other crash (the editor's 500)."""
    from wagtail import blocks

    from sc_wagtail.blocks.report import ReportBlock

    checked = 0
    for struct in _structs(ReportBlock()):
        for name, child in struct.child_blocks.items():
            if not isinstance(child, blocks.FieldBlock) or isinstance(
                child,
                blocks.ChooserBlock | blocks.RichTextBlock,  # widgets give objects
            ):
                continue
            for bad in _bad_values(child):
                # Publishing checks everything; saving a draft (and the editor's autosave)
                # defers required fields, so a clean() also meets empty values.
                for clean in (struct.clean, struct.clean_deferred):
                    value = struct.get_default()
                    value[name] = bad
                    try:
                        clean(value)
                    except ValidationError:
                        pass
                    except Exception as error:
                        pytest.fail(f"{type(struct).__name__}.{name} = {bad!r}: {error!r}")
                    checked += 1
    assert checked > 60


@pytest.mark.django_db
def test_a_participation_row_with_an_empty_number_is_a_field_error_not_a_500():
    block, value = participation([row(None, "mayors"), row(5, "municipal_officials")])
    with pytest.raises(ValidationError):
        block.clean(value)
    # Part of a row whose number is still empty (a draft): compared as nothing, no crash.
    block, value = participation(
        [row(None, "municipal_officials"), row(3, "mayors", part_of="municipal_officials")]
    )
    with pytest.raises(ValidationError):
        block.clean(value)
