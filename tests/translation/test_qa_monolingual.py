"""Every monolingual QA check, with a text that passes and one that fails, in each language it
serves; and the checks' framework (severities, a site's own check, no false alarms). The
examples were written for these tests."""

import pytest

from sc_wagtail.translation.qa import Context, Segment, Severity, run_checks

from .qa_examples import GLOSSARY, NNBSP, names

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
