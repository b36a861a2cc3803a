from django.template.loader import render_to_string
from wagtail import hooks


@hooks.register("sc_report_actions")
def pdf_download_link(request, page):
    # render_to_string returns safe, autoescaped HTML.
    return render_to_string("sc_pdf/download_link.html", {"page": page}, request=request)
