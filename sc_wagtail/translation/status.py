"""The translation status of every page and snippet in every locale, in six queries.

Statuses, per source object and target locale:

- ``missing``: never translated into this locale;
- ``machine``: drafted by machine, nothing approved, not live;
- ``review``: some segments approved, not all, not live ("in review, n of m");
- ``live``: every segment approved and the translation is live;
- ``ready``: every segment approved, not published yet;
- ``outdated``: live, but segments changed since (stale, new or edited) wait for review.
"""

from collections import defaultdict
from dataclasses import dataclass

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from sc_wagtail.conf import sc_settings

from .models import SegmentReview
from .review import APPROVED, MACHINE, _state

STATUSES = ("missing", "machine", "review", "ready", "live", "outdated")


@dataclass
class Cell:
    status: str
    approved: int = 0
    total: int = 0
    translation_id: int | None = None


def status_table(locales=None):
    """(rows, counts): rows of (source, {locale code: Cell}), counts {code: {status: n}}."""
    locales = list(
        locales
        if locales is not None
        else Locale.objects.filter(language_code__in=sc_settings.LOCALES).exclude(
            language_code=sc_settings.SOURCE_LOCALE
        )
    )
    sources = list(
        TranslationSource.objects.filter(locale__language_code=sc_settings.SOURCE_LOCALE)
        .select_related("specific_content_type")
        .order_by("-last_updated_at")
    )
    source_ids = [source.pk for source in sources]
    translations = {
        (t.source_id, t.target_locale_id): t
        for t in Translation.objects.filter(source_id__in=source_ids, target_locale__in=locales)
    }
    segments = defaultdict(list)
    for segment in StringSegment.objects.filter(source_id__in=source_ids).only(
        "id", "source_id", "string_id", "context_id"
    ):
        segments[segment.source_id].append(segment)
    contexts = [s.context_id for group in segments.values() for s in group]
    current = {
        (t.translation_of_id, t.context_id, t.locale_id): t
        for t in StringTranslation.objects.filter(context_id__in=contexts, locale__in=locales).only(
            "id", "translation_of_id", "context_id", "locale_id", "data", "translation_type"
        )
    }
    reviews = {
        (r.context_id, r.locale_id): r
        for r in SegmentReview.objects.filter(context_id__in=contexts, locale__in=locales)
    }
    live = {
        (page["translation_key"], page["locale_id"]): page["live"]
        for page in Page.objects.filter(
            translation_key__in=[source.object_id for source in sources], locale__in=locales
        ).values("translation_key", "locale_id", "live")
    }
    rows, counts = [], {locale.language_code: dict.fromkeys(STATUSES, 0) for locale in locales}
    for source in sources:
        model = source.specific_content_type.model_class()
        is_page = model is not None and issubclass(model, Page)
        cells = {}
        for locale in locales:
            translation = translations.get((source.pk, locale.pk))
            if translation is None:
                cell = Cell("missing")
            else:
                states = [
                    _state(
                        segment,
                        current.get((segment.string_id, segment.context_id, locale.pk)),
                        reviews.get((segment.context_id, locale.pk)),
                    )
                    for segment in segments[source.pk]
                ]
                approved = states.count(APPROVED)
                # Snippets without draft state are live once they exist.
                is_live = live.get((source.object_id, locale.pk), not is_page)
                if approved == len(states):
                    status = "live" if is_live else "ready"
                elif is_live:
                    status = "outdated"
                elif approved == 0 and all(state == MACHINE for state in states):
                    status = "machine"
                else:
                    status = "review"
                cell = Cell(status, approved, len(states), translation.pk)
            cells[locale.language_code] = cell
            counts[locale.language_code][cell.status] += 1
        rows.append((source, cells))
    return rows, counts
