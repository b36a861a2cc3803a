"""manage.py anonymise_applications: apply the retention period to closed applications."""

from django.core.management.base import BaseCommand

from sc_wagtail.conf import sc_settings
from sc_wagtail.forms.retention import anonymise, due


class Command(BaseCommand):
    help = (
        "Remove the personal data and files of closed applications older than "
        "SC_WAGTAIL['APPLICATION_RETENTION_MONTHS'] months, keeping their figures."
    )

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, default=None)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, months=None, dry_run=False, **options):
        months = sc_settings.APPLICATION_RETENTION_MONTHS if months is None else months
        applications = list(due(months))
        for application in applications:
            if dry_run:
                self.stdout.write(f"Would anonymise {application.reference}")
            else:
                anonymise(application)
                self.stdout.write(f"Anonymised {application.reference}")
        verb = "would be" if dry_run else "were"
        self.stdout.write(
            f"{len(applications)} closed applications older than {months} months {verb} anonymised."
        )
