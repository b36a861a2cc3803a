"""What staff and reviewers do to an application: transitions, reviewers, declarations,
scores, files, bulk actions, the PDF, a new status link. Each calls a service function."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import roles, services, workflow
from ..models import Application, ApplicationFile
from ..public_views import _file_response
from ..scoring import ScoreForm
from .common import inspect_url, refuse, visible_or_404


@require_POST
def transition(request, pk):
    application = visible_or_404(request, pk)
    try:
        workflow.apply(
            application,
            request.POST.get("transition"),
            request.user,
            comment=request.POST.get("comment", ""),
            amount=request.POST.get("approved_amount"),
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
    return redirect(inspect_url(application))


@require_POST
def assign(request, pk):
    application = visible_or_404(request, pk)
    reviewer = get_object_or_404(get_user_model(), pk=request.POST.get("reviewer"))
    try:
        services.assign_reviewer(application, reviewer, request.user)
    except services.Refused as refusal:
        return refuse(request, str(refusal))
    messages.success(
        request,
        _("%(name)s is assigned.") % {"name": reviewer.get_full_name() or reviewer.username},
    )
    return redirect(inspect_url(application))


@require_POST
def declare(request, pk):
    """A reviewer declares no conflict of interest (or a conflict) with an assignment."""
    assignment = get_object_or_404(roles.awaiting_declaration(request.user), application_id=pk)
    conflict = request.POST.get("declaration") == "conflict"
    services.declare_interests(assignment, conflict)
    if conflict:
        messages.info(request, _("Thank you. Fund staff will assign someone else."))
        return redirect(reverse("sc_forms_application:index"))
    return redirect(inspect_url(assignment.application))


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
        return redirect(inspect_url(application))
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
                reviewer = get_object_or_404(get_user_model(), pk=request.POST.get("reviewer"))
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
    from ..pdf import application_pdf

    application = visible_or_404(request, pk)
    allowed, reason = roles.can_view(request.user, application)
    if not allowed:
        return refuse(request, reason)
    pdf = application_pdf(application, translation.get_language() or "en")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{application.reference}.pdf"'
    return response


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
    return redirect(inspect_url(application))
