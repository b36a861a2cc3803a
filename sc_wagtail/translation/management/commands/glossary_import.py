"""manage.py glossary_import FILE.csv: create or update glossary terms from CSV."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from sc_wagtail.translation.models import GlossaryRendering, GlossaryTerm
from sc_wagtail.translation.qa.glossary import Glossary, GlossaryError


class Command(BaseCommand):
    help = "Import glossary terms from the CSV format of `glossary_export`."

    def add_arguments(self, parser):
        parser.add_argument("csv_file")

    @transaction.atomic
    def handle(self, csv_file, **options):
        try:
            with open(csv_file, encoding="utf-8-sig", newline="") as stream:
                glossary = Glossary.from_csv(stream)
        except (OSError, GlossaryError) as exc:
            raise CommandError(f"{csv_file}: {exc}") from exc
        for term in glossary.terms:
            entry, _ = GlossaryTerm.objects.update_or_create(
                term=term.term,
                defaults={"note": term.note, "do_not_translate": term.do_not_translate},
            )
            for language in set(term.renderings) | {k for k, v in term.forbidden.items() if v}:
                GlossaryRendering.objects.update_or_create(
                    entry=entry,
                    language_code=language,
                    defaults={
                        "rendering": term.renderings.get(language, ""),
                        "forbidden": "\n".join(term.forbidden.get(language, [])),
                    },
                )
        self.stdout.write(f"Imported {len(glossary)} glossary terms.")
