"""manage.py import_wordpress EXPORT.xml [--uploads DIR] [--translations icl_translations.csv]
[--mapping mapping.toml] [--dry-run] [--publish-machine-translations-with-notice]
[--warnings warnings.csv] [--user USERNAME]"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from sc_wagtail.wordpress import mapping
from sc_wagtail.wordpress.importer import WordPressImport
from sc_wagtail.wordpress.wxr import ExportError


class Command(BaseCommand):
    help = (
        "Import a WordPress + WPML export (WXR): posts, pages, events and files in their "
        "languages, WPML copies as machine drafts for review, and redirects from old URLs."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="the WXR file (Tools > Export in WordPress)")
        parser.add_argument("--uploads", help="a copy of wp-content/uploads")
        parser.add_argument("--translations", help="a CSV dump of WPML's icl_translations")
        parser.add_argument("--mapping", help="a TOML file: what becomes what")
        parser.add_argument("--dry-run", action="store_true", help="write nothing, report all")
        parser.add_argument(
            "--publish-machine-translations-with-notice",
            action="store_true",
            dest="with_notice",
            help="publish WPML's copies now, behind the machine-translation notice, until "
            "their reviewed version is published",
        )
        parser.add_argument(
            "--warnings", help="where to write the CSV of warnings (default: beside the export)"
        )
        parser.add_argument("--user", help="the person the import is recorded as")

    def handle(self, *args, **options):
        export = Path(options["export"])
        if not export.is_file():
            raise CommandError(f"{export}: no such file")
        for name in ("uploads",):
            if options[name] and not Path(options[name]).is_dir():
                raise CommandError(f"--{name} {options[name]}: no such directory")
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"--user {options['user']}: no such user")
        try:
            chosen = mapping.load(options["mapping"])
            run = WordPressImport(
                export,
                uploads=options["uploads"],
                translations=options["translations"],
                mapping=chosen,
                dry_run=options["dry_run"],
                with_notice=options["with_notice"],
                user=user,
            )
            report = run.run()
        except (ExportError, ValueError) as error:
            raise CommandError(f"{export}: {error}") from error
        title = "Dry run: nothing was written" if options["dry_run"] else "Import finished"
        self.stdout.write(self.style.SUCCESS(title))
        for line in report.lines():
            self.stdout.write(f"  {line}")
        warnings_path = Path(options["warnings"] or export.with_suffix(".warnings.csv"))
        if report.warnings:
            report.write_csv(warnings_path)
            self.stdout.write(f"  every warning, with its WordPress id and URL: {warnings_path}")
