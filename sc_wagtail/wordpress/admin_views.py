"""The admin's side of an import: the "Imported from WordPress" report (each run's summary,
its warnings and the pages it made), and the participation figures suggested from old prose,
which an editor adds to a report's draft or dismisses."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from sc_wagtail.blocks.participation import category_choices

from .models import FigureSuggestion, ImportedItem, ImportRun


def can_see_imports(user):
    return user.is_superuser or user.has_perm("sc_wordpress.view_importrun")


def runs(request):
    if not can_see_imports(request.user):
        raise PermissionDenied
    run = ImportRun.objects.first()
    pages = (
        ImportedItem.objects.filter(kind=ImportedItem.Kind.PAGE, page__isnull=False)
        .select_related("page", "page__locale")
        .order_by("-updated_at")
    )
    page_list = Paginator(pages, 50).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "sc_wordpress/report.html",
        {
            "run": run,
            "earlier": ImportRun.objects.all()[1:10],
            "warnings": (run.warnings[:500] if run else []),
            "pages": page_list,
            "suggestions": FigureSuggestion.objects.filter(
                status=FigureSuggestion.Status.PENDING
            ).count(),
        },
    )


def _editable(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


def suggestions(request, page_id):
    page = _editable(request, page_id)
    labels = dict(category_choices())
    rows = FigureSuggestion.objects.filter(page=page).order_by("status", "pk")
    return TemplateResponse(
        request,
        "sc_wordpress/suggestions.html",
        {
            "page": page,
            "suggestions": [
                {
                    "suggestion": s,
                    "rows": [
                        {**r, "label": labels.get(r["category"], r["category"])}
                        for r in s.figures.get("rows", [])
                    ],
                }
                for s in rows
            ],
        },
    )


@require_POST
def decide(request, page_id, suggestion_id):
    page = _editable(request, page_id)
    suggestion = get_object_or_404(
        FigureSuggestion, pk=suggestion_id, page=page, status=FigureSuggestion.Status.PENDING
    )
    if request.POST.get("decision") == "accept":
        add_to_report(page, suggestion, request.user)
        messages.success(
            request,
            _("The figures are in the report's draft: check them and publish the page."),
        )
    else:
        suggestion.status = FigureSuggestion.Status.DISMISSED
        suggestion.decided_by, suggestion.decided_at = request.user, timezone.now()
        suggestion.save()
        messages.info(request, _("Suggestion dismissed."))
    return redirect(reverse("sc_wordpress:suggestions", args=[page.pk]))


def add_to_report(page, suggestion, user):
    """A participation block with the suggested rows, added to the latest draft's report as
    a new revision (never published by this)."""
    draft = page.get_latest_revision_as_object()
    report = list(draft.report.raw_data)
    figures = suggestion.figures
    report.append(
        {
            "type": "participation",
            "value": {
                "rows": [
                    {
                        "type": "item",
                        "value": {
                            k: row[k] for k in ("qualifier", "number", "category", "part_of")
                        },
                    }
                    for row in figures.get("rows", [])
                ],
                "cities": figures.get("cities"),
                "countries": figures.get("countries"),
                "country_list": [],
                "represented_cities": [],
                "represented_organisations": [],
            },
        }
    )
    draft.report = report
    draft.save_revision(user=user, clean=False)
    suggestion.status = FigureSuggestion.Status.ACCEPTED
    suggestion.decided_by, suggestion.decided_at = user, timezone.now()
    suggestion.save()
