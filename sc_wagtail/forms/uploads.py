"""Checking uploaded files by what they contain, not by what they are called."""

import os
import re
import unicodedata
import zipfile

import filetype
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from sc_wagtail.conf import sc_settings

# What each allowed kind is recognised by, and the extensions it may carry.
KINDS = {
    "pdf": ("application/pdf", {".pdf"}),
    "jpeg": ("image/jpeg", {".jpg", ".jpeg"}),
    "png": ("image/png", {".png"}),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        {".docx"},
    ),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", {".xlsx"}),
    "odt": ("application/vnd.oasis.opendocument.text", {".odt"}),
}


def safe_name(name):
    """A display name with no path, no control characters and no leading dots."""
    name = unicodedata.normalize("NFC", os.path.basename(name.replace("\\", "/")))
    name = re.sub(r"[\x00-\x1f\x7f/\\:*?\"<>|]", "", name).strip().lstrip(".")
    stem, ext = os.path.splitext(name)
    return (stem[:100] or "file") + ext[:10].lower()


def _zip_kind(upload):
    """Office documents are zip files; tell them apart by their members (filetype guesses
    from the first bytes only, which a renamed zip could fake)."""
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
                if mimetype == KINDS["odt"][0]:
                    return "odt"
            if "[Content_Types].xml" in names:
                if any(n.startswith("word/") for n in names):
                    return "docx"
                if any(n.startswith("xl/") for n in names):
                    return "xlsx"
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    finally:
        upload.seek(0)
    return None


def detect_kind(upload):
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    guess = filetype.guess(head)
    if guess is None:
        return None
    if guess.mime == "application/zip" or guess.extension in ("docx", "xlsx", "odt", "zip"):
        return _zip_kind(upload)
    for kind, (mime, _exts) in KINDS.items():
        if guess.mime == mime:
            return kind
    return None


def check_upload(upload):
    """(kind, safe name) of an acceptable file; raises ValidationError saying what is wrong."""
    limit = sc_settings.UPLOAD_MAX_FILE_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("%(name)s is larger than %(limit)s.")
            % {"name": safe_name(upload.name), "limit": filesizeformat(limit)},
            code="too_large",
        )
    allowed = [k for k in sc_settings.UPLOAD_ALLOWED_TYPES if k in KINDS]
    kind = detect_kind(upload)
    name = safe_name(upload.name)
    ext = os.path.splitext(name)[1]
    if kind not in allowed or ext not in KINDS[kind][1]:
        raise ValidationError(
            _("%(name)s is not an accepted file. Accepted: %(kinds)s.")
            % {"name": name, "kinds": ", ".join(k.upper() for k in allowed)},
            code="bad_type",
        )
    return kind, name
