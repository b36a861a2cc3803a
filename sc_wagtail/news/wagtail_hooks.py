from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ArticleType


class ArticleTypeViewSet(SnippetViewSet):
    model = ArticleType
    icon = "tag"
    list_display = ["name", "slug", "is_event_report"]
    search_fields = ["name"]


register_snippet(ArticleTypeViewSet)
