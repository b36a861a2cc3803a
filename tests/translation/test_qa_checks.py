"""Every QA check, with a text that passes and one that fails, in each language it serves.
The examples were written for these tests."""

import pytest

from sc_wagtail.translation.qa import Context, Glossary, Segment, Severity, Term, run_checks

NNBSP = "\u202f"

GLOSSARY = Glossary(
    [
        Term(
            "Strong Cities Network",
            do_not_translate=True,
            forbidden={
                "fr": ["Réseau des villes fortes"],
                "es": ["Red de Ciudades Fuertes"],
                "ar": ["شبكة المدن القوية"],
                "sq": ["Rrjeti i Qyteteve të Forta"],
            },
        ),
        Term(
            "Technical Support Fund",
            renderings={
                "fr": "Fonds d'appui technique",
                "es": "Fondo de Apoyo Técnico",
                "ar": "صندوق الدعم الفني",
                "sq": "Fondi i Mbështetjes Teknike",
            },
        ),
    ]
)


def names(target, language, source=None, glossary=GLOSSARY):
    segments = [
        Segment(target=t, source=source) for t in (target if isinstance(target, list) else [target])
    ]
    context = Context(target_language=language, glossary=glossary)
    return [f.check for f in run_checks(segments, context)]


# (check, language, correct text, faulty text)  — monolingual checks
MONOLINGUAL = [
    (
        "glossary-forbidden",
        "fr",
        "Le Strong Cities Network réunit des villes.",
        "Le Réseau des villes fortes réunit des villes.",
    ),
    (
        "glossary-forbidden",
        "es",
        "La Strong Cities Network reúne ciudades.",
        "La Red de Ciudades Fuertes reúne ciudades.",
    ),
    (
        "glossary-forbidden",
        "ar",
        "تجمع Strong Cities Network المدن.",
        "تجمع شبكة المدن القوية المدن.",
    ),
    (
        "glossary-forbidden",
        "sq",
        "Strong Cities Network bashkon qytetet.",
        "Rrjeti i Qyteteve të Forta bashkon qytetet.",
    ),
    (
        "french-punctuation-spacing",
        "fr",
        f"Deux questions{NNBSP}: qui et quand{NNBSP}?",
        "Deux questions: qui et quand?",
    ),
    ("french-punctuation-spacing", "fr", f"Il a dit «{NNBSP}non{NNBSP}».", "Il a dit «non»."),
    ("french-punctuation-spacing", "fr", f"Attention{NNBSP}!", "Attention !"),
    ("space-before-punctuation", "fr", "Les villes, les maires.", "Les villes , les maires ."),
    ("space-before-punctuation", "es", "¿Las ciudades? Sí, todas.", "Las ciudades , todas ."),
    ("space-before-punctuation", "sq", "Qytetet, kryetarët.", "Qytetet , kryetarët ."),
    ("space-before-punctuation", "ar", "المدن، ورؤساء البلديات؟", "المدن ، ورؤساء البلديات ؟"),
    ("double-space", "fr", "Une seule espace ici.", "Deux  espaces ici."),
    ("double-space", "es", "Un solo espacio.", "Dos  espacios."),
    ("double-space", "ar", "مسافة واحدة هنا.", "مسافتان  هنا."),
    ("double-space", "sq", "Një hapësirë këtu.", "Dy  hapësira këtu."),
    ("repeated-word", "fr", "Nous nous réunissons à Tirana.", "Les maires se se réunissent."),
    ("repeated-word", "es", "Las ciudades trabajan juntas.", "Las las ciudades trabajan."),
    ("repeated-word", "ar", "تعمل المدن معًا.", "تعمل المدن المدن معًا."),
    ("repeated-word", "sq", "Qytetet punojnë së bashku.", "Qytetet punojnë punojnë së bashku."),
    (
        "unbalanced-brackets-quotes",
        "fr",
        "Le pôle (Balkans) et «\u202fla ville\u202f».",
        "Le pôle (Balkans et la ville.",
    ),
    (
        "unbalanced-brackets-quotes",
        "es",
        "El centro (Balcanes) y “la ciudad”.",
        "El centro (Balcanes y “la ciudad.",
    ),
    (
        "unbalanced-brackets-quotes",
        "sq",
        "Qendra (Ballkani) dhe „qyteti“.",
        "Qendra Ballkani) dhe „qyteti.",
    ),
    (
        "unbalanced-brackets-quotes",
        "ar",
        "المركز (البلقان) و«المدينة».",
        "المركز (البلقان و«المدينة.",
    ),
    (
        "glued-footnote",
        "fr",
        "Selon le rapport 12 villes ont signé.",
        "Selon le rapport12 des villes ont signé.",
    ),
    (
        "glued-footnote",
        "es",
        "La violencia bajó en 2024.",
        "La violencia.3 Las ciudades respondieron.",
    ),
    ("glued-footnote", "sq", "Në vitin 2024 dhuna ra.", "Dhuna ra ndjeshëm7 në qytete."),
    ("glued-footnote", "ar", "انخفض العنف في عام 2024.", "انخفض العنف4 في المدن."),
    ("arabic-punctuation", "ar", "المدن، والبلديات؛ هل توافق؟", "المدن, والبلديات; هل توافق?"),
]


@pytest.mark.parametrize(
    "check, language, good, bad",
    MONOLINGUAL,
    ids=[f"{c}-{lang}-{i}" for i, (c, lang, *_) in enumerate(MONOLINGUAL)],
)
def test_monolingual_check(check, language, good, bad):
    assert check not in names(good, language)
    assert check in names(bad, language)


ACRONYMS = {
    "fr": (
        "Le Conseil municipal des jeunes (CMJ) vote. Le CMJ se réunit.",
        "Le Conseil municipal des jeunes (CMJ) vote. Le Conseil municipal des jeunes (CJM) "
        "se réunit.",
    ),
    "es": (
        "El Consejo Municipal de la Juventud (CMJ) vota. El CMJ se reúne.",
        "El Consejo Municipal de la Juventud (CMJ) vota. El Consejo Municipal de la Juventud "
        "(COMJU) se reúne.",
    ),
    "sq": (
        "Këshilli Rinor i Bashkisë (KRB) voton. KRB mblidhet.",
        "Këshilli Rinor i Bashkisë (KRB) voton. Këshilli Rinor i Bashkisë (KBR) mblidhet.",
    ),
    "ar": (
        "مجلس الشباب البلدي (MYC) يصوت. يجتمع MYC.",
        "مجلس الشباب البلدي (MYC) يصوت. مجلس الشباب البلدي (YMC) يجتمع.",
    ),
}


@pytest.mark.parametrize("language", ACRONYMS)
def test_one_term_one_acronym(language):
    good, bad = ACRONYMS[language]
    assert "acronym-consistency" not in names(good, language)
    assert "acronym-consistency" in names(bad, language)


@pytest.mark.parametrize(
    "language, text",
    [
        ("fr", "Le Conseil municipal des jeunes (CMJ) vote.\n\nPlus tard, le CJM s'est réuni."),
        ("es", "El Consejo Municipal de la Juventud (CMJ) vota. Luego el CJM se reunió."),
        ("sq", "Këshilli Rinor i Bashkisë (KRB) voton.\n\nMë vonë KBR u mblodh."),
        ("ar", "مجلس الشباب البلدي (MYC) يصوت.\n\nلاحقًا اجتمع YMC."),
    ],
)
def test_acronym_with_swapped_letters_is_flagged_across_segments(language, text):
    assert "acronym-consistency" in names(text.split("\n\n"), language)


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


def test_severities_are_those_of_the_spec():
    checks = {
        f.check: f.severity
        for f in run_checks(
            [Segment(target="Le Réseau des villes fortes  aide", source="The 12 cities")],
            Context(target_language="fr", glossary=GLOSSARY),
        )
    }
    assert checks["glossary-forbidden"] == Severity.ERROR
    assert checks["numbers-preserved"] == Severity.ERROR
    assert checks["double-space"] == Severity.WARNING


def test_a_site_registers_its_own_check(settings):
    settings.SC_WAGTAIL = {
        **settings.SC_WAGTAIL,
        "QA_EXTRA_CHECKS": ["tests.translation.site_checks.NoExclamation"],
    }
    assert "no-exclamation" in names("Bravo !", "fr")


def test_technical_names_with_digits_are_not_footnotes():
    assert "glued-footnote" not in names("Adresses IPv4 et IPv6 acceptées.", "fr")


@pytest.mark.parametrize("language", ["fr", "es"])
def test_no_false_alarm_on_correctly_written_text(language):
    """About 1,200 words each of French and Spanish written for the project."""
    from pathlib import Path

    from sc_wagtail.translation.qa.cli import load_glossary
    from sc_wagtail.translation.qa.readers import read_text

    corpus = Path(__file__).parent / "corpus"
    segments, _ = read_text(corpus / f"{language}_correct.txt")
    context = Context(target_language=language, glossary=load_glossary(corpus / "glossary.csv"))
    assert run_checks(segments, context) == []
