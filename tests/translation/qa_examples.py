"""The glossary and the helper the QA check tests share."""

from sc_wagtail.translation.qa import Context, Glossary, Segment, Term, run_checks

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
