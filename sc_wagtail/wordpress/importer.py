"""``import_wordpress``: a WordPress + WPML export into pages, files, translations and
redirects. The steps, in order:

1. Scan the export once, keeping only what is small: attachments by URL, venues and
   organisers, and each translation group's members (languages.py).
2. Store every attachment as a Wagtail image or document (files.py).
3. Read the export again; when every member of a translation group has been read, import
   the group in one transaction: the source-language post becomes (or updates) the source
   page, each WPML copy becomes its wagtail-localize translation with the copy's text as
   machine drafts (copies.py), kept off the public site by the publish gate.
4. Point links between imported posts at the new pages, and give every old URL a redirect.

A re-run matches posts by WordPress id and language (``ImportedItem``): an unchanged post is
left alone, a changed one updated, and a person's or an approved translation is never
overwritten. ``dry_run`` runs everything in a transaction that is rolled back, and stores no
file.
"""

import hashlib
import json
import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

from django.db import transaction
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.models import Translation, TranslationSource

from sc_wagtail.conf import sc_settings
from sc_wagtail.translation.notice import publish_with_notice
from sc_wagtail.translation.pipeline import paused

from . import figures, wxr
from .copies import aligned_body, copy_texts, write_drafts
from .files import Uploads, upload_path
from .html import Converter
from .languages import TranslationTable, language_of, locale_code
from .mapping import PARENT_HOME
from .models import ImportedItem, ImportRun
from .pages import Context, fields, plain
from .report import Progress, Report

SUPPORT_TYPES = {"tribe_venue", "tribe_organizer"}


class Rollback(Exception):
    """Ends a dry run: everything it wrote is rolled back."""


class Links:
    """Links between posts: a WordPress URL to the page it became, if imported already;
    links to posts not imported yet are fixed once every group is in."""

    def __init__(self, urls):
        self.urls = urls  # normalised path -> (wp id, post type, language)
        self.pending = False

    @staticmethod
    def key(href):
        """The old URL's path as redirects store it: "/2024/05/a-post/" or "/?p=12"."""
        parsed = urlparse(href)
        query = dict(part.split("=", 1) for part in parsed.query.split("&") if "=" in part)
        for name in ("p", "page_id", "attachment_id"):
            if query.get(name, "").isdigit():
                return f"/?{name}={query[name]}"
        return parsed.path.rstrip("/") + "/" if parsed.path else None

    def page_for(self, href):
        target = self.urls.get(self.key(href) or "")
        if target is None:
            return None
        wp_id, post_type, language = target
        item = (
            ImportedItem.objects.filter(wp_id=wp_id, post_type=post_type, language=language)
            .select_related("page")
            .first()
        )
        if item is None or item.page is None:
            self.pending = True
            return None
        return item.page

    def note(self, href):
        """A link to something not imported (yet): nothing to do now."""


class WordPressImport:
    def __init__(
        self,
        export,
        uploads=None,
        translations=None,
        mapping=None,
        dry_run=False,
        with_notice=False,
        user=None,
    ):
        from . import mapping as mapping_module

        self.export = Path(export)
        self.table = TranslationTable.from_csv(translations) if translations else None
        self.mapping = mapping or mapping_module.load()
        self.dry_run = dry_run
        self.with_notice = with_notice
        self.user = user
        self.report = Report()
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.uploads_root = uploads
        self.source_code = sc_settings.SOURCE_LOCALE
        self.relink = set()

    # --- the run -------------------------------------------------------------------------
    def run(self, progress_stream=None):
        scan = self._scan()
        self.uploads = Uploads(self.uploads_root, scan["attachments"], self.report, self.dry_run)
        self.links = Links(scan["urls"])
        progress = Progress(len(scan["attachments"]) + len(scan["groups"]), progress_stream)
        try:
            with transaction.atomic(), paused():
                self._attachments(scan, progress)
                self._posts(scan, progress)
                self._relink()
                self._redirects(scan)
                if self.dry_run:
                    raise Rollback
        except Rollback:
            pass
        finally:
            progress.close()
        if not self.dry_run:
            ImportRun.objects.create(
                export_name=self.export.name,
                finished_at=timezone.now(),
                user=self.user,
                summary=self.report.summary(),
                warnings=self.report.warnings,
            )
        return self.report

    def _scan(self):
        attachments, attachments_by_id, support, groups, urls = {}, {}, {}, defaultdict(list), {}
        for item in wxr.items(self.export):
            if item.post_type == "attachment":
                path = upload_path(item.attachment_url or item.guid)
                if path:
                    attachments[path] = _Attachment(item)
                    attachments_by_id[item.wp_id] = item.attachment_url or item.guid
                continue
            if item.post_type in SUPPORT_TYPES:
                support[item.wp_id] = item
                continue
            if self.mapping.page_model(item.post_type) is None:
                self.report.count("skipped", item.post_type)
                continue
            if item.status in ("trash", "auto-draft", "inherit"):
                self.report.count("skipped", f"{item.post_type} ({item.status})")
                continue
            language = language_of(item, self.source_code, self.table)
            groups[language.group].append((item.wp_id, item.post_type, language))
            urls.update(self._old_urls(item, language))
        return {
            "authors": dict(wxr.authors(self.export)),
            "attachments": attachments,
            "attachments_by_id": attachments_by_id,
            "support": support,
            "groups": groups,
            "urls": urls,
        }

    def _old_urls(self, item, language):
        """Every URL the post had: its permalink, its guid, ?p= and (pages) ?page_id=."""
        keys = {f"/?p={item.wp_id}"}
        if item.post_type == "page":
            keys.add(f"/?page_id={item.wp_id}")
        for url in (item.link, item.guid):
            key = Links.key(url) if url else None
            if key and key != "/":
                keys.add(key)
        return dict.fromkeys(keys, (item.wp_id, item.post_type, language.code))

    def _attachments(self, scan, progress):
        for path in scan["attachments"]:
            url = "/wp-content/uploads/" + path
            if path.rsplit(".", 1)[-1].lower() in ("jpg", "jpeg", "png", "gif", "webp"):
                self.uploads.image_for(url)
            else:
                self.uploads.document_for(url)
            progress.step()

    def _posts(self, scan, progress):
        groups = scan["groups"]
        waiting = {key: len(members) for key, members in groups.items()}
        buffered = defaultdict(dict)
        for item in wxr.items(self.export):
            if item.post_type in SUPPORT_TYPES or item.post_type == "attachment":
                continue
            if self.mapping.page_model(item.post_type) is None:
                continue
            if item.status in ("trash", "auto-draft", "inherit"):
                continue
            language = language_of(item, self.source_code, self.table)
            buffered[language.group][language.code] = item
            waiting[language.group] -= 1
            if waiting[language.group] == 0:
                self._group(buffered.pop(language.group), scan)
                progress.step()

    # --- one translation group -----------------------------------------------------------
    def _group(self, members, scan):
        known = set(sc_settings.LOCALES)
        usable = {}
        for wp_code, item in members.items():
            code = locale_code(wp_code, known)
            if code is None or code not in self.locales:
                self.report.warn("language", item.wp_id, item.link, f"language {wp_code} skipped")
                self.report.count("skipped", f"{item.post_type} ({wp_code})")
                continue
            usable[code] = item
        if not usable:
            return
        source_code = self.source_code if self.source_code in usable else next(iter(usable))
        source_item = usable.pop(source_code)
        try:
            with transaction.atomic():
                page = self._source_page(source_item, source_code, scan)
                if page is None:
                    return
                source = None
                for code, item in usable.items():
                    source = self._copy(page, item, code, scan, source)
        except Exception as error:  # one group's failure is reported, the others go on
            if isinstance(error, Rollback):
                raise
            self.report.warn("failed", source_item.wp_id, source_item.link, repr(error))
            self.report.count("skipped", source_item.post_type)

    def _context(self, locale, blocks, scan):
        return Context(
            locale=locale,
            blocks=blocks,
            mapping=self.mapping,
            uploads=self.uploads,
            report=self.report,
            venues=scan["support"],
            attachments_by_id=scan["attachments_by_id"],
            authors=scan["authors"],
        )

    def _converter(self):
        return Converter(files=self.uploads, links=self.links)

    def _blocks(self, item):
        converter = self._converter()
        blocks = converter.blocks(item.content)
        for kind, message in converter.warnings:
            self.report.warn(kind, item.wp_id, item.link, message)
        return blocks

    def _source_page(self, item, code, scan):
        model = self.mapping.page_model(item.post_type)
        locale = self.locales[code]
        digest = _digest(item)
        existing = (
            ImportedItem.objects.filter(wp_id=item.wp_id, post_type=item.post_type, language=code)
            .select_related("page")
            .first()
        )
        if existing and existing.page and existing.digest == digest:
            self.report.count("unchanged", item.post_type)
            page = existing.page.specific
            page._sc_import_unchanged = True  # its copies may be unchanged too
            return page
        parent = self._parent(model, locale)
        if parent is None:
            self.report.warn(
                "no-parent",
                item.wp_id,
                item.link,
                f"no {self.mapping.parent_label(model)} in {code}",
            )
            self.report.count("skipped", item.post_type)
            return None
        links_pending = self.links.pending = False
        blocks = self._blocks(item)
        links_pending = self.links.pending
        context = self._context(locale, blocks, scan)
        values, children = fields(model, item, context)
        if existing and existing.page:
            page = existing.page.specific
            values["slug"] = page.slug  # an address readers have keeps
            created = False
        else:
            # Not live until _save publishes what WordPress published.
            page = model(locale=locale, live=False, has_unpublished_changes=True)
            values["slug"] = find_available_slug(parent, values["slug"])
            created = True
        for name, value in values.items():
            setattr(page, name, value)
        for name, rows in children.items():
            setattr(page, name, rows)
        if created:
            parent.add_child(instance=page)
        self._save(page, item)
        ImportedItem.objects.update_or_create(
            wp_id=item.wp_id,
            post_type=item.post_type,
            language=code,
            defaults={"kind": "page", "page": page, "url": item.link[:500], "digest": digest},
        )
        if links_pending:
            self.relink.add(page.pk)
        self.report.count("created" if created else "updated", item.post_type)
        if code == self.source_code and hasattr(page, "report"):
            figures.suggest(page, plain(item.content))
        return page

    def _save(self, page, item):
        """Publish what WordPress published; drafts stay drafts; private stays private."""
        revision = page.save_revision(user=self.user, clean=False, log_action=True)
        if item.status in ("publish", "private"):
            revision.publish(user=self.user, skip_permission_checks=True)
        elif item.status == "future":
            page.go_live_at = _aware(item.date)
            revision = page.save_revision(
                user=self.user, clean=False, approved_go_live_at=page.go_live_at
            )
        if item.status == "private" and not PageViewRestriction.objects.filter(page=page).exists():
            PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.LOGIN
            )

    def _parent(self, model, locale):
        label = self.mapping.parent_label(model)
        if label == PARENT_HOME:
            return Page.objects.filter(depth=2, locale=locale).first()
        from django.apps import apps

        parent_model = apps.get_model(label)
        return parent_model.objects.filter(locale=locale).order_by("path").first()

    def _copy(self, page, item, code, scan, source=None):
        """A WPML copy: the translation of ``page`` into ``code``, its text as machine drafts.
        Returns the page's translation source, synced once for all the group's copies."""
        locale = self.locales[code]
        digest = _digest(item)
        existing = ImportedItem.objects.filter(
            wp_id=item.wp_id, post_type=item.post_type, language=code
        ).first()
        source_unchanged = getattr(page, "_sc_import_unchanged", False)
        if existing and existing.page_id and existing.digest == digest and source_unchanged:
            self.report.count("unchanged", f"{item.post_type} translation ({code})")
            return source
        if source is None:
            source, created = TranslationSource.get_or_create_from_instance(page)
            if not created:
                source.update_from_db()
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        blocks = self._blocks(item)
        context = self._context(locale, blocks, scan)
        model = type(page)
        values, _children = fields(model, item, context)
        body = None
        extra = []
        if "body" in values:
            body, extra = aligned_body(
                page.body.raw_data, [(b["type"], b["value"]) for b in values.pop("body")]
            )
        # A summary the copy does not have is no draft: made from its first paragraph, it
        # would not translate the source's summary.
        from_excerpt = ("summary", "search_description", "intro") if item.excerpt else ()
        translatable = {name: values[name] for name in ("title", *from_excerpt) if name in values}
        reader = model.objects.get(pk=page.pk)  # a copy to read the copy's text through
        texts = copy_texts(reader, translatable, body)
        write_drafts(source, locale, texts, extra, self.report, item)
        translation.save_target(user=self.user, publish=False)
        target = translation.get_target_instance()
        ImportedItem.objects.update_or_create(
            wp_id=item.wp_id,
            post_type=item.post_type,
            language=code,
            defaults={
                "kind": "page",
                "page": target,
                "url": item.link[:500],
                "digest": digest,
                "published_with_notice": self.with_notice and item.status == "publish",
            },
        )
        if self.with_notice and item.status == "publish":
            publish_with_notice(translation, self.user)
        outcome = "updated" if existing and existing.page_id else "created"
        self.report.count(outcome, f"{item.post_type} translation ({code})")
        return source

    # --- after every group ---------------------------------------------------------------
    def _relink(self):
        """Links to posts imported after the page that links to them."""
        for page_pk in sorted(self.relink):
            page = Page.objects.get(pk=page_pk).specific
            raw = json.dumps(list(page.body.raw_data))
            changed = False
            for href in set(re.findall(r'href=\\"([^"\\\\]+)\\"', raw)):
                target = self.links.page_for(href)
                if target is not None:
                    raw = raw.replace(
                        f'href=\\"{href}\\"', f'id=\\"{target.pk}\\" linktype=\\"page\\"'
                    )
                    changed = True
            if changed:
                page.body = json.loads(raw)
                revision = page.save_revision(user=self.user, clean=False)
                if page.live:
                    revision.publish(user=self.user, skip_permission_checks=True)

    def _redirects(self, scan):
        """Every old URL (each language's permalink, ?p=, ?page_id=, attachment pages) to
        the new page or file."""
        imported = {
            (row.wp_id, row.post_type, row.language): row.page_id
            for row in ImportedItem.objects.filter(kind="page", page__isnull=False)
        }
        for old, target in scan["urls"].items():
            page_id = imported.get(target)
            if page_id is not None:
                self._redirect(old, {"redirect_page_id": page_id, "redirect_link": ""})
        for attachment in scan["attachments"].values():
            stored = (
                ImportedItem.objects.filter(wp_id=attachment.wp_id, post_type="attachment")
                .select_related("document", "image")
                .first()
            )
            if stored is None or not (stored.document or stored.image):
                continue
            url = stored.document.url if stored.document else stored.image.file.url
            for old in (attachment.link, f"/?attachment_id={attachment.wp_id}"):
                key = Links.key(old) if old else None
                if key and key != "/":
                    self._redirect(key, {"redirect_link": url, "redirect_page_id": None})

    def _redirect(self, old, target):
        old_path = Redirect.normalise_path(old)
        existing = Redirect.objects.filter(old_path=old_path, site=None).first()
        if existing is None:
            Redirect.objects.create(old_path=old_path, site=None, is_permanent=True, **target)
            self.report.count("created", "redirect")
        elif any(getattr(existing, name) != value for name, value in target.items()):
            for name, value in target.items():
                setattr(existing, name, value)
            existing.save()
            self.report.count("updated", "redirect")
        else:
            self.report.count("unchanged", "redirect")


class _Attachment:
    """What the run keeps of an attachment: its id, title, link and URL."""

    __slots__ = ("attachment_url", "link", "title", "wp_id")

    def __init__(self, item):
        self.wp_id = item.wp_id
        self.title = item.title
        self.link = item.link
        self.attachment_url = item.attachment_url or item.guid


def _digest(item):
    payload = json.dumps(
        [item.title, item.slug, item.status, item.content, item.excerpt, sorted(item.meta.items()),
         [(t.domain, t.slug) for t in item.terms]],
        ensure_ascii=False,
    )  # fmt: skip
    return hashlib.sha256(payload.encode()).hexdigest()


def _aware(value):
    import datetime

    try:
        naive = datetime.datetime.strptime(value[:19], "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return timezone.now()
    return timezone.make_aware(naive)
