"""The applications in the Wagtail admin: listing, inspect, transitions, reviewers, scores,
files, exports. Every view checks the object against the user's role on the server; an
application a user may not see is a 404, an action they may not take a 403 with the reason.
"""

import difflib
import json

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, OuterRef
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.permission_policies.base import BasePermissionPolicy

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.spreadsheets import TextCellsMixin
from sc_wagtail.core.tasks import enqueue

from . import roles, services, workflow
from .calls import FundCall
from .exports import SEARCH_FIELDS
from .models import (
    Application,
    ApplicationExport,
    ApplicationFile,
    ApplicationReview,
)
from .public_views import _file_response
from .scoring import ScoreForm, score_summary
from .states import Status


class ApplicationPermissionPolicy(BasePermissionPolicy):
    """Nobody adds, edits or deletes applications in the admin (they change through the
    workflow only); fund users view the ones their role gives them."""

    def user_has_permission(self, user, action):
        return action == "view" and roles.is_fund_user(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return action == "view" and roles.can_view(user, instance)[0]

    def instances_user_has_permission_for(self, user, action):
        if action != "view":
            return Application.objects.none()
        return roles.visible_applications(user)


def visible_or_404(request, pk):
    """The application, if the user may at least see it in their listing; else 404."""
    queryset = roles.visible_applications(request.user).select_related("call", "hub")
    return get_object_or_404(queryset, pk=pk)


def refuse(request, reason):
    return TemplateResponse(request, "sc_forms/admin/refused.html", {"reason": reason}, status=403)


class ApplicationFilterSet(WagtailFilterSet):
    call = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Call"),
        queryset=lambda request: FundCall.objects.filter(pk__in=Application.objects.values("call")),
    )
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=Status.choices)
    hub = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Hub"),
        queryset=lambda request: _hubs_with_applications(),
    )
    country = django_filters.CharFilter(label=gettext_lazy("Country code"), lookup_expr="iexact")
    mine = django_filters.BooleanFilter(
        label=gettext_lazy("Assigned to me"), method="filter_mine", widget=forms.CheckboxInput
    )
    needs_my_review = django_filters.BooleanFilter(
        label=gettext_lazy("Needs my review"),
        method="filter_needs_review",
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = Application
        fields = ["call", "status", "hub", "country"]

    def filter_mine(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(assignments__reviewer=self.request.user)

    def filter_needs_review(self, queryset, name, value):
        if not value:
            return queryset
        reviewed = ApplicationReview.objects.filter(
            assignment__application=OuterRef("pk"), assignment__reviewer=self.request.user
        )
        return queryset.filter(
            status=Status.IN_REVIEW, assignments__reviewer=self.request.user
        ).exclude(Exists(reviewed))


def _hubs_with_applications():
    from sc_wagtail.core.models import Hub

    return Hub.objects.filter(pk__in=Application.objects.values("hub"))


class SelectColumn(Column):
    """A tick box per row, tied to the bulk form under the listing by its form attribute."""

    cell_template_name = "sc_forms/admin/select_cell.html"


class ApplicationIndexView(TextCellsMixin, IndexView):
    default_ordering = "-submitted_at"
    search_fields = SEARCH_FIELDS
    search_backend_name = None

    def get_base_queryset(self):
        return (
            roles.visible_applications(self.request.user)
            .select_related("call", "hub")
            .order_by("-submitted_at")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["awaiting"] = list(roles.awaiting_declaration(user))
        if roles.is_manager(user) or roles.staff_hub_ids(user):
            context["bulk_transitions"] = [
                (t.name, t.label)
                for t in workflow.TRANSITIONS.values()
                if t.permission is not workflow._applicant
            ]
            context["bulk_reviewers"] = (
                get_user_model()
                .objects.filter(groups__name=roles.REVIEWERS, is_active=True)
                .order_by("username")
            )
        return context

    @property
    def columns(self):
        staff = roles.is_manager(self.request.user) or roles.staff_hub_ids(self.request.user)
        return [
            *([SelectColumn("select", label=_("Select"))] if staff else []),
            TitleColumn(
                "reference",
                label=_("Reference"),
                url_name=self.inspect_url_name,
                sort_key="reference",
            ),
            Column("project_title", label=_("Project")),
            Column("city_name", label=_("City")),
            Column("country", label=_("Country"), accessor=lambda a: a.country.name),
            Column("hub", label=_("Hub"), accessor=lambda a: a.hub or _("Network-wide")),
            Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
            Column(
                "requested_amount",
                label=_("Amount"),
                accessor=lambda a: f"{a.requested_amount} {a.call.currency}",
            ),
            DateColumn("submitted_at", label=_("Submitted on"), sort_key="submitted_at"),
        ]

    def render_to_response(self, context, **response_kwargs):
        if self.is_export and context["object_list"].count() > sc_settings.EXPORT_INLINE_ROWS:
            from .exports import build_export

            export = ApplicationExport.objects.create(
                user=self.request.user,
                format=self.request.GET.get("export"),
                query=_without_export(self.request.GET),
            )
            enqueue(build_export, export.pk, task_name=f"fund-export:{export.pk}")
            messages.info(
                self.request,
                _("The export is being prepared; download it here when it is ready."),
            )
            return redirect(reverse("sc_forms_application:exports"))
        return super().render_to_response(context, **response_kwargs)


class ApplicationInspectView(InspectView):
    template_name = "sc_forms/admin/inspect.html"

    def get_object(self, queryset=None):
        # A reviewer who has not declared their interests yet sees the declaration page
        # only: reference, call, city and project, nothing personal.
        self.awaiting = (
            roles.awaiting_declaration(self.request.user).filter(application_id=self.pk).first()
        )
        if self.awaiting is not None:
            return self.awaiting.application
        return visible_or_404(self.request, self.pk)

    def get(self, request, *args, **kwargs):
        if self.awaiting is not None:
            return TemplateResponse(
                request, "sc_forms/admin/declare.html", {"application": self.object}
            )
        return super().get(request, *args, **kwargs)

    def get_fields(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        user = self.request.user
        assignment = roles.assignment_of(user, application)
        own_review = getattr(assignment, "review", None) if assignment else None
        is_staff = roles.is_staff_for(user, application)
        # Reviewers see others' scores only once they have submitted their own.
        show_reviews = is_staff or own_review is not None
        assignments = list(
            application.assignments.select_related("reviewer", "review").order_by("assigned_at")
        )
        events = list(application.events.select_related("actor"))
        reviews = [a.review for a in assignments if hasattr(a, "review")] if show_reviews else []
        if not is_staff:
            # Reviewers see neither who else reviews nor their declarations (managers do).
            events = [e for e in events if e.transition not in ("assign", "declare")]
            for number, review in enumerate(reviews, start=1):
                review.shown_as = (
                    _("Your review")
                    if review.assignment.reviewer_id == user.pk
                    else _("Reviewer %(number)s") % {"number": number}
                )
        context.update(
            {
                "application": application,
                "revisions": _revisions_with_diff(application),
                "files": list(application.files.all()),
                "events": events,
                "transitions": workflow.available(user, application),
                "assignments": assignments if is_staff else [],
                "reviews": reviews,
                "summary": score_summary(application, assignments) if is_staff else None,
                "can_manage": roles.can_manage(user, application)[0],
                "can_score": roles.can_score(user, application)[0],
                "reviewers": _reviewer_choices(application) if is_staff else [],
                "answers": application.answers,
            }
        )
        return context


def _reviewer_choices(application):
    assigned = application.assignments.values("reviewer")
    return (
        get_user_model()
        .objects.filter(groups__name=roles.REVIEWERS, is_active=True)
        .exclude(pk__in=assigned)
        .order_by("username")
    )


def _revisions_with_diff(application):
    """Each revision with a line diff against the one before, for staff."""
    revisions = list(application.revisions.all())
    result = []
    previous = None
    for revision in revisions:
        diff = []
        if previous is not None:
            before = json.dumps(previous.data, indent=1, ensure_ascii=False, sort_keys=True)
            after = json.dumps(revision.data, indent=1, ensure_ascii=False, sort_keys=True)
            diff = [
                line
                for line in difflib.unified_diff(
                    before.splitlines(), after.splitlines(), lineterm="", n=0
                )
                if not line.startswith(("---", "+++", "@@"))
            ]
        result.append({"revision": revision, "diff": diff})
        previous = revision
    return result


def _inspect_url(application):
    return reverse("sc_forms_application:inspect", args=[application.pk])


@require_POST
def transition(request, pk):
    application = visible_or_404(request, pk)
    try:
        workflow.apply(
            application,
            request.POST.get("transition"),
            request.user,
            comment=request.POST.get("comment", ""),
        )
    except PermissionDenied as refusal:
        return refuse(request, str(refusal))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("%(reference)s is now “%(status)s”.")
            % {
                "reference": application.reference,
                "status": Application.objects.get(pk=pk).get_status_display(),
            },
        )
    return redirect(_inspect_url(application))


@require_POST
def assign(request, pk):
    application = visible_or_404(request, pk)
    allowed, reason = roles.can_manage(request.user, application)
    if not allowed:
        return refuse(request, reason)
    reviewer = get_object_or_404(
        get_user_model(), pk=request.POST.get("reviewer"), groups__name=roles.REVIEWERS
    )
    try:
        services.assign_reviewer(application, reviewer, request.user)
    except services.Refused as refusal:
        return refuse(request, str(refusal))
    messages.success(
        request,
        _("%(name)s is assigned.") % {"name": reviewer.get_full_name() or reviewer.username},
    )
    return redirect(_inspect_url(application))


@require_POST
def declare(request, pk):
    """A reviewer declares no conflict of interest (or a conflict) with an assignment."""
    assignment = get_object_or_404(roles.awaiting_declaration(request.user), application_id=pk)
    conflict = request.POST.get("declaration") == "conflict"
    services.declare_interests(assignment, conflict)
    if conflict:
        messages.info(request, _("Thank you. Fund staff will assign someone else."))
        return redirect(reverse("sc_forms_application:index"))
    return redirect(_inspect_url(assignment.application))


def review(request, pk):
    application = visible_or_404(request, pk)
    allowed, reason = roles.can_score(request.user, application)
    if not allowed:
        return refuse(request, reason)
    criteria = application.call.criteria()
    form = ScoreForm(criteria, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save(roles.assignment_of(request.user, application))
        messages.success(request, _("Your review is saved."))
        return redirect(_inspect_url(application))
    return TemplateResponse(
        request, "sc_forms/admin/review.html", {"application": application, "form": form}
    )


def download(request, pk, file_id):
    application = visible_or_404(request, pk)
    allowed, reason = roles.can_view(request.user, application)
    if not allowed:
        return refuse(request, reason)
    record = get_object_or_404(ApplicationFile, pk=file_id, application=application)
    return _file_response(record)


@require_POST
def bulk(request):
    """Assign a reviewer to, or take one transition on, the ticked applications; each one is
    checked on its own, and the ones refused are named."""
    ids = request.POST.getlist("ids")
    applications = list(roles.visible_applications(request.user).filter(pk__in=ids))
    if not applications:
        raise Http404
    done, refused = [], []
    action = request.POST.get("bulk_action", "")
    for application in applications:
        try:
            if action == "assign":
                allowed, reason = roles.can_manage(request.user, application)
                if not allowed:
                    raise PermissionDenied(reason)
                reviewer = get_object_or_404(
                    get_user_model(), pk=request.POST.get("reviewer"), groups__name=roles.REVIEWERS
                )
                services.assign_reviewer(application, reviewer, request.user)
            else:
                workflow.apply(application, action, request.user, request.POST.get("comment", ""))
            done.append(application.reference)
        except (PermissionDenied, ValidationError, services.Refused) as refusal:
            refused.append(f"{application.reference} ({refusal})")
    if done:
        messages.success(request, _("Done: %(list)s.") % {"list": ", ".join(done)})
    if refused:
        messages.error(request, _("Refused: %(list)s.") % {"list": "; ".join(refused)})
    return redirect(reverse("sc_forms_application:index"))


def application_pdf_view(request, pk):
    from .pdf import application_pdf

    application = visible_or_404(request, pk)
    allowed, reason = roles.can_view(request.user, application)
    if not allowed:
        return refuse(request, reason)
    pdf = application_pdf(application, translation.get_language() or "en")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{application.reference}.pdf"'
    return response


def exports(request):
    """The user's own exports, newest first."""
    if not roles.is_fund_user(request.user):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "sc_forms/admin/exports.html",
        {"exports": ApplicationExport.objects.filter(user=request.user)[:50]},
    )


def export_download(request, export_id):
    export = get_object_or_404(
        ApplicationExport, pk=export_id, user=request.user, state=ApplicationExport.State.READY
    )
    return FileResponse(
        export.file.open("rb"), as_attachment=True, filename=f"applications.{export.format}"
    )


def _without_export(query):
    query = query.copy()
    query.pop("export", None)
    return query.urlencode()


@require_POST
def new_link(request, pk):
    """Revoke every status link sent so far and email the applicant a new one (a link
    forwarded by mistake, a changed contact)."""
    application = visible_or_404(request, pk)
    allowed, reason = roles.can_manage(request.user, application)
    if not allowed:
        return refuse(request, reason)
    services.replace_status_link(application, request.user)
    messages.success(request, _("The old links no longer work; a new one is on its way."))
    return redirect(_inspect_url(application))
