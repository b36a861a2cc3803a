"""The applications listing: what the user may see, filters, search, bulk actions, exports."""

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.formatting import money
from sc_wagtail.core.spreadsheets import TextCellsMixin
from sc_wagtail.core.tasks import enqueue

from .. import roles, workflow
from ..calls import FundCall
from ..exports import SEARCH_FIELDS
from ..models import Application, ApplicationExport, ApplicationReview
from ..spreadsheet import ApplicationSheet
from ..states import Status


class TickBox(forms.CheckboxInput):
    """A tick box whose absence means "no filter", not "False": the listing opens without an
    "Assigned to me: False" chip."""

    def value_from_datadict(self, data, files, name):
        return True if super().value_from_datadict(data, files, name) else None


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
        label=gettext_lazy("Assigned to me"), method="filter_mine", widget=TickBox
    )
    needs_my_review = django_filters.BooleanFilter(
        label=gettext_lazy("Needs my review"),
        method="filter_needs_review",
        widget=TickBox,
    )

    class Meta:
        model = Application
        fields = ["call", "status", "hub", "country"]

    def __init__(self, *args, user=None, **kwargs):
        """``user``: whose "mine" the filters mean (the request's user in the listing; the
        export's owner on the worker, where there is no request)."""
        super().__init__(*args, **kwargs)
        self.user = user or getattr(self.request, "user", None)

    def filter_mine(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(assignments__reviewer=self.user)

    def filter_needs_review(self, queryset, name, value):
        if not value:
            return queryset
        reviewed = ApplicationReview.objects.filter(
            assignment__application=OuterRef("pk"), assignment__reviewer=self.user
        )
        return queryset.filter(status=Status.IN_REVIEW, assignments__reviewer=self.user).exclude(
            Exists(reviewed)
        )


def _hubs_with_applications():
    from sc_wagtail.core.models import Hub

    return Hub.objects.filter(pk__in=Application.objects.values("hub"))


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


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
                for t in {
                    name: t
                    for w in workflow.workflows().values()
                    for name, t in w.transitions.items()
                }.values()
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
                classname="sc-nowrap",
            ),
            Column("project_title", label=_("Project")),
            Column("city_name", label=_("City")),
            Column("country", label=_("Country"), accessor=lambda a: a.country.name),
            Column("hub", label=_("Hub"), accessor=lambda a: a.hub or _("Network-wide")),
            Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
            Column(
                "requested_amount",
                label=_("Amount"),
                accessor=lambda a: money(a.requested_amount, a.call.currency),
                classname="sc-nowrap",
            ),
            DateColumn("submitted_at", label=_("Submitted on"), sort_key="submitted_at"),
        ]

    def as_spreadsheet(self, queryset, spreadsheet_format):
        """Our own sheet (readable names, every answer, reviewers' scores for staff)."""
        sheet = ApplicationSheet(self.request.user)
        if spreadsheet_format == self.FORMAT_XLSX:
            content, kind = sheet.xlsx(queryset), XLSX
        else:
            content, kind = sheet.csv(queryset), "text/csv; charset=utf-8"
        response = HttpResponse(content, content_type=kind)
        name = f"{_('applications')}-{timezone.localdate():%Y-%m-%d}.{spreadsheet_format}"
        response["Content-Disposition"] = content_disposition_header(True, name)
        return response

    def render_to_response(self, context, **response_kwargs):
        if self.is_export and context["object_list"].count() > sc_settings.EXPORT_INLINE_ROWS:
            from ..exports import build_export

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


def _without_export(query):
    query = query.copy()
    query.pop("export", None)
    return query.urlencode()
