"""The reviewer's queue and the status dashboard: Wagtail index views over the stored
progress rows (status.py), filtered with FilterSets, paginated, a fixed number of queries
whatever the amount of content."""

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.formatting import language_name

from ..permissions import reviewable_language_codes
from ..states import NEEDS_REVIEW, TranslationStatus
from ..status import TranslationProgress, refresh


def _reviewer_only(request):
    if not reviewable_language_codes(request.user):
        raise PermissionDenied


def _ensure_progress():
    """Sources that have no rows yet (written before the rows existed) get them now."""
    missing = TranslationSource.objects.filter(
        locale__language_code=sc_settings.SOURCE_LOCALE
    ).exclude(pk__in=TranslationProgress.objects.values("source"))
    ids = list(missing.values_list("pk", flat=True)[:500])
    if ids:
        refresh(ids)


def _language_choices(request):
    codes = reviewable_language_codes(request.user)
    return [(code, language_name(code)) for code in codes if code != sc_settings.SOURCE_LOCALE]


def progress_label(row):
    label = row.get_status_display()
    if row.status in (TranslationStatus.REVIEW, TranslationStatus.OUTDATED):
        label = _("%(status)s (%(approved)s of %(total)s)") % {
            "status": label,
            "approved": row.approved,
            "total": row.total,
        }
    return label


# --- the review queue -------------------------------------------------------------------
class QueueFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=gettext_lazy("Language"), field_name="locale__language_code", choices=[]
    )
    everything = django_filters.BooleanFilter(
        label=gettext_lazy("Show approved translations too"),
        method="filter_everything",
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = TranslationProgress
        fields = ["language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["language"].extra["choices"] = _language_choices(self.request)

    def filter_everything(self, queryset, name, value):
        return queryset  # the base queryset decides; see ReviewQueueView.get_base_queryset


def reported_label(row):
    if not row.reported:
        return ""
    return ngettext(
        "%(counter)s segment reported by a reader",
        "%(counter)s segments reported by readers",
        row.reported,
    ) % {"counter": row.reported}


class ReviewQueueView(IndexView):
    """Translations in the reviewer's languages with something to review, longest waiting
    first: machine drafts, reviews under way, live pages with changes, readers' reports."""

    model = TranslationProgress
    permission_policy = None
    filterset_class = QueueFilterSet
    paginate_by = 50
    default_ordering = "changed_at"
    page_title = gettext_lazy("Translation review")
    header_icon = "doc-full"
    index_url_name = "sc_translation_admin:queue"
    index_results_url_name = "sc_translation_admin:queue_results"
    template_name = "sc_translation/review_index.html"

    def dispatch(self, request, *args, **kwargs):
        _reviewer_only(request)
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        _ensure_progress()
        rows = TranslationProgress.objects.filter(
            locale__language_code__in=reviewable_language_codes(self.request.user),
            translation__isnull=False,
        ).select_related("locale")
        if not self.request.GET.get("everything"):
            rows = rows.filter(Q(status__in=NEEDS_REVIEW) | Q(reported__gt=0))
        return rows

    @property
    def columns(self):
        return [
            Column(
                "title",
                label=_("Page or snippet"),
                accessor=lambda row: format_html(
                    '<a href="{}">{}</a>',
                    reverse("sc_translation_admin:review", args=[row.translation_id]),
                    row.title,
                ),
            ),
            Column(
                "language",
                label=_("Language"),
                accessor=lambda row: language_name(row.locale.language_code),
            ),
            Column("status", label=_("Status"), accessor=progress_label),
            Column(
                "reported",
                label=_("Readers' reports"),
                accessor=reported_label,
            ),
            DateColumn("changed_at", label=_("Waiting since"), sort_key="changed_at"),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["languages"] = _language_choices(self.request)
        return context


# --- the status dashboard ---------------------------------------------------------------
KINDS = [("page", gettext_lazy("Pages")), ("snippet", gettext_lazy("Snippets"))]


class StatusFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        label=gettext_lazy("Kind"), choices=KINDS, method="filter_kind"
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=TranslationStatus.choices, method="filter_status"
    )
    locale = django_filters.ChoiceFilter(
        label=gettext_lazy("Language"), choices=[], method="filter_status"
    )
    mine = django_filters.BooleanFilter(
        label=gettext_lazy("My queue"), method="filter_mine", widget=forms.CheckboxInput
    )

    class Meta:
        model = TranslationSource
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["locale"].extra["choices"] = [
            (code, language_name(code))
            for code in sc_settings.LOCALES
            if code != sc_settings.SOURCE_LOCALE
        ]

    def _rows(self, **conditions):
        return TranslationProgress.objects.filter(source=OuterRef("pk"), **conditions)

    def filter_kind(self, queryset, name, value):
        return queryset.filter(Exists(self._rows(is_page=value == "page")))

    def filter_status(self, queryset, name, value):
        # Status and language together: a row in that language with that status.
        data = self.form.cleaned_data
        conditions = {}
        if data.get("status"):
            conditions["status"] = data["status"]
        if data.get("locale"):
            conditions["locale__language_code"] = data["locale"]
        return queryset.filter(Exists(self._rows(**conditions))) if conditions else queryset

    def filter_mine(self, queryset, name, value):
        if not value:
            return queryset
        codes = reviewable_language_codes(self.request.user)
        return queryset.filter(
            Exists(self._rows(locale__language_code__in=codes, status__in=NEEDS_REVIEW))
        )


class CellColumn(Column):
    """One target locale's status of a page or snippet, linked for its reviewers."""

    def __init__(self, locale, reviewable, cells):
        super().__init__(
            f"locale_{locale.language_code}", label=language_name(locale.language_code)
        )
        self.locale, self.reviewable, self.cells = locale, reviewable, cells

    def get_value(self, instance):
        row = self.cells.get((instance.pk, self.locale.pk))
        if row is None:
            return TranslationStatus.MISSING.label
        if row.translation_id and self.locale.language_code in self.reviewable:
            return format_html(
                '<a class="sc-status--{}" href="{}">{}</a>',
                row.status,
                reverse("sc_translation_admin:review", args=[row.translation_id]),
                progress_label(row),
            )
        return format_html('<span class="sc-status--{}">{}</span>', row.status, progress_label(row))


class StatusDashboardView(IndexView):
    """Every page and snippet in every locale, with counts per language."""

    model = TranslationSource
    permission_policy = None
    filterset_class = StatusFilterSet
    paginate_by = 50
    default_ordering = "-last_updated_at"
    page_title = gettext_lazy("Translation status")
    header_icon = "table"
    index_url_name = "sc_translation_admin:status"
    index_results_url_name = "sc_translation_admin:status_results"
    template_name = "sc_translation/status.html"

    def dispatch(self, request, *args, **kwargs):
        _reviewer_only(request)
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        _ensure_progress()
        return TranslationSource.objects.filter(
            locale__language_code=sc_settings.SOURCE_LOCALE
        ).select_related("specific_content_type")

    def locales(self):
        if not hasattr(self, "_locales"):
            wanted = self.request.GET.get("locale")
            codes = [c for c in sc_settings.LOCALES if c != sc_settings.SOURCE_LOCALE]
            self._locales = list(
                Locale.objects.filter(language_code__in=[wanted] if wanted in codes else codes)
            )
            order = {code: i for i, code in enumerate(sc_settings.LOCALES)}
            self._locales.sort(key=lambda locale: order[locale.language_code])
        return self._locales

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["counts"] = self.counts()
        context["statuses"] = TranslationStatus.choices
        return context

    def get_table(self, object_list):
        # The cells of the sources on this page only: one query.
        object_list = list(object_list)
        self.cells = {
            (row.source_id, row.locale_id): row
            for row in TranslationProgress.objects.filter(
                source__in=object_list, locale__in=self.locales()
            )
        }
        return super().get_table(object_list)

    @property
    def columns(self):
        reviewable = reviewable_language_codes(self.request.user)
        cells = getattr(self, "cells", {})
        return [
            Column(
                "object_repr",
                label=_("Page or snippet"),
                accessor=lambda source: format_html(
                    "{}{}",
                    source.object_repr,
                    ""
                    if issubclass(source.specific_content_type.model_class() or Page, Page)
                    else format_html(' <span class="help">({})</span>', _("snippet")),
                ),
            ),
            *(CellColumn(locale, reviewable, cells) for locale in self.locales()),
        ]

    def counts(self):
        """[(language, {status: n})] over everything, in one query."""
        found = {}
        for code, status, count in (
            TranslationProgress.objects.filter(locale__in=self.locales())
            .values_list("locale__language_code", "status")
            .annotate(count=Count("pk"))
        ):
            found.setdefault(code, {})[status] = count
        return [
            (language_name(locale.language_code), found.get(locale.language_code, {}))
            for locale in self.locales()
        ]
