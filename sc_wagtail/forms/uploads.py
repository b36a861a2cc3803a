"""Checking uploaded files by what they contain, not by what they are called."""

import os
import re
import struct
import unicodedata
import zipfile
import zlib

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


# Office documents are zip archives; what is read from one is bounded before it is read.
MAX_ARCHIVE_MEMBERS = 5000
MAX_MIMETYPE_BYTES = 200  # an ODF "mimetype" member is about 40 bytes
MAX_COMPRESSION_RATIO = 100
EOCD = b"PK\x05\x06"  # end of central directory record


class ArchiveRefused(ValueError):
    """An archive whose structure we will not read (too many members, a bomb)."""


def _declared_members(upload):
    """The member count the archive's end record declares, read from its last 64 KiB,
    before zipfile parses the whole central directory."""
    upload.seek(0, os.SEEK_END)
    size = upload.tell()
    upload.seek(max(0, size - (22 + 65535)))
    tail = upload.read()
    position = tail.rfind(EOCD)
    if position < 0 or len(tail) < position + 22:
        return None
    (total,) = struct.unpack("<H", tail[position + 10 : position + 12])
    return total


def _read_member(archive, name):
    """At most MAX_MIMETYPE_BYTES of a small member, after its declared size and ratio."""
    info = archive.getinfo(name)
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > MAX_MIMETYPE_BYTES or ratio > MAX_COMPRESSION_RATIO:
        raise ArchiveRefused(name)
    with archive.open(info) as member:
        return member.read(MAX_MIMETYPE_BYTES + 1)[:MAX_MIMETYPE_BYTES]


def _zip_kind(upload):
    """Office documents are zip files; tell them apart by their members (filetype guesses
    from the first bytes only, which a renamed zip could fake). Every read is bounded."""
    try:
        members = _declared_members(upload)
        if members is None or members >= min(MAX_ARCHIVE_MEMBERS, 0xFFFF):
            raise ArchiveRefused("members")
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mimetype = _read_member(archive, "mimetype").decode("ascii", "replace").strip()
                if mimetype == KINDS["odt"][0]:
                    return "odt"
            if "[Content_Types].xml" in names:
                if any(n.startswith("word/") for n in names):
                    return "docx"
                if any(n.startswith("xl/") for n in names):
                    return "xlsx"
    except ArchiveRefused as refused:
        raise ValidationError(
            _(
                "%(name)s is not an accepted file: its archive structure is unusual "
                "(it looks like a compression bomb). Save it again from your office "
                "software, or send it as PDF."
            )
            % {"name": safe_name(upload.name)},
            code="archive",
        ) from refused
    except (zipfile.BadZipFile, OSError, KeyError, zlib.error, EOFError):
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
