from django.db.models import Count
from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import roles
from .admin import actions, export_views
from .admin.common import ApplicationPermissionPolicy
from .admin.inspect import ApplicationInspectView
from .admin.listing import ApplicationFilterSet, ApplicationIndexView
from .calls import FundCall
from .emails_model import EmailTemplate
from .exports import LIST_EXPORT
from .models import Application, HubStaff, ReviewerAssignment
from .public_views import handle_application
from .states import Status


class FundCallViewSet(SnippetViewSet):
    model = FundCall
    icon = "form"
    list_display = ["title", "hub", "opens_at", "closes_at"]
    search_fields = ["title"]


class EmailTemplateViewSet(SnippetViewSet):
    model = EmailTemplate
    icon = "mail"
    list_display = ["kind", "subject"]


class HubStaffViewSet(SnippetViewSet):
    """Which hubs' applications each member of "Fund hub staff" works on."""

    model = HubStaff
    icon = "group"
    list_display = ["user", "hub"]
    list_filter = ["hub"]


class FundSnippets(SnippetViewSetGroup):
    items = (FundCallViewSet, EmailTemplateViewSet, HubStaffViewSet)
    menu_label = _("Fund calls")
    menu_icon = "form"
    menu_order = 261


register_snippet(FundSnippets)


register_permission_policy(Application, ApplicationPermissionPolicy(Application))


class ApplicationViewSet(ModelViewSet):
    model = Application
    icon = "form"
    menu_label = _("Applications")
    menu_order = 260
    add_to_admin_menu = True
    url_prefix = "fund/applications"
    name = "sc_forms_application"
    index_view_class = ApplicationIndexView
    index_template_name = "sc_forms/admin/index.html"
    inspect_view_class = ApplicationInspectView
    inspect_view_enabled = True
    filterset_class = ApplicationFilterSet
    form_fields = []  # no add or edit form: applications change through the workflow only
    list_export = LIST_EXPORT
    export_filename = "applications"

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/transition/", actions.transition, name="transition"),
            path("<int:pk>/assign/", actions.assign, name="assign"),
            path("<int:pk>/declare/", actions.declare, name="declare"),
            path("<int:pk>/review/", actions.review, name="review"),
            path("<int:pk>/files/<int:file_id>/", actions.download, name="file"),
            path("<int:pk>/pdf/", actions.application_pdf_view, name="pdf"),
            path("<int:pk>/new-link/", actions.new_link, name="new_link"),
            path("bulk/", actions.bulk, name="bulk"),
            path("exports/", export_views.exports, name="exports"),
            path("exports/<int:export_id>/", export_views.export_download, name="export"),
        ]


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return ApplicationViewSet()


@hooks.register("before_serve_page")
def application_form_post(page, request, serve_args, serve_kwargs):
    return handle_application(request, page)


class FundPanel(Component):
    """Dashboard: my reviews to do, and applications waiting in each state."""

    name = "sc_fund_panel"
    order = 90
    template_name = "sc_forms/admin/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        to_do = (
            ReviewerAssignment.objects.filter(
                reviewer=self.user,
                application__status=Status.IN_REVIEW,
                review__isnull=True,
                conflict_declared_at__isnull=True,
            )
            .select_related("application")
            .order_by("application__submitted_at")
        )
        waiting = dict(
            roles.visible_applications(self.user)
            .order_by()
            .values_list("status")
            .annotate(n=Count("pk", distinct=True))
        )
        return {
            "to_do": to_do,
            "waiting": [(value, label, waiting.get(value, 0)) for value, label in Status.choices],
        }


@hooks.register("construct_homepage_panels")
def fund_dashboard_panel(request, panels):
    if roles.is_fund_user(request.user):
        panels.append(FundPanel(request.user))


@hooks.register("insert_global_admin_css")
def fund_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("sc_forms/admin.css"))
