"""The network's names in the glossary: kept, or rendered one approved way per language."""

from sc_wagtail.translation.glossary_terms import import_glossary
from sc_wagtail.translation.qa.glossary import Glossary, Term

TERMS = [
    (
        "Strong Cities Network",
        "The network's name is never translated.",
        True,
        {
            "fr": ("", ["Réseau des villes fortes", "Réseau des villes résilientes"]),
            "es": ("", ["Red de Ciudades Fuertes", "Red de Ciudades Resilientes"]),
            "ar": ("", ["شبكة المدن القوية"]),
            "sq": ("", ["Rrjeti i Qyteteve të Forta"]),
        },
    ),
    (
        "Technical Support Fund",
        "The fund cities apply to.",
        False,
        {
            "fr": ("Fonds d'appui technique", ["Fonds de soutien technique"]),
            "es": ("Fondo de Apoyo Técnico", ["Fondo de Soporte Técnico"]),
            "ar": ("صندوق الدعم الفني", []),
            "sq": ("Fondi i Mbështetjes Teknike", []),
        },
    ),
    (
        "United Nations Development Programme",
        "Acronym UNDP; PNUD in French and Spanish.",
        False,
        {
            "fr": ("Programme des Nations unies pour le développement", []),
            "es": ("Programa de las Naciones Unidas para el Desarrollo", []),
            "ar": ("برنامج الأمم المتحدة الإنمائي", []),
            "sq": ("Programi i Kombeve të Bashkuara për Zhvillim", []),
        },
    ),
    (
        "regional hub",
        "A hub of the network, not a transport hub.",
        False,
        {
            "fr": ("pôle régional", ["plateforme régionale"]),
            "es": ("centro regional", ["hub regional"]),
            "ar": ("المركز الإقليمي", []),
            "sq": ("qendra rajonale", []),
        },
    ),
]


def seed_glossary(user=None):
    """The terms, with each language's rendering recorded as approved by ``user``."""
    import_glossary(
        Glossary(
            Term(
                term,
                note,
                keep,
                {code: rendering for code, (rendering, _) in renderings.items() if rendering},
                {code: forbidden for code, (_, forbidden) in renderings.items() if forbidden},
            )
            for term, note, keep, renderings in TERMS
        ),
        user,
    )
