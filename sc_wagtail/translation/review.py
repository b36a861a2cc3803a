"""Per-segment review state of a translation: what a reviewer still has to look at.

States (states.SegmentState), per segment of a source in one target locale:

- missing: no translation yet;
- machine: a machine draft nobody has approved;
- edited: a person's text (typed, imported from an agency, or changed after approval)
  not yet approved;
- approved: approved by a named person, and neither the source nor the text has changed;
- stale: approved once, but the source text has changed since.

Everything is computed from wagtail-localize's rows plus our SegmentReview, in a fixed number
of queries per source and locale.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from wagtail_localize.models import StringSegment, StringTranslation

from .models import SegmentReview, TranslationProblem
from .states import SegmentState

MISSING, MACHINE, EDITED, APPROVED, STALE = (
    SegmentState.MISSING,
    SegmentState.MACHINE,
    SegmentState.EDITED,
    SegmentState.APPROVED,
    SegmentState.STALE,
)


@dataclass
class SegmentState:
    segment: StringSegment
    translation: StringTranslation | None
    review: SegmentReview | None
    state: str

    @property
    def needs_review(self):
        return self.state != APPROVED


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


def segment_states(source, locale):
    """The state of every string segment of ``source`` in ``locale``, in source order."""
    segments = list(
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    )
    translations = {
        (t.translation_of_id, t.context_id): t
        for t in StringTranslation.objects.filter(
            locale=locale, context__in=[s.context_id for s in segments]
        )
    }
    reviews = {
        r.context_id: r
        for r in SegmentReview.objects.filter(
            locale=locale, context__in=[s.context_id for s in segments]
        )
    }
    states = []
    for segment in segments:
        translation = translations.get((segment.string_id, segment.context_id))
        review = reviews.get(segment.context_id)
        states.append(
            SegmentState(segment, translation, review, _state(segment, translation, review))
        )
    return states


def summary(states):
    """(approved, total): "n of m segments approved"."""
    return sum(1 for s in states if s.state == APPROVED), len(states)


@transaction.atomic
def approve(source, locale, segment, user, acknowledged=()):
    """Record ``user``'s approval of the current translation of ``segment``.

    ``acknowledged`` names the QA warnings the reviewer accepted (see checking.py, which
    decides whether an approval is allowed). Raises ValueError when there is nothing to
    approve (no translation yet).
    """
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
        defaults={
            "source": source,
            "string_id": segment.string_id,
            "approved_text": translation.data,
            "approved_by": user,
            "approved_at": timezone.now(),
            "acknowledged": list(acknowledged),
        },
    )
    return review


def approve_all(source, locale, user, acknowledge=False):
    """Approve every translated segment waiting for review whose QA findings allow it.

    Without ``acknowledge`` only clean segments (no finding at all) are approved; with it,
    segments with warnings are approved too and the warnings recorded as accepted. A
    segment with an error is never approved. Returns the number approved.
    """
    from .checking import ApprovalRefused, approve_checked, segment_findings
    from .status import batched

    states = [
        s
        for s in segment_states(source, locale)
        if s.state in (MACHINE, EDITED, STALE) and s.translation is not None
    ]
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
def reopen(source, locale, segment):
    """Withdraw the approval of ``segment`` (a reviewer agrees with a reader's report): it
    needs review again. The report stays open until the segment is approved again."""
    from .status import touched

    SegmentReview.objects.filter(context_id=segment.context_id, locale=locale).delete()
    touched([source.pk])


def dismiss_problem(problem):
    """A reviewer keeps the translation a reader reported: the report is closed."""
    problem.status = TranslationProblem.Status.RESOLVED
    problem.save(update_fields=["status"])


def save_translation(segment, locale, text, user, tool_name=""):
    """Record a person's translation of ``segment`` (typed on the review screen or imported
    from an agency): an edit that still needs approval."""
    return StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=locale,
        context=segment.context,
        defaults={
            "data": text,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            "tool_name": tool_name[:255],
            "last_translated_by": user,
            # wagtail-localize flags invalid markup on save, and never clears the flag.
            "has_error": False,
        },
    )[0]
