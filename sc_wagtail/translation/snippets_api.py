"""wagtail-localize's admin snippet API (its editor's chooser), limited to the snippets the
user may see: as shipped it lists any snippet model to any admin user, HubStaff (who works
on which hub) included."""

from rest_framework.exceptions import PermissionDenied
from wagtail_localize.views.snippets_api import SnippetViewSet


def may_list(user, model):
    viewset = getattr(model, "snippet_viewset", None)
    if viewset is None:
        return False
    return viewset.permission_policy.user_has_any_permission(
        user, {"add", "change", "delete", "view"}
    )


class PermittedSnippetViewSet(SnippetViewSet):
    def get_queryset(self):
        model = self.get_model()
        if not may_list(self.request.user, model):
            raise PermissionDenied
        return super().get_queryset()
