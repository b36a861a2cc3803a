"""The checks reviewers of this network asked for, mechanical fixes, and each finding once.

Pure tests: no database."""

import pytest

from sc_wagtail.translation.qa import Context, Glossary, Segment, Term, run_checks
from sc_wagtail.translation.qa.engine import fix
from tests.translation.qa_examples import NNBSP, names

NBSP = "\u00a0"


@pytest.mark.parametrize(
    "language, good, bad",
    [
        ("fr", "Amina Yusuf – Kisumu a parlé.", "Amina Yusuf -Kisumu a parlé."),
        ("es", "Amina Yusuf – Kisumu habló.", "Amina Yusuf– Kisumu habló."),
        ("ar", "أمينة يوسف – كيسومو تحدثت.", "أمينة يوسف -كيسومو تحدثت."),
        ("sq", "Amina Yusuf – Kisumu foli.", "Amina Yusuf- Kisumu foli."),
    ],
)
def test_a_dash_spaced_on_one_side_only_is_flagged(language, good, bad):
    assert "dash-spacing" not in names(good, language)
    assert "dash-spacing" in names(bad, language)


def test_hyphenated_words_and_hanging_hyphens_are_not_dashes():
    assert "dash-spacing" not in names("Un programme pré- et post-électoral à Saint-Denis.", "fr")
    assert "dash-spacing" not in names("Los jóvenes de 15-24 años.", "es")


@pytest.mark.parametrize(
    "language, good, bad",
    [
        (
            "fr",
            "les autorités locales (AL)2 coopèrent.",
            "les autorités locales 2 (AL) coopèrent.",
        ),
        (
            "es",
            "las autoridades locales (AL)2 cooperan.",
            "las autoridades locales 2 (AL) cooperan.",
        ),
        ("ar", "السلطات المحلية (LAs)2 تتعاون.", "السلطات المحلية 2 (LAs) تتعاون."),
        (
            "sq",
            "autoritetet vendore (AV)2 bashkëpunojnë.",
            "autoritetet vendore 2 (AV) bashkëpunojnë.",
        ),
    ],
)
def test_a_footnote_number_moved_inside_the_sentence_is_flagged(language, good, bad):
    source = "local authorities (LAs)2 cooperate."
    assert "footnote-position" not in names(good, language, source=source)
    assert "footnote-position" in names(bad, language, source=source)


def test_a_number_the_source_counts_is_no_footnote():
    source = "Mayors of 3 cities (LAs)2 met."
    assert "footnote-position" not in names(
        "Les maires de 3 villes (AL)2 se sont réunis.", "fr", source=source
    )


@pytest.mark.parametrize(
    "language, before, after",
    [
        ("fr", "Pourquoi ? Parce que « oui ».", f"Pourquoi{NNBSP}? Parce que «{NNBSP}oui{NNBSP}»."),
        ("fr", "Trois villes:Tirana , Kisumu.", f"Trois villes{NNBSP}:Tirana, Kisumu."),
        ("es", "Tres ciudades , y  una región .", "Tres ciudades, y una región."),
        ("ar", "مدن ثلاث, وإقليم واحد?", "مدن ثلاث، وإقليم واحد؟"),
        ("sq", "Tre qytete ,  një rajon .", "Tre qytete, një rajon."),
    ],
)
def test_mechanical_fixes_leave_nothing_for_their_checks(language, before, after):
    context = Context(target_language=language)
    assert fix(before, context) == after
    mechanical = {
        "french-punctuation-spacing",
        "space-before-punctuation",
        "double-space",
        "arabic-punctuation",
    }
    assert mechanical & set(names(before, language))
    assert not mechanical & set(names(after, language))


def test_fixes_never_touch_urls_or_placeholders():
    text = "Voir https://example.org/a?b=1 et %(name)s , merci ."
    fixed = fix(text, Context(target_language="fr"))
    assert fixed == "Voir https://example.org/a?b=1 et %(name)s, merci."


def test_every_mechanical_finding_says_it_can_be_fixed():
    segments = [Segment(target="Pourquoi ? Voilà .")]
    found = run_checks(segments, Context(target_language="fr"))
    assert found and all(f.fixable for f in found if f.check != "dash-spacing")


def test_the_same_fault_is_reported_once_whatever_the_glossary_variants():
    glossary = Glossary(
        [
            Term(
                "Strong Cities Network",
                do_not_translate=True,
                forbidden={"fr": ["Réseau des villes fortes", "réseau des villes fortes"]},
            )
        ]
    )
    segments = [Segment(target="Le Réseau des villes fortes se réunit.")]
    found = run_checks(segments, Context(target_language="fr", glossary=glossary))
    assert [f.check for f in found].count("glossary-forbidden") == 1
