"""Exports of the filtered application list (columns: spreadsheet.py). Small ones are written
by the listing's request; above EXPORT_INLINE_ROWS a task builds the file on the
worker, and the user downloads it from their exports page when it is ready."""

from django.conf import settings
from django.core.files.base import ContentFile
from django.db.models import Q
from django.http import QueryDict
from django.utils import translation

from . import roles
from .models import ApplicationExport
from .spreadsheet import ApplicationSheet

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
    sheet = ApplicationSheet(export.user)
    # Headings and names in the language of the person who asked (their admin language).
    with translation.override(_admin_language(export.user)):
        content = sheet.xlsx(queryset) if export.format == "xlsx" else sheet.csv(queryset)
    export.rows = queryset.count()
    export.file.save(f"applications.{export.format}", ContentFile(content), save=False)
    export.state = ApplicationExport.State.READY
    export.error = ""
    export.save()
    return f"{export.rows} rows"


def _admin_language(user):
    profile = getattr(user, "wagtail_userprofile", None)
    return getattr(profile, "preferred_language", "") or settings.LANGUAGE_CODE
