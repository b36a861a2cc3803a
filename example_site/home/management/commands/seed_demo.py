"""Fill the example site with demo content in every locale. Safe to run again."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from wagtail.models import Locale

from example_site.demo import content, directory, fund, glossary, home, imported, review
from example_site.demo.accounts import grant_editors
from example_site.demo.text import catalogue
from example_site.demo.translate import translate_into
from sc_wagtail.conf import sc_settings
from sc_wagtail.translation.pipeline import paused


class Command(BaseCommand):
    help = "Create demo hubs, cities, themes, organisations and pages in all five locales."

    def handle(self, *args, **options):
        # The demo ships people's translations; machine drafts would only be overwritten.
        with paused():
            pages, records, article_types = self.seed()
        self.ensure_review_workflow()
        # One story published afterwards: machine drafts in four locales, waiting for review.
        news_index = next(p for p in pages if p.specific_class.__name__ == "NewsIndexPage")
        story = content.seed_story_in_review(news_index, article_types, records)
        review.seed_review_conversation(story, self.ensure_locales())
        # The network's WordPress past: posts, an event and files, WPML copies to review.
        report = imported.seed_wordpress(get_user_model().objects.get(username="admin"))
        self.stdout.write("Imported from WordPress: " + "; ".join(report.lines()))
        # Publishing queued each page for the worker's search index; index now so the search
        # answers as soon as the site starts.
        from sc_wagtail.search.indexing import rebuild

        self.stdout.write(f"Search index: {rebuild()} live pages.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready in {', '.join(sc_settings.LOCALES)}. "
                "Admin: http://127.0.0.1:8000/admin/"
            )
        )

    def seed(self):
        # No transaction around the whole run: wagtail-localize publishes a translation when
        # its own transaction commits, and a publish deferred until after the children of
        # that page exist would write the page back with no children (treebeard numchild).
        locales = self.ensure_locales()
        source = locales[sc_settings.SOURCE_LOCALE]
        admin = self.ensure_admin()
        self.ensure_reviewers()
        grant_editors()
        glossary.seed_glossary(admin)
        records = directory.seed_directory(source)
        article_types = content.seed_article_types(source)
        home_page = home.seed_home(source)
        # Parents before children, related records before the pages that use them.
        pages = [home_page, *content.seed_hubs(home_page, records)]
        event_pages, events_by_key = content.seed_events(home_page, records)
        pages += event_pages
        pages += content.seed_news(
            home_page, records, article_types, events_by_key, author="Amina Farah"
        )
        pages.append(content.seed_impact(home_page))
        call = fund.seed_call(source)
        pages.append(fund.seed_fund_page(home_page, call))
        snippets = [
            record
            for group in ("hubs", "themes", "organisations", "cities")
            for record in records[group].values()
        ]
        snippets += article_types.values()
        snippets.append(call)
        for code, locale in locales.items():
            if code == source.language_code:
                continue
            table = catalogue(code)
            for instance in [*snippets, *pages]:
                translate_into(instance, locale, table, user=admin)
        staff = fund.ensure_fund_staff(admin, records)
        calls = {code: call.get_translation(locale) for code, locale in locales.items()}
        fund.seed_applications(calls, staff)
        return pages, records, article_types

    def ensure_locales(self):
        locales = {}
        for code in sc_settings.LOCALES:
            locales[code], _ = Locale.objects.get_or_create(language_code=code)
        return locales

    def ensure_admin(self):
        """An admin account with a generated password, printed once and kept in var/."""
        User = get_user_model()
        password_file = settings.VAR_DIR / "demo-admin-password.txt"
        user = User.objects.filter(username="admin").first()
        if user is None:
            password = secrets.token_urlsafe(12)
            user = User.objects.create_superuser("admin", "admin@example.org", password)
            password_file.write_text(password + "\n")
            password_file.chmod(0o600)
        if password_file.exists():
            password = password_file.read_text().strip()
            self.stdout.write(f"Admin login: admin / {password}  (kept in {password_file})")
        else:
            self.stdout.write(
                "Admin account 'admin' exists; change its password with "
                "`python manage.py changepassword admin`."
            )
        return user

    def ensure_reviewers(self):
        """One reviewer per target locale (reviewer-fr...), with the admin's password."""
        from django.contrib.auth.models import Group

        from sc_wagtail.translation.permissions import ensure_reviewer_groups, reviewer_group_name

        ensure_reviewer_groups()
        User = get_user_model()
        admin = User.objects.get(username="admin")
        names = []
        for code in sc_settings.LOCALES:
            if code == sc_settings.SOURCE_LOCALE:
                continue
            user, _created = User.objects.get_or_create(
                username=f"reviewer-{code}",
                defaults={"email": f"reviewer-{code}@example.org", "password": admin.password},
            )
            user.groups.add(Group.objects.get(name=reviewer_group_name(code)))
            names.append(user.username)
        self.stdout.write(f"Translation reviewers: {', '.join(names)} (same password as admin)")

    def ensure_review_workflow(self):
        """A "Translation review" workflow on every translated home page (and below)."""
        from wagtail.models import Page, Workflow, WorkflowPage, WorkflowTask

        from sc_wagtail.translation.models import TranslationReviewTask

        task, _ = TranslationReviewTask.objects.get_or_create(name="Translation review")
        workflow, _ = Workflow.objects.get_or_create(name="Translation review")
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        for translated_home in Page.objects.filter(depth=2).exclude(
            locale__language_code=sc_settings.SOURCE_LOCALE
        ):
            WorkflowPage.objects.update_or_create(
                page=translated_home, defaults={"workflow": workflow}
            )
