from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from sc_wagtail.core.sitemaps import AllLocalesSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The page decides the PDF's language, so these URLs need no locale prefix.
    path("", include("sc_wagtail.pdf.urls")),
    path("", include("sc_wagtail.translation.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLocalesSitemap}}, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# English, the source locale, has no prefix; the others live under /fr/, /es/, /ar/, /sq/.
urlpatterns += i18n_patterns(
    # The applicant's status page speaks the language of its URL.
    # "fonds/" in French; "fund/" keeps working for links sent before (reverse() gives the
    # last pattern of a name: the translated one).
    path("fund/", include("sc_wagtail.forms.urls")),
    path(_("fund/"), include("sc_wagtail.forms.urls")),
    path(_("search/"), include("sc_wagtail.search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
