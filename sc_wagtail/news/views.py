from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from .filters import NewsFilter
from .listing import news_for_listing


def filtered_news(index_page, request):
    """(filterset, pages, query string without page): shared by the listing and the feeds,
    so a feed link carries exactly the listing's filters."""
    pages = news_for_listing(index_page.locale, within=index_page)
    years = sorted(
        {d.year for d in pages.order_by().values_list("publication_date", flat=True).distinct()},
        reverse=True,
    )
    filterset = NewsFilter(
        request.GET or None, queryset=pages, request=request, years=years, locale=index_page.locale
    )
    results = filterset.qs if filterset.is_bound and filterset.is_valid() else pages
    query = request.GET.copy()
    query.pop("page", None)
    return filterset, results.distinct(), query.urlencode()


def news_listing(index_page, request):
    filterset, results, filter_query = filtered_news(index_page, request)
    page_obj = Paginator(results, index_page.page_size).get_page(request.GET.get("page"))
    context = index_page.get_context(request)
    context.update(
        filter=filterset,
        page_obj=page_obj,
        news_pages=page_obj.object_list,
        filter_query=filter_query,
    )
    return TemplateResponse(request, index_page.get_template(request), context)
