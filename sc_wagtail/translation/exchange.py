"""Agency exchange: a locale's pending segments out as PO or XLIFF 1.2, edited files back in.

Each unit is identified as ``<translation id>:<segment id>``, in the places the tools agencies
use keep it: PO ``msgctxt`` and a ``#: sc-wagtail:<translation>:<segment>`` reference (which
translate-toolkit's po2xliff and xliff2po carry over, msgctxt they drop), XLIFF
``trans-unit/@id``, ``@resname`` and the same reference as a ``po-reference`` context group.
Machine drafts are exported ``fuzzy`` (PO) and ``needs-review-translation`` (XLIFF), so msgfmt
and translate-toolkit count them as unfinished. Imported text is recorded as a person's edit,
so it still needs a reviewer's approval; a unit whose source text changed since the export is
skipped.
"""

import io
import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element, SubElement, tostring

import polib
from defusedxml import ElementTree
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail_localize.models import StringSegment, Translation

from sc_wagtail.conf import sc_settings

from .review import APPROVED, MACHINE, STALE, save_translation, segment_states

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF_NAMESPACES = (XLIFF_NS, "urn:oasis:names:tc:xliff:document:1.1")
REFERENCE = "sc-wagtail"  # "sc-wagtail:<translation id>" in references, the segment as line
UNIT = re.compile(r"^(\d+):(\d+)$")
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


def _unfinished(state):
    """A machine draft (or one for a changed source) is a suggestion, not a translation."""
    return state.translation is not None and state.state in (MACHINE, STALE)


def export_po(locale):
    now = timezone.now().strftime("%Y-%m-%d %H:%M%z")
    catalog = polib.POFile(wrapwidth=0)
    catalog.metadata = {
        "Project-Id-Version": "sc-wagtail",
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": now,
        "PO-Revision-Date": now,
        "Last-Translator": "",
        "Language-Team": locale.get_display_name(),
        "Language": locale.language_code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=1; plural=0;",
        "X-Source-Language": sc_settings.SOURCE_LOCALE,
    }
    for unit_id, translation, state in pending_units(locale):
        translation_id, segment_id = unit_id.split(":")
        catalog.append(
            polib.POEntry(
                msgctxt=unit_id,
                msgid=state.segment.string.data,
                msgstr=state.translation.data if state.translation else "",
                comment=f"{translation.source.get_source_instance()} ({state.state})",
                occurrences=[(f"{REFERENCE}:{translation_id}", segment_id)],
                flags=["fuzzy"] if _unfinished(state) else [],
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
        translation_id, segment_id = unit_id.split(":")
        unit = SubElement(body, "trans-unit", {"id": unit_id, "resname": unit_id})
        SubElement(unit, "source").text = state.segment.string.data
        target_state = "needs-review-translation" if _unfinished(state) else "translated"
        if state.translation is None:
            target_state = "needs-translation"
        target = SubElement(unit, "target", {"state": target_state})
        target.text = state.translation.data if state.translation else ""
        group = SubElement(unit, "context-group", {"name": "po-reference", "purpose": "location"})
        SubElement(
            group, "context", {"context-type": "sourcefile"}
        ).text = f"{REFERENCE}:{translation_id}"
        SubElement(group, "context", {"context-type": "linenumber"}).text = segment_id
        SubElement(
            unit, "note"
        ).text = f"{translation.source.get_source_instance()} ({state.state})"
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode").encode()


def _from_reference(place, line=""):
    """The unit id of a "sc-wagtail:12" (+ line "345") or "sc-wagtail:12:345" reference."""
    match = re.fullmatch(rf"{REFERENCE}:(\d+)(?::(\d+))?", place or "")
    if not match:
        return ""
    segment = match.group(2) or line
    return f"{match.group(1)}:{segment}" if segment.isdigit() else ""


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
        units = []
        for entry in catalog:
            if entry.obsolete:
                continue
            unit_id = entry.msgctxt if UNIT.match(entry.msgctxt or "") else ""
            for place, line in entry.occurrences:
                unit_id = unit_id or _from_reference(place, line)
            units.append((unit_id, entry.msgid, entry.msgstr))
        return units
    if lower.endswith((".xlf", ".xliff")):
        try:
            root = ElementTree.parse(io.StringIO(text)).getroot()
        except ElementTree.ParseError as error:
            raise ExchangeError(_("Not an XLIFF file: %(error)s") % {"error": error}) from error
        units = []
        for namespace in XLIFF_NAMESPACES:
            for unit in root.iter(f"{{{namespace}}}trans-unit"):
                if unit.get("restype") == "x-gettext-domain-header":
                    continue  # a PO header carried over by po2xliff, no segment
                units.append(_xliff_unit(unit, namespace))
        return units
    raise ExchangeError(_("Upload a .po, .xlf or .xliff file."))


def _xliff_unit(unit, namespace):
    """(unit id, source, target) of a trans-unit: its id, resname or po-reference."""
    unit_id = next(
        (value for value in (unit.get("id"), unit.get("resname")) if UNIT.match(value or "")),
        "",
    )
    if not unit_id:
        contexts = {
            context.get("context-type"): context.text or ""
            for group in unit.iter(f"{{{namespace}}}context-group")
            if group.get("name") == "po-reference"
            for context in group.iter(f"{{{namespace}}}context")
        }
        unit_id = _from_reference(contexts.get("sourcefile"), contexts.get("linenumber", ""))
    source = unit.find(f"{{{namespace}}}source")
    target = unit.find(f"{{{namespace}}}target")
    return (
        unit_id,
        "".join(source.itertext()) if source is not None else "",
        "".join(target.itertext()) if target is not None else "",
    )


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
