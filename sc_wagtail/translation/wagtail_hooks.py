from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .bulk_actions import GatedPublishBulkAction
from .models import GlossaryTerm
from .permissions import can_review


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
