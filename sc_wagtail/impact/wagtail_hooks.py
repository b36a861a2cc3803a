from django.apps import apps
from wagtail import hooks
from wagtail.fields import StreamField
from wagtail.models import Page

from sc_wagtail.blocks.report import has_report

from .blocks import BodyWithImpactBlock
from .models import ReportFigures


def _pages_with_figures():
    """Page models with a body that can hold the impact figures block."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page)
        and any(
            isinstance(f, StreamField) and isinstance(f.stream_block, BodyWithImpactBlock)
            for f in model._meta.local_fields
        )
    ]


@hooks.register("sc_cache_dependents")
def impact_figures(page):
    """Impact figures sum every live report: the pages that can show them change with one."""
    counted = ReportFigures.objects.filter(translation_key=page.translation_key).exists()
    if not (has_report(page) or counted):
        return []
    pages = []
    for model in _pages_with_figures():
        pages.extend(model.objects.live().only("id"))
    return pages
