from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    list_display = ["term", "do_not_translate"]
    list_filter = ["do_not_translate"]
    search_fields = ["term", "note"]
    menu_label = _("Glossary")
    add_to_admin_menu = True


register_snippet(GlossaryViewSet)
