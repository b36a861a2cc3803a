"""What every fund admin view shares: finding the application, refusing an action."""

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.permission_policies.base import BasePermissionPolicy

from .. import roles
from ..models import Application


class ApplicationPermissionPolicy(BasePermissionPolicy):
    """Nobody adds, edits or deletes applications in the admin (they change through the
    workflow only); fund users view the ones their role gives them."""

    def user_has_permission(self, user, action):
        return action == "view" and roles.is_fund_user(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return action == "view" and roles.can_view(user, instance)[0]

    def instances_user_has_permission_for(self, user, action):
        if action != "view":
            return Application.objects.none()
        return roles.visible_applications(user)


def visible_or_404(request, pk):
    """The application, if the user may at least see it in their listing; else 404."""
    queryset = roles.visible_applications(request.user).select_related("call", "hub")
    return get_object_or_404(queryset, pk=pk)


def refuse(request, reason):
    return TemplateResponse(request, "sc_forms/admin/refused.html", {"reason": reason}, status=403)


def inspect_url(application):
    return reverse("sc_forms_application:inspect", args=[application.pk])
