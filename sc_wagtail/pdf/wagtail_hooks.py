from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail import hooks


@hooks.register("sc_report_actions")
def pdf_download_link(request, page):
    return mark_safe(  # noqa: S308 (a template we own, autoescaped)
        render_to_string("sc_pdf/download_link.html", {"page": page}, request=request)
    )
