"""manage.py glossary_import FILE.csv: create or update glossary terms from CSV."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from sc_wagtail.translation.glossary_terms import GlossaryImportError, import_glossary
from sc_wagtail.translation.qa.glossary import Glossary, GlossaryError


class Command(BaseCommand):
    help = (
        "Import glossary terms from the CSV format of `glossary_export`. The renderings are "
        "recorded as approved by --user."
    )

    def add_arguments(self, parser):
        parser.add_argument("csv_file")
        parser.add_argument("--user", help="Username recorded as the approver.")

    def handle(self, csv_file, user=None, **options):
        approver = None
        if user:
            approver = get_user_model().objects.filter(username=user).first()
            if approver is None:
                raise CommandError(f"No user {user!r}.")
        try:
            with open(csv_file, encoding="utf-8-sig", newline="") as stream:
                glossary = Glossary.from_csv(stream)
            result = import_glossary(glossary, approver)
        except (OSError, GlossaryError, GlossaryImportError) as exc:
            raise CommandError(f"{csv_file}: {exc}") from exc
        self.stdout.write(
            f"Imported {result.terms} glossary terms and {result.renderings} renderings."
        )
        for skipped in result.skipped:
            self.stderr.write(f"Skipped {skipped}: no rendering, or no such locale.")
