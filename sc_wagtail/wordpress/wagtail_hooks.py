from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from . import admin_views
from .models import FigureSuggestion

urls = [
    path("", admin_views.runs, name="report"),
    path("figures/<int:page_id>/", admin_views.suggestions, name="suggestions"),
    path("figures/<int:page_id>/<int:suggestion_id>/", admin_views.decide, name="decide"),
]


@hooks.register("register_admin_urls")
def wordpress_urls():
    return [path("wordpress/", include((urls, "sc_wordpress"), namespace="sc_wordpress"))]


class ImportReportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_see_imports(request.user)


@hooks.register("register_reports_menu_item")
def imported_from_wordpress():
    return ImportReportMenuItem(
        _("Imported from WordPress"), reverse("sc_wordpress:report"), icon_name="download"
    )


@hooks.register("register_page_header_buttons")
def suggested_figures_button(page, user, view_name=None, next_url=None):
    """A report imported from WordPress: the figures its old text gives, to accept."""
    waiting = FigureSuggestion.objects.filter(
        page=page, status=FigureSuggestion.Status.PENDING
    ).count()
    if not waiting:
        return []
    label = _("Figures suggested from the imported text (%(count)s)") % {"count": waiting}
    url = reverse("sc_wordpress:suggestions", args=[page.pk])
    return [Button(label, url, icon_name="table", priority=6)]


OLD_QUERY_KEYS = ("p", "page_id", "attachment_id")


@hooks.register("before_serve_page")
def old_wordpress_query_urls(page, request, serve_args, serve_kwargs):
    """WordPress's ``/?p=12``, ``/?page_id=3`` and ``/?attachment_id=7`` reach the home page,
    which answers 200, so Wagtail's redirects (tried on a 404 only) never see them: follow
    the imported redirect here."""
    if not any(key in request.GET for key in OLD_QUERY_KEYS):
        return None
    from django.shortcuts import redirect as redirect_to
    from wagtail.contrib.redirects.middleware import get_redirect
    from wagtail.contrib.redirects.models import Redirect

    path = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
    found = get_redirect(request, path)
    if found is None or not found.link:
        return None
    return redirect_to(found.link, permanent=found.is_permanent)
