"""Where every translation stands: one ``TranslationProgress`` row per source and target
locale, kept current as text, approvals and publishing change.

Statuses (states.TranslationStatus), per source and target locale:

- missing: never translated into this locale;
- machine: drafted by machine, nothing approved, not live;
- review: some segments approved, not all, not live ("in review, n of m");
- ready: every segment approved, not published yet;
- live: every segment approved and the translation is live;
- outdated: live, but segments changed since (stale, new or edited) wait for review.

The dashboard, the review queue, the page tree and the editor's panel read these rows: a
listing is a plain, paginated query however much content there is. ``refresh()`` computes
rows for any number of sources in a fixed number of queries; the signal receivers in
signals.py calls it when something a row depends on changes, once per batch inside
``batched()``.
"""

import contextlib
from collections import defaultdict
from contextvars import ContextVar

from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from sc_wagtail.conf import sc_settings

from .states import SegmentState, TranslationStatus


class TranslationProgress(models.Model):
    source = models.ForeignKey(TranslationSource, on_delete=models.CASCADE, related_name="+")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    translation = models.ForeignKey(
        Translation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    object_key = models.UUIDField(db_index=True)  # the source's translation key
    title = models.CharField(_("page or snippet"), max_length=255)
    is_page = models.BooleanField(default=True)
    status = models.CharField(
        _("status"), max_length=10, choices=TranslationStatus.choices, db_index=True
    )
    approved = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    reported = models.PositiveIntegerField(default=0)  # open readers' reports
    live_since = models.DateTimeField(null=True, blank=True)
    # When the status last changed: the review queue lists the longest waiting first.
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("translation progress")
        constraints = [
            models.UniqueConstraint(fields=["source", "locale"], name="one_progress_per_locale")
        ]
        indexes = [models.Index(fields=["locale", "status", "changed_at"])]

    def __str__(self):
        return f"{self.title} ({self.locale_id}): {self.status}"


class DraftingRequest(models.Model):
    """A source page published, its machine drafts not written yet (the task is queued or
    running): the editor's panel says "drafting" meanwhile."""

    object_key = models.UUIDField(unique=True)
    requested_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("drafting request")

    def __str__(self):
        return str(self.object_key)


def target_locales():
    return list(
        Locale.objects.filter(language_code__in=sc_settings.LOCALES).exclude(
            language_code=sc_settings.SOURCE_LOCALE
        )
    )


def _states(segments, current, reviews, locale):
    from .review import _state, positions

    return [
        _state(
            segment,
            current.get((segment.string_id, segment.context_id, locale.pk)),
            reviews.get((segment.context_id, locale.pk, position)),
        )
        for segment, (position, _siblings) in zip(segments, positions(segments), strict=True)
    ]


def _status(states, is_live):
    approved = states.count(SegmentState.APPROVED)
    if approved == len(states):
        return TranslationStatus.LIVE if is_live else TranslationStatus.READY
    if is_live:
        return TranslationStatus.OUTDATED
    if approved == 0 and all(state == SegmentState.MACHINE for state in states):
        return TranslationStatus.MACHINE
    return TranslationStatus.REVIEW


def compute(sources, locales=None):
    """Unsaved TranslationProgress rows for ``sources`` (source-locale TranslationSources) in
    every target locale. Eight queries whatever their number."""
    from .models import SegmentReview, TranslationProblem

    locales = target_locales() if locales is None else list(locales)
    sources = list(sources)
    source_ids = [source.pk for source in sources]
    keys = [source.object_id for source in sources]
    translations = {
        (t.source_id, t.target_locale_id): t
        for t in Translation.objects.filter(source_id__in=source_ids, target_locale__in=locales)
    }
    segments = defaultdict(list)
    for segment in (
        StringSegment.objects.filter(source_id__in=source_ids)
        .only("id", "source_id", "string_id", "context_id", "order")
        .order_by("order")
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
        (r.context_id, r.locale_id, r.position): r
        for r in SegmentReview.objects.filter(context_id__in=contexts, locale__in=locales)
    }
    pages = {
        (page["translation_key"], page["locale_id"]): page
        for page in Page.objects.filter(translation_key__in=keys, locale__in=locales).values(
            "translation_key", "locale_id", "live", "last_published_at"
        )
    }
    reported = {
        (row["page__translation_key"], row["locale_id"]): row["count"]
        for row in TranslationProblem.objects.filter(
            status=TranslationProblem.Status.OPEN, page__translation_key__in=keys
        )
        .values("page__translation_key", "locale_id")
        .annotate(count=Count("pk"))
    }
    rows = []
    for source in sources:
        model = source.specific_content_type.model_class()
        is_page = model is not None and issubclass(model, Page)
        for locale in locales:
            translation = translations.get((source.pk, locale.pk))
            page = pages.get((source.object_id, locale.pk))
            row = TranslationProgress(
                source=source,
                locale=locale,
                translation=translation,
                object_key=source.object_id,
                title=str(source.object_repr)[:255],
                is_page=is_page,
                reported=reported.get((source.object_id, locale.pk), 0),
            )
            if translation is None:
                row.status = TranslationStatus.MISSING
            else:
                states = _states(segments[source.pk], current, reviews, locale)
                # Snippets without draft state are live once they exist.
                is_live = page["live"] if page else not is_page
                row.status = _status(states, is_live)
                row.approved = states.count(SegmentState.APPROVED)
                row.total = len(states)
                if is_live and page:
                    row.live_since = page["last_published_at"]
            rows.append(row)
    return rows


def refresh(sources):
    """Recompute and store the rows of ``sources`` (TranslationSources or their ids); the
    change time moves only where the status changed. Source-locale sources only."""
    sources = list(
        TranslationSource.objects.filter(
            pk__in=[getattr(s, "pk", s) for s in sources],
            locale__language_code=sc_settings.SOURCE_LOCALE,
        ).select_related("specific_content_type")
    )
    if not sources:
        return []
    rows = compute(sources)
    previous = {
        (row.source_id, row.locale_id): (row.status, row.changed_at)
        for row in TranslationProgress.objects.filter(source__in=sources).only(
            "source_id", "locale_id", "status", "changed_at"
        )
    }
    now = timezone.now()
    for row in rows:
        status, changed = previous.get((row.source_id, row.locale_id), (None, None))
        row.changed_at = changed if status == row.status else now
    TranslationProgress.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["source", "locale"],
        update_fields=[
            "translation",
            "object_key",
            "title",
            "is_page",
            "status",
            "approved",
            "total",
            "reported",
            "live_since",
            "changed_at",
        ],
    )
    return rows


# --- when to refresh --------------------------------------------------------------------
_batch = ContextVar("sc_translation_progress_batch", default=None)


@contextlib.contextmanager
def batched():
    """Inside this block, changes only note which sources they touch; the rows are
    recomputed once at the end (approving 200 segments refreshes once)."""
    outer = _batch.get()
    if outer is not None:
        yield outer
        return
    touched_ids = set()
    token = _batch.set(touched_ids)
    try:
        yield touched_ids
    finally:
        _batch.reset(token)
        if touched_ids:
            refresh(touched_ids)


def touched(source_ids):
    """Sources whose progress may have changed: refreshed now, or at the end of a batch."""
    source_ids = {getattr(s, "pk", s) for s in source_ids if s is not None}
    if not source_ids:
        return
    pending = _batch.get()
    if pending is not None:
        pending.update(source_ids)
    else:
        refresh(source_ids)


def sources_of(translation_key):
    """The source-locale TranslationSource ids of an object (by translation key)."""
    return list(
        TranslationSource.objects.filter(
            object_id=translation_key, locale__language_code=sc_settings.SOURCE_LOCALE
        ).values_list("pk", flat=True)
    )
