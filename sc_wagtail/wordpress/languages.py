"""Which language each WordPress post is in, and which posts are translations of each other,
in the three forms WPML leaves them:

1. WPML Export and Import's postmeta: ``_wpml_import_language_code``,
   ``_wpml_import_source_language_code``, ``_wpml_import_translation_group``;
2. WPML's own custom fields: ``_wpml_language`` and ``_wpml_trid``;
3. a CSV dump of WPML's ``icl_translations`` table (``element_type, element_id, trid,
   language_code, source_language_code``), which the README's SQL query makes.

A post with none of these is in the site's source language and a group of its own.
"""

import csv
from dataclasses import dataclass

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Language:
    code: str  # WordPress's code, as written ("fr", "pt-br", "sq")
    group: str  # posts of one translation group share it
    source_code: str = ""  # the language it was translated from, if WPML says


class TranslationTable:
    """icl_translations rows by (post type, WordPress id)."""

    def __init__(self, rows=()):
        self.rows = {}
        for row in rows:
            element_type = row.get("element_type", "")
            if not element_type.startswith("post_"):
                continue  # terms, menus, strings
            try:
                key = (element_type[len("post_") :], int(row["element_id"]))
            except (KeyError, ValueError):
                continue
            source = row.get("source_language_code") or ""
            self.rows[key] = Language(
                code=(row.get("language_code") or "").strip(),
                group=f"trid:{row.get('trid', '').strip()}",
                source_code="" if source.upper() == "NULL" else source.strip(),
            )

    @classmethod
    def from_csv(cls, path):
        """Read the CSV; raises ValueError naming what is missing."""
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            needed = {"element_type", "element_id", "trid", "language_code"}
            missing = needed - set(reader.fieldnames or [])
            if missing:
                raise ValueError(
                    _("%(file)s lacks the column(s) %(columns)s of icl_translations.")
                    % {"file": path, "columns": ", ".join(sorted(missing))}
                )
            return cls(list(reader))

    def get(self, post_type, wp_id):
        return self.rows.get((post_type, wp_id))


def language_of(item, source_code, table=None):
    """The item's Language: from the translations table, else WPML's postmeta, else the
    source language in a group of its own."""
    if table is not None:
        found = table.get(item.post_type, item.wp_id)
        if found is not None and found.code:
            return found
    meta = item.meta
    code = meta.get("_wpml_import_language_code") or meta.get("_wpml_language")
    group = meta.get("_wpml_import_translation_group")
    if group:
        group = f"group:{group}"
    elif meta.get("_wpml_trid"):
        group = f"trid:{meta['_wpml_trid']}"
    if not code:
        return Language(code=source_code, group=group or f"post:{item.wp_id}")
    return Language(
        code=code.strip(),
        group=group or f"post:{item.wp_id}",
        source_code=(meta.get("_wpml_import_source_language_code") or "").strip(),
    )


def locale_code(wp_code, known):
    """Our locale for a WordPress language code ("pt-br" → "pt-br" or "pt"), or None."""
    code = wp_code.lower().replace("_", "-")
    if code in known:
        return code
    base = code.split("-")[0]
    return base if base in known else None
