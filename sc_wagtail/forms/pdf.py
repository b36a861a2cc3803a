"""An application as a PDF, for files and meetings, through sc_wagtail.pdf's locked-down
renderer (it fetches nothing but the site's own static files)."""

from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Site

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.locales import direction
from sc_wagtail.pdf.sandbox import write_pdf


def application_pdf(application, language):
    site = Site.objects.filter(is_default_site=True).first()
    base_url = (site.root_url if site else "http://localhost") + "/"
    with translation.override(language):
        html = render_to_string(
            "sc_forms/application_pdf.html",
            {
                "application": application,
                "call": application.call,
                "files": list(application.files.all()),
                "language": language,
                "direction": direction(language),
            },
        )
    pdf, _refused, _peak = write_pdf(
        html,
        base_url,
        timeout=sc_settings.PDF_RENDER_TIMEOUT_SECONDS,
        memory_bytes=sc_settings.PDF_RENDER_MEMORY_BYTES,
    )
    return pdf
