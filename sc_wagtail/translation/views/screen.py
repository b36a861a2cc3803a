"""The review screen: source and translation side by side, segment by segment.

Each segment is named as people name it (labels.py), shows its QA findings above the
controls (with a one-click fix where the correction is mechanical), who wrote its text
(machine, memory, import or a person), what changed in the source since its approval
(stale segments), its history and a comment thread. A locale's reviewers act on it; the
source's editors read it and comment. Actions are in screen_actions.py.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods
from wagtail_localize.models import Translation

from sc_wagtail.core.formatting import language_name
from sc_wagtail.core.locales import direction

from .. import history, page_rows
from ..checking import errors, segment_findings, unacknowledged, warning_checks
from ..diff import word_diff
from ..labels import segment_labels
from ..models import TranslationProblem
from ..permissions import can_comment, can_review
from ..review import APPROVED, STALE, segment_states, summary
from .screen_actions import act


@require_http_methods(["GET", "POST"])
def review_translation(request, translation_id):
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), pk=translation_id
    )
    locale = translation.target_locale
    reviewer = can_review(request.user, locale)
    if not reviewer and not can_comment(request.user, translation.source):
        raise PermissionDenied
    if request.method == "POST":
        return act(request, translation, reviewer)
    states = segment_states(translation.source, locale)
    only_open = request.GET.get("filter") == "needs_review"
    rows = segment_rows(translation, states)
    approved, total = summary(states)
    code = locale.language_code
    is_page = page_rows.target_page(translation) is not None or _is_page_source(translation)
    return TemplateResponse(
        request,
        "sc_translation/review.html",
        {
            "translation": translation,
            "title": str(translation.source.object_repr),
            "language": language_name(code),
            "language_code": code,
            "direction": direction(code),
            "rows": [r for r in rows if not only_open or r["open"]],
            "next_open": next((r["state"].segment.pk for r in rows if r["open"]), None),
            "problems": [p for row in rows for p in row["problems"]],
            "approved": approved,
            "total": total,
            "only_open": only_open,
            "reviewer": reviewer,
            "bulk_approvable": sum(1 for r in rows if r["bulk"]),
            "machine_waiting": sum(1 for r in rows if r["state"].origin == "machine" and r["open"]),
            "slug": page_rows.proposed_slug(translation, states) if is_page else None,
            "is_page": is_page,
            "tool_names": sorted(
                {
                    s.translation.tool_name
                    for s in states
                    if s.translation and s.translation.tool_name and s.origin == "machine"
                }
            ),
        },
    )


def _is_page_source(translation):
    from wagtail.models import Page

    return issubclass(translation.source.specific_content_type.model_class(), Page)


def segment_rows(translation, states):
    """What the screen shows of each segment, in source order, in a fixed number of queries
    (findings, labels, history, comments and readers' reports for all segments at once)."""
    locale = translation.target_locale
    findings = segment_findings(states, locale.language_code)
    labels = segment_labels(translation.source, states)
    events = history.by_segment(history.SegmentEvent, states, locale)
    comments = history.by_segment(history.SegmentComment, states, locale)
    problems = list(
        TranslationProblem.objects.filter(
            page__translation_key=translation.source.object_id,
            locale=locale,
            status=TranslationProblem.Status.OPEN,
        )
    )
    rows = []
    for number, state in enumerate(states, start=1):
        found = findings.get(str(state.segment.pk), [])
        blocked = bool(errors(found))
        # Approved, but a check now finds something nobody accepted (the gate holds it).
        recheck = state.state == APPROVED and bool(blocked or unacknowledged(found, state.review))
        reported = [p for p in problems if p.context_id == state.segment.context_id]
        rows.append(
            {
                "number": number,
                "state": state,
                "label": labels.get(state.segment.pk, state.segment.context.path),
                "findings": found,
                "fixable": [f for f in found if f.fixable],
                "blocked": blocked,
                "warnings": bool(warning_checks(found)),
                "acknowledged": state.review.acknowledged if state.review else [],
                "recheck": recheck,
                "open": state.needs_review or recheck or bool(reported),
                "bulk": state.bulk_approvable and not found,
                "stale": _stale(state) if state.state == STALE else None,
                "history": events.get(state.key, []),
                "comments": comments.get(state.key, []),
                "problems": reported,
            }
        )
    return rows


def _stale(state):
    """The source before and after the change (words marked), and the translation approved
    for the old source: the reviewer edits it rather than writing anew."""
    old_source = state.review.string.data
    old_side, new_side = word_diff(old_source, state.segment.string.data)
    return {
        "old": old_side,
        "new": new_side,
        "approved_text": state.review.approved_text,
        "approved_by": state.review.approved_by,
    }
