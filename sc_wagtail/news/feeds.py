"""RSS 2.0 and Atom feeds of a news index, honouring its filters (e.g. ?hub=<slug>)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from .views import filtered_news

FEED_SIZE = 30


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.language = self.index_page.locale.language_code  # Django reads an attribute
        filterset, self.pages, _query = filtered_news(self.index_page, request)
        valid = filterset.is_bound and filterset.is_valid()
        self.hub = filterset.form.cleaned_data.get("hub") if valid else None
        return self.index_page

    def title(self, obj):
        if self.hub:
            return f"{obj.title} · {self.hub.name}"
        return obj.title

    def link(self, obj):
        return obj.get_full_url(self.request)

    def description(self, obj):
        return obj.intro or _("News and event reports from the network.")

    def items(self, obj):
        return self.pages.prefetch_related("authors")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return max(item.last_published_at or item.published_at, item.published_at)

    def author_name(self, obj):
        # Atom requires an author (RFC 4287): the site, for entries that name nobody.
        return obj.get_site().site_name if obj.get_site() else obj.title

    def item_author_name(self, item):
        names = [author.name for author in item.authors.all()]
        return ", ".join(names) if names else None

    def item_categories(self, item):
        return [item.article_type.name, *(theme.name for theme in item.theme_list)]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
