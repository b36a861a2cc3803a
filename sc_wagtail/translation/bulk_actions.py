"""Wagtail's "Publish" bulk action, page by page: a translation the gate holds back is named
with the reason and left unpublished; the other pages are published."""

from django.contrib import messages
from django.db import transaction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction

from .gate import TranslationNotReviewed


class GatedPublishBulkAction(PublishBulkAction):
    def get_execution_context(self):
        self.held = []
        return {**super().get_execution_context(), "held": self.held}

    @classmethod
    def execute_action(cls, objects, held=None, **kwargs):
        parents = children = 0
        for page in objects:
            try:
                with transaction.atomic():
                    done = super().execute_action([page], **kwargs)
            except TranslationNotReviewed as refusal:
                if held is not None:
                    held.append(f"{page.get_admin_display_title()}: {refusal}")
                continue
            parents, children = parents + done[0], children + done[1]
        return parents, children

    def get_success_message(self, num_parent_objects, num_child_objects):
        for line in getattr(self, "held", []):
            messages.error(self.request, line)
        if not num_parent_objects:
            return None
        return super().get_success_message(num_parent_objects, num_child_objects)
