from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import City, Hub, Organisation, Theme


class HubViewSet(SnippetViewSet):
    model = Hub
    icon = "globe"
    list_display = ["name", "status", "sort_order"]
    list_filter = ["status"]
    search_fields = ["name"]


class CityViewSet(SnippetViewSet):
    model = City
    icon = "home"
    list_display = ["name", "country", "hub", "is_member"]
    list_filter = ["hub", "country", "is_member"]
    search_fields = ["name"]

    def get_queryset(self, request):
        return City.objects.select_related("hub", "locale")


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "acronym", "kind", "country"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "acronym"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (HubViewSet, CityViewSet, OrganisationViewSet, ThemeViewSet)
    menu_icon = "site"
    menu_label = _("Directory")
    menu_name = "directory"


register_snippet(DirectoryViewSetGroup)
