"""Who may see and do what with applications. One function per question, each answering
(allowed, reason), used by views, templates and the workflow alike.

Roles are Wagtail groups: fund managers (everything), hub staff (the applications of their
hubs, listed in HubStaff) and reviewers (only what is assigned to them, once they have
declared no conflict of interest).
"""

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MANAGERS = "Fund managers"
HUB_STAFF = "Fund hub staff"
REVIEWERS = "Fund reviewers"
GROUP_LABELS = {
    MANAGERS: gettext_lazy("Fund managers"),
    HUB_STAFF: gettext_lazy("Fund hub staff"),
    REVIEWERS: gettext_lazy("Fund reviewers"),
}


def ensure_fund_groups(**kwargs):
    """The three groups, able to log in to the admin (post_migrate)."""
    from django.contrib.auth.models import Group, Permission

    access = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    for name in (MANAGERS, HUB_STAFF, REVIEWERS):
        group, _created = Group.objects.get_or_create(name=name)
        if access is not None:
            group.permissions.add(access)
    # Managers write the calls and the emails, and say who staffs which hub (snippets, so
    # Django model permissions).
    Group.objects.get(name=MANAGERS).permissions.add(
        *Permission.objects.filter(
            content_type__app_label="sc_forms",
            content_type__model__in=["fundcall", "emailtemplate", "hubstaff"],
        )
    )


def _groups(user):
    if not hasattr(user, "_sc_fund_groups"):
        user._sc_fund_groups = (
            set(user.groups.values_list("name", flat=True)) if user.is_authenticated else set()
        )
    return user._sc_fund_groups


def is_manager(user):
    return user.is_active and (user.is_superuser or MANAGERS in _groups(user))


def is_fund_user(user):
    return user.is_authenticated and (
        is_manager(user) or bool(_groups(user) & {HUB_STAFF, REVIEWERS})
    )


def staff_hub_ids(user):
    if not hasattr(user, "_sc_fund_hubs"):
        user._sc_fund_hubs = (
            set(user.fund_hubs.values_list("hub_id", flat=True))
            if HUB_STAFF in _groups(user)
            else set()
        )
    return user._sc_fund_hubs


def visible_applications(user, queryset=None):
    """The applications whose personal data ``user`` may see: every view, search, export,
    PDF and email starts from this. Staff see their applications; a reviewer only those
    assigned to them for which they declared no conflict of interest. One query."""
    from .models import Application

    queryset = Application.objects.all() if queryset is None else queryset
    if not user.is_authenticated or not user.is_active:
        return queryset.none()
    if is_manager(user):
        return queryset
    condition = Q(pk__in=[])
    if staff_hub_ids(user):
        condition |= Q(hub_id__in=staff_hub_ids(user))
    if REVIEWERS in _groups(user):
        condition |= Q(
            assignments__reviewer=user,
            assignments__no_conflict_declared_at__isnull=False,
            assignments__conflict_declared_at__isnull=True,
        )
    return queryset.filter(condition).distinct()


def awaiting_declaration(user):
    """The reviewer's assignments of open applications still waiting for their declaration
    of interests: they see the reference, the call, the city and the project title, nothing
    personal."""
    from .models import ReviewerAssignment
    from .states import OPEN

    if REVIEWERS not in _groups(user):
        return ReviewerAssignment.objects.none()
    return ReviewerAssignment.objects.filter(
        reviewer=user,
        no_conflict_declared_at__isnull=True,
        conflict_declared_at__isnull=True,
        application__status__in=OPEN,
    ).select_related("application__call")


def is_staff_for(user, application):
    """A manager, or hub staff of the application's hub."""
    if is_manager(user):
        return True
    return application.hub_id is not None and application.hub_id in staff_hub_ids(user)


def assignment_of(user, application):
    if REVIEWERS not in _groups(user):
        return None
    return application.assignments.filter(reviewer=user).first()


def can_view(user, application):
    if not user.is_authenticated or not user.is_active:
        return False, _("Log in to see applications.")
    if is_staff_for(user, application):
        return True, ""
    assignment = assignment_of(user, application)
    if assignment is None:
        return False, _("This application is not assigned to you.")
    if assignment.conflict_declared_at:
        return False, _("You declared a conflict of interest with this application.")
    if assignment.no_conflict_declared_at is None:
        return False, _("Declare that you have no conflict of interest to see this application.")
    return True, ""


def can_manage(user, application):
    """Assign reviewers, message the applicant, move it through screening and review."""
    if is_staff_for(user, application):
        return True, ""
    return False, _("Only fund managers and the hub's staff can do this.")


def can_decide(user, application):
    if is_manager(user):
        return True, ""
    return False, _("Only fund managers take decisions.")


def can_score(user, application):
    from .states import Status

    allowed, reason = can_view(user, application)
    if not allowed:
        return allowed, reason
    assignment = assignment_of(user, application)
    if assignment is None:
        return False, _("Only the reviewers assigned to this application score it.")
    if application.status != Status.IN_REVIEW:
        return False, _("Scores are given while the application is in review.")
    if hasattr(assignment, "review"):
        return False, _("You have already submitted your review.")
    return True, ""
