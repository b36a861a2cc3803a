"""Machine drafts on publish: one background task per published source page.

The task syncs the page's translation source, drafts only the segments with no current
translation (new or changed source text; approved and edited segments are left alone) from
translation memory where an approved translation of the same text exists and by machine
otherwise (glossary enforced, mechanical typography fixed), saves each locale's page as a
draft, and publishes a locale only when every segment is approved (the gate decides). The engine is wagtail-localize's configured machine
translator (``WAGTAILLOCALIZE_MACHINE_TRANSLATOR``); without one, nothing is drafted.
"""

import contextlib
import logging
from contextvars import ContextVar

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils import translation as translation_utils
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import (
    MissingRelatedObjectError,
    MissingTranslationError,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.tasks import enqueue

from . import history
from .memory import memory_suggestions
from .models import site_glossary
from .notify import notify_reviewers
from .qa import Context
from .qa.engine import fix
from .review import MEMORY_TOOL, MISSING, STALE, segment_states
from .status import DraftingRequest, batched, touched

logger = logging.getLogger(__name__)
_paused = ContextVar("sc_translation_pipeline_paused", default=False)


@contextlib.contextmanager
def paused():
    """No automatic drafts inside this block (``seed_demo`` writes its own translations)."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def on_page_published(sender, instance, **kwargs):
    if _paused.get() or instance.locale.language_code != sc_settings.SOURCE_LOCALE:
        return
    if get_machine_translator() is None:
        return
    DraftingRequest.objects.update_or_create(
        object_key=instance.translation_key, defaults={"requested_at": timezone.now()}
    )
    enqueue(
        draft_translations,
        instance.pk,
        task_name=f"translate:{instance.pk}:{instance.live_revision_id}",
    )


def on_snippet_saved(instance):
    """A translatable snippet saved in the source locale (snippets have no publish step)."""
    if _paused.get():
        return
    if get_machine_translator() is None:
        return
    enqueue(
        draft_snippet_translations,
        instance._meta.label,
        instance.pk,
        task_name=f"translate:{instance._meta.label_lower}:{instance.pk}",
    )


def draft_snippet_translations(model_label, pk):
    """As draft_translations, for a snippet: nothing reaches readers before approval (the
    gate writes a snippet without drafts only once every segment is approved)."""
    with batched():
        return _draft_snippet_translations(model_label, pk)


def _draft_snippet_translations(model_label, pk):
    instance = apps.get_model(model_label).objects.filter(pk=pk).first()
    if instance is None:
        return "no such snippet"
    translator = get_machine_translator()
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    report = {}
    for locale in Locale.objects.filter(language_code__in=sc_settings.LOCALES).exclude(
        pk=source.locale_id
    ):
        if not translator.can_translate(source.locale, locale):
            continue
        try:
            report[locale.language_code] = _draft_locale(source, locale, translator)
        except (MissingRelatedObjectError, MissingTranslationError) as missing:
            logger.warning("Cannot draft %s in %s yet: %r", instance, locale, missing)
            report[locale.language_code] = f"waiting for {missing!r}"
    return report


def draft_translations(page_id):
    """Sync, machine translate what is new, and save drafts in every target locale."""
    with batched():
        report = _draft_translations(page_id)
    # Done (a failure raises before this, and the retry finds the request still there).
    page = Page.objects.filter(pk=page_id).only("translation_key").first()
    if page is not None:
        DraftingRequest.objects.filter(object_key=page.translation_key).delete()
    return report


def _draft_translations(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is None or not page.live:
        return "no live page"
    page = page.specific
    translator = get_machine_translator()
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    report = {}
    for code in sc_settings.LOCALES:
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None or locale.pk == source.locale_id:
            continue
        if not translator.can_translate(source.locale, locale):
            continue
        parent = page.get_parent()
        if parent.depth > 1 and parent.get_translation_or_none(locale) is None:
            # wagtail-localize places a translation under its parent's translation.
            report[code] = "parent page not translated"
            continue
        try:
            report[code] = _draft_locale(source, locale, translator)
        except (MissingRelatedObjectError, MissingTranslationError) as missing:
            # e.g. a chosen hub or city not yet translated into this locale
            logger.warning("Cannot draft %s in %s yet: %r", page, code, missing)
            report[code] = f"waiting for {missing!r}"
    return report


def _draft_locale(source, locale, translator):
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    todo = [s for s in segment_states(source, locale) if s.state in (MISSING, STALE)]
    if todo:
        _write_drafts(source, locale, translator, todo)
    touched([source.pk])  # the drafts were written in bulk, without signals
    try:
        translation.save_target(publish=True)
        return {"drafted": len(todo), "published": True}
    except ValidationError as refusal:
        logger.info("Translation of %s into %s left for review: %s", source, locale, refusal)
        if todo:  # new work for this locale's reviewers
            round_key = f"{source.last_updated_at.timestamp():.0f}"
            enqueue(
                notify_reviewers,
                translation.pk,
                round_key,
                task_name=f"notify:{translation.pk}:{round_key}",
            )
        return {"drafted": len(todo), "published": False}


def _write_drafts(source, locale, translator, todo):
    """Drafts for the segments ``todo``: an approved translation of the same source text
    where one exists (translation memory), the engine's otherwise, glossary renderings
    enforced and mechanical typography fixed, so reviewers read only what needs them."""
    memory = memory_suggestions(todo, locale)
    to_engine = [s for s in todo if s.segment.pk not in memory]
    translated, values = {}, {}
    if to_engine:
        # The engine is called outside any transaction (it may be slow or fail); a failure
        # raises, the task is retried, and nothing has been written.
        values = {s.segment.pk: StringValue(s.segment.string.data) for s in to_engine}
        translated = translator.translate(source.locale, locale, list(values.values()))
    glossary = site_glossary()
    context = Context(target_language=locale.language_code, glossary=glossary)
    # The engine's name as stored: in the site's language, whichever was active here.
    with translation_utils.override(settings.LANGUAGE_CODE):
        tool_name = str(translator.display_name)
    drafts, events = [], []
    for state in todo:
        pk = state.segment.pk
        if pk in memory:
            data, kind, tool = memory[pk], history.SegmentEvent.Kind.MEMORY, MEMORY_TOOL
            translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
        elif values.get(pk) in translated:
            data = glossary.enforce(translated[values[pk]].data, locale.language_code)[0]
            data = fix(data, context)
            kind, tool = history.SegmentEvent.Kind.MACHINE, tool_name
            translation_type = StringTranslation.TRANSLATION_TYPE_MACHINE
        else:
            continue
        drafts.append(
            StringTranslation(
                translation_of=state.segment.string,
                locale=locale,
                context=state.segment.context,
                data=data,
                translation_type=translation_type,
                tool_name=tool,
            )
        )
        events.append(history.event(state, locale, kind, text=data, tool=tool))
    # One statement for every draft of this locale (the unique key is wagtail-localize's).
    with transaction.atomic():
        StringTranslation.objects.bulk_create(
            drafts,
            update_conflicts=True,
            unique_fields=["locale", "translation_of", "context"],
            update_fields=[
                "data",
                "translation_type",
                "tool_name",
                "last_translated_by",
                "updated_at",
            ],
        )
        history.SegmentEvent.objects.bulk_create(events)
