"""Listing filters, read from the query string so filtered URLs can be shared."""

import django_filters
from django.utils.translation import gettext_lazy as _

from sc_wagtail.core.models import Hub, Theme

from .models import ArticleType


class NewsFilter(django_filters.FilterSet):
    hub = django_filters.ModelChoiceFilter(
        label=_("Hub"),
        queryset=Hub.objects.none(),
        to_field_name="slug",
        empty_label=_("All hubs"),
    )
    type = django_filters.ModelChoiceFilter(
        field_name="article_type",
        label=_("Type"),
        to_field_name="slug",
        queryset=ArticleType.objects.none(),
        empty_label=_("All types"),
    )
    theme = django_filters.ModelChoiceFilter(
        field_name="themes__theme",
        label=_("Theme"),
        to_field_name="slug",
        queryset=Theme.objects.none(),
        empty_label=_("All themes"),
    )
    year = django_filters.ChoiceFilter(
        field_name="publication_date__year",
        label=_("Year"),
        choices=[],
        empty_label=_("All years"),
    )

    def __init__(self, data=None, queryset=None, *, locale, request=None, years=(), **kwargs):
        super().__init__(data, queryset, request=request, **kwargs)
        # Choices come from the page's own locale: French pages filter by French records.
        for name, model in (("hub", Hub), ("type", ArticleType), ("theme", Theme)):
            self.filters[name].queryset = model.objects.filter(locale=locale)
        self.filters["year"].extra["choices"] = [(y, str(y)) for y in years]
