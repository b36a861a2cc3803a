import django_filters
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from sc_wagtail.core.models import Hub

from .choices import EventType


class EventFilter(django_filters.FilterSet):
    hub = django_filters.ModelChoiceFilter(
        label=_("Hub"), queryset=Hub.objects.none(), to_field_name="slug", empty_label=_("All hubs")
    )
    type = django_filters.ChoiceFilter(
        field_name="event_type",
        label=_("Type"),
        choices=EventType.choices,
        empty_label=_("All types"),
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"), choices=[], empty_label=_("All countries")
    )
    year = django_filters.ChoiceFilter(
        field_name="start_date__year", label=_("Year"), choices=[], empty_label=_("All years")
    )

    def __init__(
        self,
        data=None,
        queryset=None,
        *,
        locale,
        request=None,
        years=(),
        country_codes=(),
        **kwargs,
    ):
        super().__init__(data, queryset, request=request, **kwargs)
        self.filters["hub"].queryset = Hub.objects.filter(locale=locale)
        self.filters["year"].extra["choices"] = [(y, str(y)) for y in years]
        self.filters["country"].extra["choices"] = sorted(
            ((code, countries.name(code)) for code in country_codes), key=lambda c: c[1]
        )
