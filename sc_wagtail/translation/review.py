"""Per-segment review state of a translation: what a reviewer still has to look at.

States (states.SegmentState), per segment of a source in one target locale:

- missing: no translation yet;
- machine: a machine draft nobody has approved;
- edited: a person's text (typed, imported from an agency, or changed after approval)
  not yet approved;
- approved: approved by a named person, and neither the source nor the text has changed;
- stale: approved once, but the source text has changed since.

A context (a field, a block) holds one segment, or one per paragraph of rich text: a segment
is named by its context and its position among them, and reviews, events and comments are
filed under that pair. Everything is computed from wagtail-localize's rows plus ours, in a
fixed number of queries per source and locale.
"""

from collections import Counter
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from wagtail_localize.models import StringSegment, StringTranslation

from . import history
from .history import SegmentEvent
from .models import SegmentReview, TranslationProblem
from .states import SegmentState

MISSING, MACHINE, EDITED, APPROVED, STALE = (
    SegmentState.MISSING,
    SegmentState.MACHINE,
    SegmentState.EDITED,
    SegmentState.APPROVED,
    SegmentState.STALE,
)
# The tool name of a draft copied from an approved translation of the same source text.
MEMORY_TOOL = "translation memory"


@dataclass
class LocaleSegment:
    segment: StringSegment
    translation: StringTranslation | None
    review: SegmentReview | None
    state: str
    # Rich text gives one context several segments (one per paragraph): the segment's place
    # among them, and how many there are.
    position: int = 0
    siblings: int = 1

    @property
    def needs_review(self):
        return self.state != APPROVED

    @property
    def state_label(self):
        return SegmentState(self.state).label

    @property
    def key(self):
        """Where the segment is: its reviews, events and comments are filed under this."""
        return (self.segment.context_id, self.position)

    @property
    def origin(self):
        """Who wrote the current text: "machine", "memory", "import", "person" or None."""
        translation = self.translation
        if translation is None:
            return None
        if translation.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
            return "machine"
        if translation.tool_name == MEMORY_TOOL:
            return "memory"
        return "import" if translation.tool_name else "person"

    @property
    def bulk_approvable(self):
        """Text a person wrote or vouched for: a person's edit, an import from a translator,
        or an approved translation taken from memory. Machine text never is: each machine
        segment is approved on its own, by someone who read it."""
        return self.needs_review and self.origin in ("memory", "import", "person")


def _state(segment, translation, review):
    if review is not None and review.string_id != segment.string_id:
        return STALE
    if translation is None:
        return MISSING
    if review is not None and review.approved_text == translation.data:
        return APPROVED
    if translation.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
        return MACHINE
    return EDITED


def positions(segments):
    """(position, siblings) of each segment (in source order) within its context."""
    counts = Counter(segment.context_id for segment in segments)
    seen = Counter()
    placed = []
    for segment in segments:
        placed.append((seen[segment.context_id], counts[segment.context_id]))
        seen[segment.context_id] += 1
    return placed


def segment_states(source, locale):
    """The state of every string segment of ``source`` in ``locale``, in source order."""
    segments = list(
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    )
    contexts = {s.context_id for s in segments}
    translations = {
        (t.translation_of_id, t.context_id): t
        for t in StringTranslation.objects.filter(locale=locale, context__in=contexts)
    }
    reviews = {
        (r.context_id, r.position): r
        for r in SegmentReview.objects.filter(locale=locale, context__in=contexts).select_related(
            "string", "approved_by"
        )
    }
    states = []
    for segment, (position, siblings) in zip(segments, positions(segments), strict=True):
        translation = translations.get((segment.string_id, segment.context_id))
        review = reviews.get((segment.context_id, position))
        states.append(
            LocaleSegment(
                segment,
                translation,
                review,
                _state(segment, translation, review),
                position,
                siblings,
            )
        )
    return states


def summary(states):
    """(approved, total): "n of m segments approved"."""
    return sum(1 for s in states if s.state == APPROVED), len(states)


@transaction.atomic
def approve(source, locale, state, user, acknowledged=()):
    """Record ``user``'s approval of the current translation of the segment of ``state``.

    ``acknowledged`` names the QA warnings the reviewer accepted (see checking.py, which
    decides whether an approval is allowed). Raises ValueError when there is nothing to
    approve (no translation yet).
    """
    segment = state.segment
    translation = StringTranslation.objects.filter(
        translation_of_id=segment.string_id, locale=locale, context_id=segment.context_id
    ).first()
    if translation is None:
        raise ValueError("This segment has no translation to approve yet.")
    # Approving the segment answers the readers' reports about it.
    TranslationProblem.objects.filter(
        context_id=segment.context_id, locale=locale, status=TranslationProblem.Status.OPEN
    ).update(status=TranslationProblem.Status.RESOLVED)
    review, _created = SegmentReview.objects.update_or_create(
        context_id=segment.context_id,
        locale=locale,
        position=state.position,
        defaults={
            "source": source,
            "string_id": segment.string_id,
            "approved_text": translation.data,
            "approved_by": user,
            "approved_at": timezone.now(),
            "acknowledged": list(acknowledged),
        },
    )
    history.record(state, locale, SegmentEvent.Kind.APPROVED, user, text=translation.data)
    return review


def approve_all(source, locale, user, acknowledge=False):
    """Approve every segment waiting for review that a person wrote or vouched for
    (``LocaleSegment.bulk_approvable``) and whose QA findings allow it.

    Without ``acknowledge`` only clean segments (no finding at all) are approved; with it,
    segments with warnings are approved too and the warnings recorded as accepted. A
    segment with an error is never approved, nor is machine text nobody has read. Returns
    the number approved.
    """
    from .checking import ApprovalRefused, approve_checked, segment_findings
    from .status import batched

    states = [s for s in segment_states(source, locale) if s.bulk_approvable]
    found = segment_findings(states, locale.language_code)
    approved = 0
    with batched(), transaction.atomic():
        for state in states:
            try:
                approve_checked(
                    source,
                    locale,
                    state,
                    user,
                    found.get(str(state.segment.pk), []),
                    acknowledge=acknowledge,
                )
            except ApprovalRefused:
                continue
            approved += 1
    return approved


@transaction.atomic
def reopen(source, locale, state, user=None):
    """Withdraw the approval of the segment of ``state`` (a reviewer agrees with a reader's
    report): it needs review again. The report stays open until it is approved again."""
    from .status import touched

    SegmentReview.objects.filter(
        context_id=state.segment.context_id, locale=locale, position=state.position
    ).delete()
    history.record(state, locale, SegmentEvent.Kind.REOPENED, user)
    touched([source.pk])


def dismiss_problem(problem):
    """A reviewer keeps the translation a reader reported: the report is closed."""
    problem.status = TranslationProblem.Status.RESOLVED
    problem.save(update_fields=["status"])


def save_translation(state, locale, text, user, tool_name="", kind=None):
    """Record a person's translation of the segment of ``state`` (typed on the review screen
    or imported from an agency): an edit that still needs approval. Text equal to the
    current translation changes nothing (a machine draft stays a machine draft)."""
    current = state.translation
    if current is not None and current.data == text:
        return current
    if kind is None:
        kind = SegmentEvent.Kind.IMPORT if tool_name else SegmentEvent.Kind.PERSON
    translation = StringTranslation.objects.update_or_create(
        translation_of=state.segment.string,
        locale=locale,
        context=state.segment.context,
        defaults={
            "data": text,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            "tool_name": tool_name[:255],
            "last_translated_by": user,
            # wagtail-localize flags invalid markup on save, and never clears the flag.
            "has_error": False,
        },
    )[0]
    history.record(state, locale, kind, user, text=text, tool=tool_name)
    state.translation = translation
    return translation


def state_of(source, locale, segment):
    """The LocaleSegment of one segment of ``source`` (by segment or its pk)."""
    pk = getattr(segment, "pk", segment)
    return next((s for s in segment_states(source, locale) if s.segment.pk == pk), None)


def apply_fix(state, locale, text, user=None):
    """Write a mechanical correction (a QA check's fix) into the segment's text. Who wrote
    the text does not change: a fixed machine draft is still machine text, to be read and
    approved on its own."""
    translation = state.translation
    if translation is None or translation.data == text:
        return translation
    translation.data = text
    translation.has_error = False
    translation.save(update_fields=["data", "has_error", "updated_at"])
    history.record(state, locale, SegmentEvent.Kind.FIX, user, text=text)
    return translation
