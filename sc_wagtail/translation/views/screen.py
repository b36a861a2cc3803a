"""The review screen: source and translation side by side, segment by segment."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods
from wagtail_localize.models import StringSegment, Translation

from sc_wagtail.core.formatting import language_name
from sc_wagtail.core.locales import direction

from ..checking import (
    ApprovalRefused,
    approve_checked,
    errors,
    segment_findings,
    unacknowledged,
    warning_checks,
)
from ..memory import memory_suggestions
from ..models import TranslationProblem
from ..permissions import can_review
from ..review import (
    APPROVED,
    approve_all,
    dismiss_problem,
    reopen,
    save_translation,
    segment_states,
    summary,
)


@require_http_methods(["GET", "POST"])
def review_translation(request, translation_id):
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), pk=translation_id
    )
    locale = translation.target_locale
    if not can_review(request.user, locale):
        raise PermissionDenied
    if request.method == "POST":
        return _act(request, translation)
    states = segment_states(translation.source, locale)
    findings = segment_findings(states, locale.language_code)
    suggestions = memory_suggestions(states, locale)
    only_open = request.GET.get("filter") == "needs_review"
    rows = []
    for state in states:
        found = findings.get(str(state.segment.pk), [])
        row = {
            "state": state,
            "findings": found,
            "blocked": bool(errors(found)),
            "warnings": bool(warning_checks(found)),
            # Approved, but a check now finds something nobody accepted (the gate holds it).
            "recheck": state.state == APPROVED
            and bool(errors(found) or unacknowledged(found, state.review)),
            "memory": suggestions.get(state.segment.pk),
        }
        if not only_open or state.needs_review or row["recheck"]:
            rows.append(row)
    approved, total = summary(states)
    code = locale.language_code
    problems = list(
        TranslationProblem.objects.filter(
            page__translation_key=translation.source.object_id,
            locale=locale,
            status=TranslationProblem.Status.OPEN,
        )
    )
    for row in rows:
        row["problems"] = [p for p in problems if p.context_id == row["state"].segment.context_id]
    return TemplateResponse(
        request,
        "sc_translation/review.html",
        {
            "translation": translation,
            "title": str(translation.source.get_source_instance()),
            "language": language_name(code),
            "language_code": code,
            "direction": direction(code),
            "rows": rows,
            "problems": problems,
            "approved": approved,
            "total": total,
            "only_open": only_open,
            "tool_names": sorted(
                {
                    s.translation.tool_name
                    for s in states
                    if s.translation and s.translation.tool_name
                }
            ),
        },
    )


def _act(request, translation):
    locale = translation.target_locale
    action = request.POST.get("action")
    back = reverse("sc_translation_admin:review", args=[translation.pk])
    if request.POST.get("filter"):
        back += "?filter=needs_review"
    if action == "publish":
        try:
            translation.save_target(user=request.user, publish=True)
        except ValidationError as refusal:
            messages.error(request, " ".join(refusal.messages))
        else:
            messages.success(
                request,
                _("Published in %(language)s.") % {"language": language_name(locale.language_code)},
            )
        return redirect(back)
    if action == "dismiss_problem":
        problem = get_object_or_404(
            TranslationProblem,
            pk=request.POST.get("problem"),
            locale=locale,
            page__translation_key=translation.source.object_id,
        )
        dismiss_problem(problem)
        messages.success(request, _("The report is closed; the translation stays as it is."))
        return redirect(back)
    if action == "approve_all":
        # Only clean segments: a warning needs its own look and acknowledgement.
        count = approve_all(translation.source, locale, request.user)
        messages.success(
            request,
            ngettext("%(count)s segment approved.", "%(count)s segments approved.", count)
            % {"count": count},
        )
        return redirect(back)
    segment = get_object_or_404(
        StringSegment.objects.select_related("string"),
        pk=request.POST.get("segment"),
        source=translation.source,
    )
    if action == "reopen":
        reopen(translation.source, locale, segment)
        messages.success(request, _("The segment needs review again."))
        return redirect(f"{back}#segment-{segment.pk}")
    if action in ("save", "save_approve"):
        text = request.POST.get("text", "").strip()
        if not text:
            messages.error(request, _("A translation cannot be empty."))
            return redirect(back)
        save_translation(segment, locale, text, request.user)
    if action in ("approve", "save_approve"):
        state = next(
            s for s in segment_states(translation.source, locale) if s.segment.pk == segment.pk
        )
        found = segment_findings([state], locale.language_code).get(str(segment.pk), [])
        needs_approval = state.state != APPROVED or unacknowledged(found, state.review)
        if needs_approval:
            try:
                approve_checked(
                    translation.source,
                    locale,
                    state,
                    request.user,
                    found,
                    acknowledge=bool(request.POST.get("acknowledge")),
                )
            except ApprovalRefused as refusal:
                messages.error(request, str(refusal))
    return redirect(f"{back}#segment-{segment.pk}")
