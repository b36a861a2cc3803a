"""Querysets for news listings: a fixed number of SQL queries, whatever the page size."""

from django.db.models import Prefetch

from sc_wagtail.core.pages import live_in_locale

from .models import NewsPage, NewsPageTheme


def news_for_listing(locale, within=None):
    """Live news pages of a locale, newest first, with what a listing card shows."""
    return (
        live_in_locale(NewsPage, locale, within)
        .select_related("article_type", "hub", "listing_image", "locale")
        .prefetch_related(
            "listing_image__renditions",
            Prefetch("themes", queryset=NewsPageTheme.objects.select_related("theme")),
        )
        .order_by("-publication_date", "-pk")
    )
