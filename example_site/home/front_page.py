"""What the home page shows besides its own text, in the page's language: the latest news,
the next events, the fund calls open now (with the page where cities apply) and the
network's impact figures, each with a link to its section. A fixed number of queries."""

from django.utils import timezone

from sc_wagtail.core.formatting import moment_phrase, money, zone_phrase
from sc_wagtail.core.privacy import public
from sc_wagtail.events.listing import upcoming_events
from sc_wagtail.events.models import EventIndexPage
from sc_wagtail.forms.calls import FundCall
from sc_wagtail.impact.models import ImpactPage
from sc_wagtail.impact.queries import impact
from sc_wagtail.news.listing import news_for_listing
from sc_wagtail.news.models import NewsIndexPage

LATEST = 3


def _section(page_type, locale):
    return public(page_type.objects.live()).filter(locale=locale).order_by("path").first()


def _pages_with_forms(home, calls):
    """call pk -> the live page below ``home`` that embeds its application form."""
    from .models import ContentPage

    wanted = {call.pk for call in calls}
    found = {}
    pages = public(ContentPage.objects.live()).descendant_of(home).filter(locale=home.locale)
    for page in pages.order_by("path"):
        for block in page.body.raw_data:
            call_pk = block["value"].get("call") if block["type"] == "application_form" else None
            if call_pk in wanted:
                found.setdefault(call_pk, page)
    return found


def front_page_sections(home):
    locale = home.locale
    now = timezone.now()
    calls = list(
        FundCall.objects.filter(locale=locale, opens_at__lte=now, closes_at__gt=now).order_by(
            "closes_at"
        )
    )
    forms = _pages_with_forms(home, calls) if calls else {}
    return {
        "latest_news": news_for_listing(locale)[:LATEST],
        "news_index": _section(NewsIndexPage, locale),
        "upcoming_events": upcoming_events(locale)[:LATEST],
        "events_index": _section(EventIndexPage, locale),
        "open_calls": [
            {
                "call": call,
                "page": forms.get(call.pk),
                "closes": moment_phrase(call.closes_at, call.time_zone),
                "zone": zone_phrase(call.time_zone, call.closes_at),
                "maximum": money(call.maximum_amount, call.currency),
            }
            for call in calls
        ],
        "impact_totals": impact(locale).totals,
        "impact_page": _section(ImpactPage, locale),
    }
