"""The review screen: source and translation side by side, segment by segment.

Every view checks the locale against the user's reviewer groups on the server; the
templates only hide what the server would refuse anyway.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.formatting import language_name
from sc_wagtail.core.locales import direction

from .checking import (
    ApprovalRefused,
    approve_checked,
    errors,
    segment_findings,
    unacknowledged,
    warning_checks,
)
from .exchange import MAX_IMPORT_BYTES, ExchangeError, export_po, export_xliff, import_units
from .memory import memory_suggestions
from .models import TranslationProblem
from .permissions import can_review, reviewable_language_codes
from .review import (
    APPROVED,
    approve_all,
    dismiss_problem,
    reopen,
    save_translation,
    segment_states,
    summary,
)
from .status import status_table

STATUS_LABELS = [
    ("missing", gettext_lazy("Missing")),
    ("machine", gettext_lazy("Machine draft")),
    ("review", gettext_lazy("In review")),
    ("ready", gettext_lazy("Approved, not published")),
    ("live", gettext_lazy("Approved and live")),
    ("outdated", gettext_lazy("Live, changes to review")),
]


def review_index(request):
    """The reviewer's queue: translations in their languages with segments to approve.

    Built on status_table(), so it costs the same six queries however much content there is.
    """
    codes = reviewable_language_codes(request.user)
    show_all = bool(request.GET.get("all"))
    table, _counts = status_table(Locale.objects.filter(language_code__in=codes))
    # Reader reports on approved text keep the approval: the queue shows them too.
    reported = {
        (str(key), code): count
        for key, code, count in TranslationProblem.objects.filter(
            status=TranslationProblem.Status.OPEN, locale__language_code__in=codes
        )
        .values_list("page__translation_key", "locale__language_code")
        .annotate(count=Count("pk"))
    }
    rows = []
    for source, cells in table:
        for code, cell in cells.items():
            problems = reported.get((str(source.object_id), code), 0)
            if cell.translation_id and (show_all or cell.approved < cell.total or problems):
                rows.append(
                    {
                        "translation_id": cell.translation_id,
                        "title": source.object_repr,
                        "language": language_name(code),
                        "approved": cell.approved,
                        "total": cell.total,
                        "reported": problems,
                    }
                )
    return TemplateResponse(
        request,
        "sc_translation/review_index.html",
        {
            "rows": rows,
            "show_all": show_all,
            "languages": [
                (code, language_name(code)) for code in codes if code != sc_settings.SOURCE_LOCALE
            ],
        },
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
    back = reverse("sc_translation_review", args=[translation.pk])
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


def _reviewable_locale(request, language_code):
    locale = get_object_or_404(Locale, language_code=language_code)
    if not can_review(request.user, locale):
        raise PermissionDenied
    return locale


def export_pending(request, language_code, file_format):
    """A locale's pending segments as a PO or XLIFF 1.2 file for a translation agency."""
    locale = _reviewable_locale(request, language_code)
    if file_format == "po":
        data, content_type = export_po(locale), "text/x-gettext-translation; charset=utf-8"
    else:
        data, content_type = export_xliff(locale), "application/x-xliff+xml; charset=utf-8"
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="pending-{language_code}.{"po" if file_format == "po" else "xlf"}"'
    )
    return response


@require_http_methods(["POST"])
def import_edited(request, language_code):
    locale = _reviewable_locale(request, language_code)
    upload = request.FILES.get("file")
    back = reverse("sc_translation_review_index")
    if upload is None:
        messages.error(request, _("Choose a file to import."))
        return redirect(back)
    try:
        result = import_units(locale, upload.name, upload.read(MAX_IMPORT_BYTES + 1), request.user)
    except ExchangeError as error:
        messages.error(request, str(error))
        return redirect(back)
    messages.success(
        request,
        _(
            "%(imported)s translations imported and waiting for approval; %(skipped)s skipped, "
            "%(unchanged)s unchanged."
        )
        % {
            "imported": result.imported,
            "skipped": len(result.skipped),
            "unchanged": result.unchanged,
        },
    )
    return redirect(back)


def status_dashboard(request):
    """Pages and snippets × locales, with counts per locale and filters."""
    codes = reviewable_language_codes(request.user)
    rows, counts = status_table()
    kind = request.GET.get("kind", "")
    wanted_status = request.GET.get("status", "")
    wanted_locale = request.GET.get("locale", "")
    mine = bool(request.GET.get("mine"))
    shown = []
    for source, cells in rows:
        model = source.specific_content_type.model_class()
        is_page = model is not None and issubclass(model, Page)
        if kind and kind != ("page" if is_page else "snippet"):
            continue
        relevant = {
            code: cell
            for code, cell in cells.items()
            if (not wanted_locale or code == wanted_locale) and (not mine or code in codes)
        }
        if wanted_status and not any(c.status == wanted_status for c in relevant.values()):
            continue
        if mine and not any(c.status not in ("live", "ready") for c in relevant.values()):
            continue
        shown.append({"source": source, "is_page": is_page, "cells": cells})
    locales = list(counts)
    return TemplateResponse(
        request,
        "sc_translation/status.html",
        {
            "rows": shown,
            "locales": [(code, language_name(code)) for code in locales],
            "counts": [(language_name(code), counts[code]) for code in locales],
            "statuses": STATUS_LABELS,
            "reviewable": codes,
            "filters": {
                "kind": kind,
                "status": wanted_status,
                "locale": wanted_locale,
                "mine": mine,
            },
        },
    )
