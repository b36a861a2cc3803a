from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap

from .privacy import public


class AllLocalesSitemap(Sitemap):
    """Wagtail's sitemap lists one locale's tree; this one lists the live, public pages
    of every locale's copy of the site root."""

    def items(self):
        from wagtail.models import Page

        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_root = Q()
        for path in roots.values_list("path", flat=True):
            in_any_root |= Q(path__startswith=path)
        return (
            public(Page.objects.filter(in_any_root).live())
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
