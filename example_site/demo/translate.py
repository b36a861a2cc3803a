"""Create or update a locale's copy of a page or snippet through wagtail-localize."""

from django.core.management.base import CommandError
from django.db import transaction
from django.utils.text import slugify
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from sc_wagtail.translation.checking import errors, segment_findings
from sc_wagtail.translation.gate import blocking_reason
from sc_wagtail.translation.review import approve_all, segment_states
from sc_wagtail.translation.status import batched


def translate_into(instance, locale, table, user=None):
    """Translate every string of ``instance`` into ``locale`` from ``table`` and save it.

    Returns the translated instance. Raises CommandError naming any string the table lacks,
    so demo content can never go live half translated.
    """
    with batched(), transaction.atomic():
        return _translate_into(instance, locale, table, user)


def _translate_into(instance, locale, table, user=None):
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    by_path = {segment.context.path: segment.string.data for segment in segments}
    missing = []
    for segment in segments:
        text = segment.string.data
        translated = table.get(text)
        if translated is None and segment.context.path == "slug" and "title" in by_path:
            # Slugs follow the translated title unless the demo names one.
            title = table.get(by_path["title"])
            translated = slugify(title, allow_unicode=True) if title else None
        if translated is None:
            missing.append(text)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": translated,
                "translation_type": "manual",
                "tool_name": "",
                "last_translated_by": user,
            },
        )
    if missing:
        raise CommandError(
            f"No {locale.language_code} demo translation for: "
            + "; ".join(repr(m) for m in missing)
        )
    # The demo's translations were written by people: record them as reviewed, warnings
    # seen. A QA error stops the seed, naming the segment: demo text must pass the checks.
    approve_all(source, locale, user, acknowledge=True)
    reason = blocking_reason(source, locale)
    if reason:
        raise CommandError(
            f"{instance} ({locale.language_code}): {reason} {_errors(source, locale)}"
        )
    translation.save_target(user=user, publish=True)
    return translation.get_target_instance()


def _errors(source, locale):
    states = segment_states(source, locale)
    found = segment_findings(states, locale.language_code)
    return "; ".join(
        f"{s.translation.data!r}: {', '.join(f.hint for f in errors(found.get(str(s.segment.pk), [])))}"
        for s in states
        if s.translation is not None and errors(found.get(str(s.segment.pk), []))
    )
