"""manage.py delete_expired_drafts: what the worker's daily schedule does, run by hand."""

from django.core.management.base import BaseCommand

from sc_wagtail.forms.drafts import delete_expired


class Command(BaseCommand):
    help = (
        "Delete applications saved to continue later and untouched for "
        "SC_WAGTAIL['FUND_DRAFT_DAYS'] days, and files held for forms never submitted."
    )

    def handle(self, *args, **options):
        drafts, files = delete_expired()
        self.stdout.write(f"Deleted {drafts} drafts and {files} held files.")
