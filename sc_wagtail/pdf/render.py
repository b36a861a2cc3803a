"""Turn a page with a report into PDF bytes: the print template, then the capped renderer."""

import logging
import time

from babel.dates import format_date
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.encoding import uri_to_iri
from django.utils.translation import pgettext
from django_countries import countries

from sc_wagtail.blocks.report import report_section
from sc_wagtail.conf import sc_settings
from sc_wagtail.core.formatting import babel_locale, date_phrase
from sc_wagtail.core.locales import direction

from .sandbox import write_pdf

logger = logging.getLogger(__name__)


def site_root_url(page):
    """The page's site root URL: links in the PDF point there, and the fetcher serves only
    that origin's static and media files."""
    site = page.get_site()
    return (site.root_url if site else "http://localhost") + "/"


# Shown on the cover, so not repeated in the body.
COVER_BLOCKS = ("identity", "when", "where")


def cover_facts(page):
    """Dates, place and hub for the cover, from the report or else from the page itself."""
    when = report_section(page.report, "when")
    where = report_section(page.report, "where")
    if when:
        dates = date_phrase(when["start_date"], when["end_date"], when["precision"])
    elif getattr(page, "start_date", None):
        dates = date_phrase(page.start_date, page.end_date)
    elif getattr(page, "publication_date", None):
        dates = format_date(page.publication_date, "long", locale=babel_locale())
    else:
        dates = ""
    if where:
        city = where["city"].name if where["city"] else where["city_name"]
        parts = [where["venue"], city, countries.name(where["country"]) if where["country"] else ""]
    else:
        country = getattr(page, "country", None)
        parts = [
            getattr(page, "venue", ""),
            getattr(page, "place_name", ""),
            country.name if country else "",
        ]
    separator = pgettext("list separator", ", ")
    hub = getattr(page, "hub", None)
    return {
        "dates": dates,
        "place": separator.join(str(part) for part in parts if part),
        "hub": hub.name if hub else "",
    }


def report_html(page, base_url):
    language = page.locale.language_code
    with translation.override(language):
        return render_to_string(
            "sc_pdf/report.html",
            {
                "page": page,
                "language": language,
                "direction": direction(language),
                "cover": cover_facts(page),
                "cover_blocks": COVER_BLOCKS,
                "page_url": page.full_url,
                "page_url_display": uri_to_iri(page.full_url),
                "site_name": getattr(page.get_site(), "site_name", ""),
            },
        )


def render_page(page):
    """PDF bytes of ``page``'s report and a dict of figures about the render."""
    base_url = site_root_url(page)
    started = time.monotonic()
    html = report_html(page, base_url)
    pdf, refused, peak = write_pdf(
        html,
        base_url,
        timeout=sc_settings.PDF_RENDER_TIMEOUT_SECONDS,
        memory_bytes=sc_settings.PDF_RENDER_MEMORY_BYTES,
    )
    for url in refused:
        logger.warning("PDF of page %s: refused to fetch %s", page.pk, url)
    return pdf, {"seconds": time.monotonic() - started, "refused": refused, "peak_rss": peak}
