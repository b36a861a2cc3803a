"""Run the registered checks over segments of one document."""

from dataclasses import dataclass, field

from .findings import Severity
from .registry import all_checks


@dataclass
class Segment:
    """One unit of text: a paragraph of a text file, a PO entry, an XLIFF trans-unit,
    or a string of a page in the CMS."""

    target: str
    source: str | None = None
    id: str | None = None
    #: Line of the first character of ``target`` in its file (1-based), if known.
    line: int | None = None


@dataclass
class Context:
    target_language: str
    source_language: str = "en"
    glossary: object = None
    bilingual: bool = False
    extra: dict = field(default_factory=dict)


def run_checks(segments, context, checks=None, min_severity=Severity.INFO):
    """Findings for ``segments``, each located by segment id and line."""
    segments = list(segments)
    context.bilingual = context.bilingual or any(s.source is not None for s in segments)
    findings = []
    for check in checks if checks is not None else all_checks():
        if not check.applies(context):
            continue
        for segment in segments:
            for finding in check.check_segment(segment, context):
                findings.append(_locate(finding, segment))
        for segment, finding in check.check_document(segments, context):
            findings.append(_locate(finding, segment))
    findings = _once([f for f in findings if f.severity >= min_severity])
    findings.sort(key=lambda f: (f.line or 0, f.segment or "", -f.severity, f.check))
    return findings


def _once(findings):
    """Each finding once: a term with several forbidden variants that match the same words,
    or two rules of a check that see the same fault, report it one time."""
    seen, unique = set(), []
    for finding in findings:
        key = (finding.segment, finding.check, finding.start, finding.fragment.casefold())
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique


def fix(text, context, names=None):
    """``text`` with the fixes of the mechanical checks ``names`` (every one that applies to
    ``context`` when None) applied, in spacing.FIX_ORDER."""
    from .checks.spacing import FIX_ORDER

    checks = {check.name: check for check in all_checks()}
    for name in FIX_ORDER if names is None else [n for n in FIX_ORDER if n in names]:
        check = checks.get(name)
        if check is not None and check.applies(context):
            text = check.fix(text, context)
    return text


def _locate(finding, segment):
    finding.segment = segment.id
    if segment.line is not None:
        offset = finding.start or 0
        finding.line = segment.line + segment.target.count("\n", 0, max(0, offset))
    return finding
