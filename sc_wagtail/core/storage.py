"""Private file storage: fund applications' attachments and exports, report PDFs; never under
MEDIA_ROOT and never served by URL; only views that check who is asking read them."""

import functools
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage
from django.utils.functional import cached_property

from sc_wagtail.conf import sc_settings


def private_root():
    root = sc_settings.PRIVATE_STORAGE_ROOT
    if root is None:
        raise ImproperlyConfigured(
            "Set SC_WAGTAIL['PRIVATE_STORAGE_ROOT'] to a directory outside MEDIA_ROOT for "
            "fund application files and report PDFs."
        )
    root = Path(root).resolve()
    media = Path(settings.MEDIA_ROOT).resolve() if settings.MEDIA_ROOT else None
    if media and (root == media or media in root.parents):
        raise ImproperlyConfigured(
            "SC_WAGTAIL['PRIVATE_STORAGE_ROOT'] must not be inside MEDIA_ROOT: its files would "
            "be public."
        )
    return root


class PrivateStorage(FileSystemStorage):
    """The location is read on first use, so importing the models never needs the setting
    (a system check reports a missing or public root)."""

    def __init__(self):
        super().__init__(base_url=None)

    @cached_property
    def base_location(self):
        return private_root()

    def url(self, name):
        raise ValueError(
            "Private files have no public URL: serve them through a view that checks permissions."
        )


@functools.cache
def private_storage():
    """Callable storage for FileField: the path stays out of migrations and is read once."""
    return PrivateStorage()
