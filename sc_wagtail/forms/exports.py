"""Exports of the filtered application list. Small ones are streamed by the listing itself
(Wagtail's CSV/XLSX export); above EXPORT_INLINE_ROWS a task builds the file on the
worker, and the user downloads it from their exports page when it is ready."""

import io

from django.core.files.base import ContentFile
from django.db.models import Q
from django.http import QueryDict
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from sc_wagtail.core.spreadsheets import TextCellsMixin

from . import roles
from .models import ApplicationExport

LIST_EXPORT = [
    "reference",
    "status",
    "call",
    "hub",
    "city_name",
    "country",
    "contact_name",
    "contact_role",
    "email",
    "phone",
    "project_title",
    "requested_amount",
    "language",
    "submitted_at",
]
SEARCH_FIELDS = ["reference", "project_title", "city_name", "contact_name"]


class Spreadsheet(TextCellsMixin, SpreadsheetExportMixin):
    """Wagtail's own CSV/XLSX writer, outside a view: the same columns as the listing's."""

    list_export = LIST_EXPORT


def filtered_applications(user, query):
    """What the listing shows ``user`` for this query string (filters and search)."""
    from .admin.listing import ApplicationFilterSet

    data = QueryDict(query)
    queryset = roles.visible_applications(user).select_related("call", "hub")
    queryset = ApplicationFilterSet(data, queryset=queryset, user=user).qs
    words = data.get("q", "").strip()
    if words:
        condition = Q()
        for field in SEARCH_FIELDS:
            condition |= Q(**{f"{field}__icontains": words})
        queryset = queryset.filter(condition)
    return queryset.order_by("-submitted_at")


def build_export(export_id):
    """Background task: write the export file (retried on failure)."""
    export = ApplicationExport.objects.select_related("user").get(pk=export_id)
    if export.state == ApplicationExport.State.READY:
        return "already built"
    queryset = filtered_applications(export.user, export.query)
    writer = Spreadsheet()
    if export.format == "xlsx":
        output = io.BytesIO()
        writer.write_xlsx(queryset, output)
        content = output.getvalue()
    else:
        content = b"".join(
            line if isinstance(line, bytes) else line.encode("utf-8")
            for line in writer.stream_csv(queryset)
        )
    export.rows = queryset.count()
    export.file.save(f"applications.{export.format}", ContentFile(content), save=False)
    export.state = ApplicationExport.State.READY
    export.error = ""
    export.save()
    return f"{export.rows} rows"
