"""Every bilingual QA check (source beside translation), with a translation that passes and one
that fails, in each language it serves. The examples were written for these tests."""

import pytest

from sc_wagtail.translation.qa import Context, Segment, run_checks

from .qa_examples import names

# (check, language, source, correct translation, faulty translation)  — bilingual checks
BILINGUAL = [
    (
        "glossary-do-not-translate",
        "fr",
        "The Strong Cities Network met.",
        "Le Strong Cities Network s'est réuni.",
        "Le Réseau s'est réuni.",
    ),
    (
        "glossary-do-not-translate",
        "ar",
        "The Strong Cities Network met.",
        "اجتمعت Strong Cities Network.",
        "اجتمعت الشبكة.",
    ),
    (
        "glossary-preferred",
        "es",
        "Apply to the Technical Support Fund.",
        "Solicite el Fondo de Apoyo Técnico.",
        "Solicite el Fondo de Ayuda Técnica.",
    ),
    (
        "glossary-preferred",
        "sq",
        "Apply to the Technical Support Fund.",
        "Aplikoni në Fondi i Mbështetjes Teknike.",
        "Aplikoni në fondin teknik.",
    ),
    (
        "numbers-preserved",
        "fr",
        "More than 1,200 officials from 45 cities.",
        "Plus de 1\u202f200 responsables de 45 villes.",
        "Plus de 1\u202f300 responsables de 45 villes.",
    ),
    (
        "numbers-preserved",
        "ar",
        "Some 70 mayors in 2024.",
        "نحو ٧٠ رئيس بلدية في عام 2024.",
        "نحو 65 رئيس بلدية في عام 2024.",
    ),
    ("numbers-preserved", "es", "Over 250 cities.", "Más de 250 ciudades.", "Más de 175 ciudades."),
    ("numbers-preserved", "sq", "Since 2015.", "Që nga viti 2015.", "Që nga viti 2000."),
    (
        "urls-emails-preserved",
        "fr",
        "Write to fund@example.org or see https://example.org/fund.",
        "Écrivez à fund@example.org ou voyez https://example.org/fund.",
        "Écrivez à fonds@example.org ou voyez https://example.org/fonds.",
    ),
    (
        "urls-emails-preserved",
        "sq",
        "See https://example.org/fund.",
        "Shihni https://example.org/fund.",
        "Shihni faqen.",
    ),
    (
        "markup-preserved",
        "es",
        'Read <a id="a1">the report</a> by %(name)s.',
        'Lea <a id="a1">el informe</a> de %(name)s.',
        "Lea el informe de %(nombre)s.",
    ),
    ("markup-preserved", "ar", "Hello {name}", "مرحبًا {name}", "مرحبًا"),
    (
        "untranslated",
        "fr",
        "Member cities met in Tirana.",
        "Les villes membres se sont réunies.",
        "Member cities met in Tirana.",
    ),
    ("untranslated", "sq", "Member cities met.", "Qytetet anëtare u takuan.", "Member cities met."),
    (
        "length-ratio",
        "es",
        "The mayors agreed on five practical commitments.",
        "Los alcaldes acordaron cinco compromisos prácticos.",
        "Sí.",
    ),
    (
        "length-ratio",
        "ar",
        "The mayors agreed on five practical commitments.",
        "اتفق رؤساء البلديات على خمسة التزامات عملية.",
        "نعم.",
    ),
    ("leading-trailing-space", "fr", "Mayors", "Maires", "Maires "),
    ("leading-trailing-space", "es", " Mayors", " Alcaldes", "Alcaldes"),
    (
        "glossary-do-not-translate",
        "es",
        "The Strong Cities Network met.",
        "La Strong Cities Network se reunió.",
        "La Red se reunió.",
    ),
    (
        "glossary-do-not-translate",
        "sq",
        "The Strong Cities Network met.",
        "Strong Cities Network u mblodh.",
        "Rrjeti u mblodh.",
    ),
    (
        "glossary-preferred",
        "fr",
        "Apply to the Technical Support Fund.",
        "Postulez au Fonds d'appui technique.",
        "Postulez au Fonds de soutien technique.",
    ),
    (
        "glossary-preferred",
        "ar",
        "Apply to the Technical Support Fund.",
        "قدّموا طلبًا إلى صندوق الدعم الفني.",
        "قدّموا طلبًا إلى صندوق المساعدة التقنية.",
    ),
    (
        "urls-emails-preserved",
        "es",
        "Write to fund@example.org.",
        "Escriba a fund@example.org.",
        "Escriba a fondo@example.org.",
    ),
    (
        "urls-emails-preserved",
        "ar",
        "See https://example.org/fund.",
        "انظر https://example.org/fund.",
        "انظر الموقع.",
    ),
    (
        "markup-preserved",
        "fr",
        'Read <a id="a1">the report</a>.',
        'Lisez <a id="a1">le rapport</a>.',
        "Lisez le rapport.",
    ),
    ("markup-preserved", "sq", "Hello %(name)s", "Përshëndetje %(name)s", "Përshëndetje %(emri)s"),
    (
        "untranslated",
        "es",
        "Member cities met in Tirana.",
        "Las ciudades miembro se reunieron.",
        "Member cities met in Tirana.",
    ),
    (
        "untranslated",
        "ar",
        "Member cities met in Tirana.",
        "اجتمعت المدن الأعضاء في تيرانا.",
        "Member cities met in Tirana.",
    ),
    (
        "length-ratio",
        "fr",
        "The mayors agreed on five practical commitments.",
        "Les maires ont adopté cinq engagements pratiques.",
        "Oui.",
    ),
    (
        "length-ratio",
        "sq",
        "The mayors agreed on five practical commitments.",
        "Kryetarët ranë dakord për pesë angazhime praktike.",
        "Po.",
    ),
    ("leading-trailing-space", "ar", "Mayors", "رؤساء البلديات", "رؤساء البلديات "),
    ("leading-trailing-space", "sq", "Mayors", "Kryetarët", " Kryetarët"),
]


@pytest.mark.parametrize(
    "check, language, source, good, bad",
    BILINGUAL,
    ids=[f"{c}-{lang}-{i}" for i, (c, lang, *_) in enumerate(BILINGUAL)],
)
def test_bilingual_check(check, language, source, good, bad):
    assert check not in names(good, language, source=source)
    assert check in names(bad, language, source=source)


@pytest.mark.parametrize(
    "language, kept, mapped, other",
    [
        ("fr", "Le PNUD finance.", "Le PNUD soutient.", "Le UNDP soutient."),
        ("es", "El PNUD financia.", "El PNUD apoya.", "El UNDP apoya."),
        ("ar", "يموّل UNDP.", "يدعم UNDP.", "يدعم PNUD."),
        ("sq", "UNDP financon.", "UNDP mbështet.", "PNUD mbështet."),
    ],
)
def test_a_source_acronym_maps_to_one_target_acronym(language, kept, mapped, other):
    def run(first, second):
        segments = [
            Segment(target=first, source="UNDP funds."),
            Segment(target=second, source="UNDP supports."),
        ]
        return [f.check for f in run_checks(segments, Context(target_language=language))]

    assert "acronym-mapping" not in run(kept, mapped)
    assert "acronym-mapping" in run(kept, other)
