from django.core.management.base import BaseCommand

from sc_wagtail.search.indexing import rebuild


class Command(BaseCommand):
    help = (
        "Index every live page for the public search now (after installing the app or a restore)."
    )

    def handle(self, *args, **options):
        count = rebuild()
        self.stdout.write(f"Indexed {count} live pages.")
