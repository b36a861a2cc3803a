"""WordPress attachments as Wagtail images and documents, from a copy of wp-content/uploads.

Nothing is downloaded: a file is looked up under ``--uploads`` by the path after
``wp-content/uploads/`` in its URL. A missing file is reported, never fatal. Resized copies
WordPress made ("photo-300x200.jpg") lead to the original. Files are checked by content
(an image must be an image) and size before they are stored; each attachment is stored once
and found again on the next run (``ImportedItem``).
"""

import hashlib
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

import filetype
from django.core.files import File
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from .models import ImportedItem

MAX_BYTES = 100 * 1024 * 1024
IMAGE_KINDS = {"jpg", "png", "gif", "webp"}
DOCUMENT_EXTENSIONS = {"pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "ppt", "pptx", "csv"}
RESIZED = re.compile(r"-\d+x\d+(?=\.\w+$)")


def upload_path(url):
    """The path of an uploaded file relative to wp-content/uploads, or None."""
    path = unquote(urlparse(url).path)
    marker = "/wp-content/uploads/"
    if marker in path:
        return path.split(marker, 1)[1]
    if path.startswith("/uploads/"):
        return path[len("/uploads/") :]
    return None


class Uploads:
    """Finds and stores the export's attachments. ``index`` maps an attachment's URL to its
    WordPress item (title, alt text); ``dry_run`` stores nothing."""

    def __init__(self, root, index, report, dry_run=False):
        self.root = Path(root).resolve() if root else None
        self.index = index
        self.report = report
        self.dry_run = dry_run
        self.cache = {}

    def image_for(self, url):
        return self._stored(url, ImportedItem.Kind.IMAGE)

    def document_for(self, url):
        path = upload_path(url)
        if path is None or path.rsplit(".", 1)[-1].lower() not in DOCUMENT_EXTENSIONS:
            return None
        return self._stored(url, ImportedItem.Kind.DOCUMENT)

    def _stored(self, url, kind):
        relative = upload_path(url)
        if relative is None:
            return None
        original = RESIZED.sub("", relative)
        key = (kind, original)
        if key not in self.cache:
            self.cache[key] = self._store(original, relative, kind)
        return self.cache[key]

    def _file(self, original, relative):
        if self.root is None:
            return None
        for candidate in (original, relative):
            path = (self.root / candidate).resolve()
            if self.root in path.parents and path.is_file():
                return path
        return None

    def _store(self, original, relative, kind):
        item = self.index.get(original)
        # A file no attachment item describes is keyed by its path, stably across runs.
        wp_id = item.wp_id if item else -int(hashlib.sha256(original.encode()).hexdigest()[:12], 16)
        existing = (
            ImportedItem.objects.filter(wp_id=wp_id, post_type="attachment", kind=kind)
            .select_related("image", "document")
            .first()
        )
        if existing is not None and (existing.image or existing.document):
            return existing.image or existing.document
        path = self._file(original, relative)
        if path is None:
            self.report.warn("missing-file", wp_id, original, "not found in --uploads")
            return None
        if path.stat().st_size > MAX_BYTES:
            self.report.warn("file-too-big", wp_id, original, f"over {MAX_BYTES} bytes")
            return None
        with open(path, "rb") as handle:
            head = handle.read(8192)
        guessed = filetype.guess(head)
        title = (item.title if item else "") or path.stem
        if kind == ImportedItem.Kind.IMAGE:
            if guessed is None or guessed.extension not in IMAGE_KINDS:
                self.report.warn("not-an-image", wp_id, original, "not an image by content")
                return None
            model = get_image_model()
        else:
            model = get_document_model()
        if self.dry_run:
            return _Planned(title)
        with open(path, "rb") as handle:
            stored = model(title=title[:255], file=File(handle, name=path.name))
            stored.save()
        self.report.count("created", kind)
        ImportedItem.objects.update_or_create(
            wp_id=wp_id,
            post_type="attachment",
            language="",
            defaults={
                "kind": kind,
                "url": item.attachment_url if item else "",
                "image": stored if kind == ImportedItem.Kind.IMAGE else None,
                "document": stored if kind == ImportedItem.Kind.DOCUMENT else None,
            },
        )
        return stored


class _Planned:
    """What a dry run would store: enough for a block to refer to it."""

    pk = 0

    def __init__(self, title):
        self.title = title
