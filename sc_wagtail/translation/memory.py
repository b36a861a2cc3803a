"""Translation memory: an approved translation of the identical source string elsewhere."""

from wagtail_localize.models import StringTranslation

from .models import SegmentReview


def memory_suggestions(states, locale):
    """segment pk -> approved text of the same source string in another place, if any.

    Two queries: candidate translations of these strings in other contexts, and the
    approvals that vouch for them.
    """
    open_states = [s for s in states if s.needs_review]
    if not open_states:
        return {}
    strings = {s.segment.string_id for s in open_states}
    candidates = list(
        StringTranslation.objects.filter(translation_of_id__in=strings, locale=locale).exclude(
            context_id__in=[s.segment.context_id for s in open_states]
        )
    )
    approved = {
        (review.context_id, review.string_id, review.approved_text)
        for review in SegmentReview.objects.filter(
            locale=locale, context_id__in=[c.context_id for c in candidates]
        )
    }
    by_string = {}
    for candidate in candidates:
        if (candidate.context_id, candidate.translation_of_id, candidate.data) in approved:
            by_string.setdefault(candidate.translation_of_id, candidate.data)
    return {
        s.segment.pk: by_string[s.segment.string_id]
        for s in open_states
        if s.segment.string_id in by_string
    }
