"""One application, as the user's role shows it."""

from django.contrib.auth import get_user_model
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin.views.generic import InspectView

from .. import roles, workflow
from ..answers import revision_changes, staff_answers
from ..scoring import score_summary
from .common import visible_or_404


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
                "waiting": workflow.waiting_on_condition(user, application),
                "assignments": assignments if is_staff else [],
                "reviews": reviews,
                "summary": score_summary(application, assignments) if is_staff else None,
                "can_manage": roles.can_manage(user, application)[0],
                "can_score": roles.can_score(user, application)[0],
                "reviewers": (
                    _reviewer_choices(application) if is_staff and application.is_open else []
                ),
                "answers": staff_answers(application),
                "criteria": _criteria_with_scores(application, reviews),
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


def _criteria_with_scores(application, reviews):
    """The rubric, each criterion with what reviewers look for, its weight and the scores
    given (in the order of ``reviews``)."""
    rows = []
    for block in application.call.rubric:
        rows.append(
            {
                "name": block.value["name"],
                "description": block.value["description"],
                "weight": block.value["weight"],
                "scores": [
                    (review.scores.get(block.id) or {}).get("score", "–") for review in reviews
                ],
            }
        )
    return rows


def _revisions_with_diff(application):
    """Each revision with the answers that changed since the one before, old beside new."""
    labels = {block.id: block.value["label"] for block in application.call.questions}
    result = []
    previous = None
    for revision in application.revisions.all():
        changes = revision_changes(previous.data, revision.data, labels) if previous else []
        result.append({"revision": revision, "changes": changes})
        previous = revision
    return result
