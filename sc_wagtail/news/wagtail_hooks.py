from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from sc_wagtail.core.privacy import public

from .models import ArticleType, NewsPage


class ArticleTypeViewSet(SnippetViewSet):
    model = ArticleType
    icon = "tag"
    list_display = ["name", "slug", "is_event_report"]
    search_fields = ["name"]


register_snippet(ArticleTypeViewSet)


@hooks.register("sc_event_reports")
def news_reports_of(event):
    """The live, public news pages reporting on ``event``, in its locale. related_event is
    synchronised, so every copy of a report points at the source event."""
    return public(NewsPage.objects.live()).filter(
        related_event__translation_key=event.translation_key, locale=event.locale
    )
