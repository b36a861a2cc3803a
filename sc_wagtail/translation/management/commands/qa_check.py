"""manage.py qa_check: the command-line QA checker, with the site's glossary by default."""

import sys

from django.core.management.base import BaseCommand

from sc_wagtail.conf import sc_settings
from sc_wagtail.translation.models import site_glossary
from sc_wagtail.translation.qa.cli import main


class Command(BaseCommand):
    help = "Check translation files (.txt, .html, .po, .xlf) against the site's glossary."

    def run_from_argv(self, argv):
        # argparse of the QA tool itself, so both entry points take the same options.
        self._called_from_command_line = True
        status = main(
            argv[2:],
            prog=f"{argv[0]} qa_check",
            glossary_loader=site_glossary,
            default_source=sc_settings.SOURCE_LOCALE,
        )
        sys.exit(status)

    def handle(self, *args, **options):
        return None
