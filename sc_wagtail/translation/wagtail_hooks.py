from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_entry import review_instead
from .bulk_actions import GatedPublishBulkAction
from .models import GlossaryTerm
from .permissions import can_review, reviewable_language_codes


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    list_display = ["term", "do_not_translate"]
    list_filter = ["do_not_translate"]
    search_fields = ["term", "note"]
    menu_label = _("Glossary")
    add_to_admin_menu = True


register_snippet(GlossaryViewSet)


# Registered after Wagtail's own "publish" action, which it replaces.
hooks.register("register_bulk_action", GatedPublishBulkAction, order=100)


@hooks.register("register_admin_urls")
def wagtail_localize_snippet_api():
    """wagtail-localize's snippet API, limited to permitted snippets: ahead of its own routes
    (our hooks are registered first)."""
    from .snippets_api import PermittedSnippetViewSet

    return [
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
            PermittedSnippetViewSet.as_view({"get": "list"}),
        ),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
            PermittedSnippetViewSet.as_view({"get": "retrieve"}),
        ),
    ]


@hooks.register("register_admin_viewset")
def translation_admin():
    from .viewsets import TranslationAdminViewSet

    return TranslationAdminViewSet()


@hooks.register("register_page_header_buttons")
def translation_progress_button(page, user, view_name=None, next_url=None):
    """A translated page's header shows its review progress: "12 of 20 segments approved"."""
    from .gate import translation_for
    from .review import segment_states, summary

    translation = translation_for(page)
    if translation is None:
        return []
    approved, total = summary(segment_states(translation.source, translation.target_locale))
    label = _("Translation review: %(approved)s of %(total)s segments approved") % {
        "approved": approved,
        "total": total,
    }
    if can_review(user, translation.target_locale):
        url = reverse("sc_translation_admin:review", args=[translation.pk])
    else:
        url = reverse("sc_translation_admin:status") + f"?locale={page.locale.language_code}"
    return [Button(label, url, icon_name="doc-full", priority=5)]


@hooks.register("register_log_actions")
def gate_log_actions(actions):
    from .guards import GATE_HELD

    def message(log_entry):
        reason = (log_entry.data or {}).get("reason", "")
        return _("Scheduled publishing held back by the translation review: %(reason)s") % {
            "reason": reason
        }

    actions.register_action(GATE_HELD, _("Publishing held back for review"), message)


# Before wagtail-localize's own hooks (order 0), which open its editor.
@hooks.register("before_edit_page", order=-10)
def review_screen_for_translated_pages(request, page):
    return review_instead(request, page)


@hooks.register("before_edit_snippet", order=-10)
def review_screen_for_translated_snippets(request, instance):
    return review_instead(request, instance)


def _tell_editor_about_drafts(request, page):
    """After an editor publishes in the source language: which languages are being drafted,
    and that their reviewers will be told."""
    from wagtail_localize.machine_translators import get_machine_translator

    from sc_wagtail.conf import sc_settings

    from .gate import gate_applies
    from .progress_labels import drafting_message

    published = request.method == "POST" and "action-publish" in request.POST
    if not published or page.locale.language_code != sc_settings.SOURCE_LOCALE:
        return
    if not page.live or get_machine_translator() is None or not gate_applies():
        return
    message = drafting_message(page)
    if message:
        messages.info(request, message)


hooks.register("after_edit_page", _tell_editor_about_drafts)
hooks.register("after_create_page", _tell_editor_about_drafts)


class WaitingForReviewPanel(Component):
    """Admin home: what waits for this reviewer, oldest first, with links."""

    name = "sc_translation_waiting"
    order = 80
    template_name = "sc_translation/admin/waiting_panel.html"
    LIMIT = 10

    def __init__(self, codes):
        self.codes = codes

    def get_context_data(self, parent_context):
        from django.db.models import Count, F, Q, Sum

        from .states import NEEDS_REVIEW
        from .status import TranslationProgress

        rows = (
            TranslationProgress.objects.filter(
                locale__language_code__in=self.codes, translation__isnull=False
            )
            .filter(Q(status__in=NEEDS_REVIEW) | Q(reported__gt=0))
            .select_related("locale")
            .order_by("changed_at", "pk")
        )
        totals = rows.aggregate(items=Count("pk"), segments=Sum(F("total") - F("approved")))
        return {
            "rows": [
                {
                    "row": row,
                    "waiting": row.total - row.approved,
                    "url": reverse("sc_translation_admin:review", args=[row.translation_id]),
                }
                for row in rows[: self.LIMIT]
            ],
            "items": totals["items"] or 0,
            "segments": totals["segments"] or 0,
            "more": max((totals["items"] or 0) - self.LIMIT, 0),
            "queue_url": reverse("sc_translation_admin:queue"),
        }


@hooks.register("construct_homepage_panels")
def waiting_for_review_panel(request, panels):
    codes = reviewable_language_codes(request.user)
    if codes:
        panels.append(WaitingForReviewPanel(codes))
