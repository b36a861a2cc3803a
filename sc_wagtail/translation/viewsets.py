"""The translation admin as one Wagtail viewset: its URLs and its menu items."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from .permissions import reviewable_language_codes
from .views import agency, screen
from .views.listings import ReviewQueueView, StatusDashboardView


class ReviewerMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(reviewable_language_codes(request.user))


class TranslationAdminViewSet(ViewSet):
    name = "sc_translation_admin"
    url_prefix = "translations"

    def get_urlpatterns(self):
        queue = ReviewQueueView.as_view()
        dashboard = StatusDashboardView.as_view()
        return [
            path("review/", queue, name="queue"),
            path(
                "review/results/", ReviewQueueView.as_view(results_only=True), name="queue_results"
            ),
            path("review/<int:translation_id>/", screen.review_translation, name="review"),
            path("status/", dashboard, name="status"),
            path(
                "status/results/",
                StatusDashboardView.as_view(results_only=True),
                name="status_results",
            ),
            path(
                "export/<str:language_code>.<str:file_format>", agency.export_pending, name="export"
            ),
            path("import/<str:language_code>/", agency.import_edited, name="import"),
        ]

    def on_register(self):
        # Two menu items: the reviewer's queue and the dashboard.
        hooks.register(
            "register_admin_menu_item",
            lambda: ReviewerMenuItem(
                _("Translation review"),
                reverse(self.get_url_name("queue")),
                icon_name="doc-full",
                order=250,
            ),
        )
        hooks.register(
            "register_admin_menu_item",
            lambda: ReviewerMenuItem(
                _("Translation status"),
                reverse(self.get_url_name("status")),
                icon_name="table",
                order=251,
            ),
        )
