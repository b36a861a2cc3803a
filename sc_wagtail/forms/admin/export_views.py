"""The user's own exports, built by the worker."""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from .. import roles
from ..models import ApplicationExport


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
