"""manage.py glossary_export: the site's glossary as CSV on standard output."""

from django.core.management.base import BaseCommand

from sc_wagtail.conf import sc_settings
from sc_wagtail.translation.models import site_glossary


class Command(BaseCommand):
    help = "Export the glossary as CSV (the format `glossary_import` and qa_check read)."

    def handle(self, *args, **options):
        languages = [c for c in sc_settings.LOCALES if c != sc_settings.SOURCE_LOCALE]
        self.stdout.write(site_glossary().to_csv(languages), ending="")
