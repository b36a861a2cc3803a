"""Filling the CMS glossary from a CSV glossary (the format of ``qa/glossary.py``).

An imported rendering is a person's translation: it is recorded like one typed on the review
screen and approved by the importing user, so the glossary's translations show as approved
in the status dashboard and a later machine draft never replaces them. Languages the file
leaves empty are drafted by machine for the reviewers, like any other snippet.
"""

from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from sc_wagtail.conf import sc_settings

from .checking import ApprovalRefused, approve_checked, segment_findings
from .models import GlossaryTerm
from .pipeline import on_snippet_saved, paused
from .review import save_translation, segment_states
from .status import batched


class GlossaryImportError(ValueError):
    """A rendering the QA checks refuse; the message names the term and language."""


@dataclass
class ImportResult:
    terms: int = 0
    renderings: int = 0
    skipped: list = field(default_factory=list)


def import_glossary(glossary, user=None):
    """Create or update a term per entry of ``glossary`` and its renderings per language."""
    result = ImportResult()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    source_locale = locales[sc_settings.SOURCE_LOCALE]
    rows = []
    with batched(), transaction.atomic(), paused():
        for term in glossary.terms:
            row, _ = GlossaryTerm.objects.update_or_create(
                locale=source_locale,
                term=term.term,
                defaults={"note": term.note, "do_not_translate": term.do_not_translate},
            )
            rows.append(row)
            result.terms += 1
            languages = set(term.renderings) | {code for code, v in term.forbidden.items() if v}
            for code in sorted(languages):
                text = term.rendering(code)
                if code not in locales or code == sc_settings.SOURCE_LOCALE or not text:
                    result.skipped.append(f"{term.term} ({code})")
                    continue
                set_rendering(row, locales[code], text, term.forbidden.get(code, []), user)
                result.renderings += 1
    for row in rows:  # machine drafts for the languages the file left out
        on_snippet_saved(row)
    return result


def set_rendering(row, locale, text, forbidden, user):
    """Record ``text`` as ``user``'s approved rendering of ``row`` in ``locale``."""
    source, created = TranslationSource.get_or_create_from_instance(row)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    (state,) = [s for s in segment_states(source, locale) if s.segment.context.path == "term"]
    save_translation(state, locale, text, user, tool_name="glossary import")
    # The importer vouches for the file, warnings included; an error still stops the import.
    found = segment_findings([state], locale.language_code).get(str(state.segment.pk), [])
    try:
        approve_checked(source, locale, state, user, found, acknowledge=True)
    except ApprovalRefused as refusal:
        raise GlossaryImportError(f"{row.term} ({locale.language_code}): {refusal}") from None
    translation.save_target(user=user, publish=True)
    GlossaryTerm.objects.filter(translation_key=row.translation_key, locale=locale).update(
        forbidden="\n".join(forbidden)
    )
