"""Agency exchange: a locale's pending segments out as PO or XLIFF 1.2, edited files back in.

Each unit is identified as ``<translation id>:<segment id>`` (PO ``msgctxt``, XLIFF
``trans-unit/@id``). Imported text is recorded as a person's edit, so it still needs a
reviewer's approval; a unit whose source text changed since the export is skipped.
"""

import io
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element, SubElement, tostring

import polib
from defusedxml import ElementTree
from django.utils.translation import gettext as _
from wagtail_localize.models import StringSegment, Translation

from sc_wagtail.conf import sc_settings

from .review import APPROVED, save_translation, segment_states

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
MAX_IMPORT_BYTES = 5 * 1024 * 1024


class ExchangeError(ValueError):
    """An uploaded file that cannot be read as PO or XLIFF 1.2; the message says why."""


def pending_units(locale):
    """(unit id, translation, state) for every segment of ``locale`` that is not approved."""
    translations = Translation.objects.filter(target_locale=locale, enabled=True).select_related(
        "source"
    )
    for translation in translations:
        for state in segment_states(translation.source, locale):
            if state.state != APPROVED:
                yield f"{translation.pk}:{state.segment.pk}", translation, state


def export_po(locale):
    catalog = polib.POFile(wrapwidth=0)
    catalog.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Language": locale.language_code,
        "X-Source-Language": sc_settings.SOURCE_LOCALE,
    }
    for unit_id, translation, state in pending_units(locale):
        catalog.append(
            polib.POEntry(
                msgctxt=unit_id,
                msgid=state.segment.string.data,
                msgstr=state.translation.data if state.translation else "",
                comment=f"{translation.source.get_source_instance()} ({state.state})",
            )
        )
    return str(catalog).encode("utf-8")


def export_xliff(locale):
    root = Element("xliff", {"version": "1.2", "xmlns": XLIFF_NS})
    file_element = SubElement(
        root,
        "file",
        {
            "original": "sc-wagtail",
            "source-language": sc_settings.SOURCE_LOCALE,
            "target-language": locale.language_code,
            "datatype": "plaintext",
        },
    )
    body = SubElement(file_element, "body")
    for unit_id, translation, state in pending_units(locale):
        unit = SubElement(body, "trans-unit", {"id": unit_id})
        SubElement(unit, "source").text = state.segment.string.data
        target = SubElement(unit, "target", {"state": "needs-review-translation"})
        target.text = state.translation.data if state.translation else ""
        SubElement(
            unit, "note"
        ).text = f"{translation.source.get_source_instance()} ({state.state})"
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode").encode()


@dataclass
class ImportResult:
    imported: int = 0
    unchanged: int = 0
    skipped: list = field(default_factory=list)


def _read_units(name, data):
    if len(data) > MAX_IMPORT_BYTES:
        raise ExchangeError(_("The file is larger than 5 MB."))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ExchangeError(_("The file is not UTF-8 text.")) from error
    lower = name.lower()
    if lower.endswith(".po"):
        try:
            catalog = polib.pofile(text)
        except (OSError, ValueError) as error:
            raise ExchangeError(_("Not a PO file: %(error)s") % {"error": error}) from error
        return [(e.msgctxt or "", e.msgid, e.msgstr) for e in catalog if not e.obsolete]
    if lower.endswith((".xlf", ".xliff")):
        try:
            root = ElementTree.parse(io.StringIO(text)).getroot()
        except ElementTree.ParseError as error:
            raise ExchangeError(_("Not an XLIFF file: %(error)s") % {"error": error}) from error
        units = []
        for unit in root.iter(f"{{{XLIFF_NS}}}trans-unit"):
            source = unit.find(f"{{{XLIFF_NS}}}source")
            target = unit.find(f"{{{XLIFF_NS}}}target")
            units.append(
                (
                    unit.get("id", ""),
                    "".join(source.itertext()) if source is not None else "",
                    "".join(target.itertext()) if target is not None else "",
                )
            )
        return units
    raise ExchangeError(_("Upload a .po, .xlf or .xliff file."))


def import_units(locale, name, data, user):
    """Record the file's translations for ``locale`` as edits awaiting approval."""
    from .status import batched

    with batched():
        return _import_units(locale, name, data, user)


def _import_units(locale, name, data, user):
    result = ImportResult()
    states = {}
    for unit_id, source_text, target_text in _read_units(name, data):
        translation_id, _, segment_id = unit_id.partition(":")
        if not (translation_id.isdigit() and segment_id.isdigit()):
            result.skipped.append((unit_id, "unknown unit"))
            continue
        segment = (
            StringSegment.objects.filter(
                pk=segment_id,
                source__translations__pk=translation_id,
                source__translations__target_locale=locale,
            )
            .select_related("string", "context", "source")
            .first()
        )
        if segment is None:
            result.skipped.append((unit_id, "not a segment of this language"))
            continue
        if segment.string.data != source_text:
            result.skipped.append((unit_id, "the source text changed since the export"))
            continue
        if not target_text.strip():
            result.unchanged += 1
            continue
        if segment.source_id not in states:  # each source's states read once
            states[segment.source_id] = {
                s.segment.pk: s for s in segment_states(segment.source, locale)
            }
        state = states[segment.source_id][segment.pk]
        if state.translation is not None and state.translation.data == target_text:
            result.unchanged += 1
            continue
        save_translation(state, locale, target_text, user, tool_name=f"import: {name}")
        result.imported += 1
    return result
