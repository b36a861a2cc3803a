"""The public search page: results in the reader's language only, filters, pagination."""

from django import forms
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from sc_wagtail.core.models import Hub

from .models import SearchEntry
from .query import Filters, highlight, search

PAGE_SIZE = 10
KINDS = [
    ("", _("Everything")),
    ("news", _("News and reports")),
    ("event", _("Events")),
    ("hub", _("Regional hubs")),
    ("page", _("Other pages")),
]

KIND_LABELS = dict(KINDS)


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), max_length=200, required=False)
    type = forms.ChoiceField(label=_("Type"), choices=KINDS, required=False)
    hub = forms.ChoiceField(label=_("Hub"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False, empty_value=None)

    def __init__(self, data, locale):
        super().__init__(data)
        self.hubs = {hub.slug: hub for hub in Hub.objects.filter(locale=locale).order_by("name")}
        self.fields["hub"].choices = [("", _("All hubs"))] + [
            (slug, hub.name) for slug, hub in self.hubs.items()
        ]
        years = (
            SearchEntry.objects.filter(locale=locale, year__isnull=False)
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )
        self.fields["year"].choices = [("", _("All years"))] + [(y, str(y)) for y in years]

    def filters(self):
        data = self.cleaned_data
        hub = self.hubs.get(data.get("hub") or "")
        return Filters(
            kind=data.get("type") or "",
            hub_key=hub.translation_key if hub else None,
            year=data.get("year"),
        )


def search_view(request):
    locale = Locale.objects.get(language_code=get_language())
    form = SearchForm(request.GET, locale)
    page_obj = None
    # A bad filter (a year from an old link) is shown on its field; the words still search.
    form.is_valid()
    text = (form.cleaned_data.get("q") or "").strip()
    if text:
        page_obj = Paginator(search(locale, text, form.filters()), PAGE_SIZE).get_page(
            request.GET.get("page")
        )
        for entry in page_obj.object_list:
            entry.excerpt = highlight(entry.text or entry.title, text, locale.language_code)
            entry.url = entry.page.get_url(request)
            entry.kind_label = KIND_LABELS.get(entry.kind, "")
    query = request.GET.copy()
    query.pop("page", None)
    return TemplateResponse(
        request,
        "sc_search/search.html",
        {
            "form": form,
            "search_text": text,
            "page_obj": page_obj,
            "results": page_obj.object_list if page_obj else [],
            "filter_query": query.urlencode(),
        },
    )
