"""Recompute every report's figures, e.g. after importing pages or changing categories."""

from django.core.management.base import BaseCommand
from wagtail.models import Page

from sc_wagtail.impact.figures import refresh
from sc_wagtail.impact.models import ReportFigures


class Command(BaseCommand):
    help = "Recompute the impact figures of every live event report."

    def handle(self, *args, **options):
        keys = set(Page.objects.filter(live=True).values_list("translation_key", flat=True))
        keys |= set(ReportFigures.objects.values_list("translation_key", flat=True))
        counted = sum(1 for key in keys if refresh(key) is not None)
        self.stdout.write(f"{counted} live reports counted.")
