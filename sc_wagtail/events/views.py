"""Event listings (upcoming, past), filters, and a month grid that needs no JavaScript."""

import calendar
import datetime

from django.core.paginator import Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone

from .filters import EventFilter
from .listing import events_for_listing, past_events, upcoming_events


def filtered_events(index_page, request, pages):
    """(filterset, events, query string without page) for any of the event views."""
    every = events_for_listing(index_page.locale, within=index_page).order_by()
    years = sorted({d.year for d in every.values_list("start_date", flat=True)}, reverse=True)
    country_codes = sorted(set(every.exclude(country="").values_list("country", flat=True)))
    filterset = EventFilter(
        request.GET or None,
        queryset=pages,
        request=request,
        years=years,
        country_codes=country_codes,
        locale=index_page.locale,
    )
    results = filterset.qs if filterset.is_bound and filterset.is_valid() else pages
    query = request.GET.copy()
    query.pop("page", None)
    return filterset, results, query.urlencode()


def event_listing(index_page, request, when):
    pages = (upcoming_events if when == "upcoming" else past_events)(
        index_page.locale, within=index_page
    )
    filterset, results, filter_query = filtered_events(index_page, request, pages)
    page_obj = Paginator(results, index_page.page_size).get_page(request.GET.get("page"))
    context = index_page.get_context(request)
    context.update(
        filter=filterset,
        page_obj=page_obj,
        events=page_obj.object_list,
        when=when,
        filter_query=filter_query,
    )
    return TemplateResponse(request, index_page.get_template(request), context)


def month_view(index_page, request, year=None, month=None):
    today = timezone.localdate()
    year, month = int(year or today.year), int(month or today.month)
    if not (1 <= month <= 12 and 2000 <= year <= 2100):
        raise Http404
    first = datetime.date(year, month, 1)
    last = datetime.date(year, month, calendar.monthrange(year, month)[1])
    pages = (
        events_for_listing(index_page.locale, within=index_page)
        .filter(start_date__lte=last, end_date__gte=first)
        .order_by("starts_at")
    )
    filterset, results, filter_query = filtered_events(index_page, request, pages)
    by_day = {}
    for event in results:
        day = max(event.start_date, first)
        while day <= min(event.end_date, last):
            by_day.setdefault(day, []).append(event)
            day += datetime.timedelta(days=1)
    weeks = [
        [
            {"date": day, "in_month": day.month == month, "events": by_day.get(day, [])}
            for day in week
        ]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    ]
    previous = first - datetime.timedelta(days=1)
    following = last + datetime.timedelta(days=1)
    context = index_page.get_context(request)
    context.update(
        filter=filterset,
        weeks=weeks,
        month_start=first,
        filter_query=filter_query,
        when="month",
        month_events=results,
        previous_month=(previous.year, previous.month),
        next_month=(following.year, following.month),
        weekday_dates=[week["date"] for week in weeks[0]],
    )
    return TemplateResponse(request, "sc_events/event_month.html", context)
