"""Working with a translation agency: a locale's pending segments out as PO or XLIFF 1.2,
the edited file back in (still to approve)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from ..exchange import MAX_IMPORT_BYTES, ExchangeError, export_po, export_xliff, import_units
from ..permissions import can_review


def _reviewable_locale(request, language_code):
    locale = get_object_or_404(Locale, language_code=language_code)
    if not can_review(request.user, locale):
        raise PermissionDenied
    return locale


def export_pending(request, language_code, file_format):
    """A locale's pending segments as a PO or XLIFF 1.2 file for a translation agency."""
    locale = _reviewable_locale(request, language_code)
    if file_format == "po":
        data, content_type = export_po(locale), "text/x-gettext-translation; charset=utf-8"
    else:
        data, content_type = export_xliff(locale), "application/x-xliff+xml; charset=utf-8"
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="pending-{language_code}.{"po" if file_format == "po" else "xlf"}"'
    )
    return response


@require_http_methods(["POST"])
def import_edited(request, language_code):
    locale = _reviewable_locale(request, language_code)
    upload = request.FILES.get("file")
    back = reverse("sc_translation_admin:queue")
    if upload is None:
        messages.error(request, _("Choose a file to import."))
        return redirect(back)
    try:
        result = import_units(locale, upload.name, upload.read(MAX_IMPORT_BYTES + 1), request.user)
    except ExchangeError as error:
        messages.error(request, str(error))
        return redirect(back)
    messages.success(
        request,
        _(
            "%(imported)s translations imported and waiting for approval; %(skipped)s skipped, "
            "%(unchanged)s unchanged."
        )
        % {
            "imported": result.imported,
            "skipped": len(result.skipped),
            "unchanged": result.unchanged,
        },
    )
    return redirect(back)
