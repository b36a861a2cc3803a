"""Glossary checks: do-not-translate terms, forbidden renderings, preferred renderings."""

from ..findings import Severity
from ..registry import Check, register
from ..text import _


@register
class ForbiddenRendering(Check):
    name = "glossary-forbidden"
    severity = Severity.ERROR

    def applies(self, context):
        return bool(context.glossary) and super().applies(context)

    def check_segment(self, segment, context):
        language = context.target_language
        for term in context.glossary.terms:
            for variant in term.forbidden.get(language, []):
                match = context.glossary.find(variant, segment.target)
                if match:
                    wanted = term.rendering(language) or term.term
                    yield self.finding(
                        match.group(),
                        _("Glossary: write “{wanted}”, not “{found}”.").format(
                            wanted=wanted, found=match.group()
                        ),
                        start=match.start(),
                    )


@register
class DoNotTranslate(Check):
    name = "glossary-do-not-translate"
    severity = Severity.ERROR
    bilingual = True

    def applies(self, context):
        return bool(context.glossary) and super().applies(context)

    def check_segment(self, segment, context):
        for term in context.glossary.terms:
            if not term.do_not_translate or not segment.source:
                continue
            if context.glossary.find(term.term, segment.source) and not context.glossary.find(
                term.term, segment.target
            ):
                yield self.finding(
                    term.term,
                    _("“{term}” is a name: keep it untranslated.").format(term=term.term),
                )


@register
class PreferredRendering(Check):
    name = "glossary-preferred"
    severity = Severity.WARNING
    bilingual = True

    def applies(self, context):
        return bool(context.glossary) and super().applies(context)

    def check_segment(self, segment, context):
        language = context.target_language
        for term in context.glossary.terms:
            wanted = term.renderings.get(language)
            if term.do_not_translate or not wanted or not segment.source:
                continue
            if context.glossary.find(term.term, segment.source) and not context.glossary.find(
                wanted, segment.target
            ):
                yield self.finding(
                    term.term,
                    _("Glossary: translate “{term}” as “{wanted}”.").format(
                        term=term.term, wanted=wanted
                    ),
                )
