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
    findings = [f for f in findings if f.severity >= min_severity]
    findings.sort(key=lambda f: (f.line or 0, f.segment or "", -f.severity, f.check))
    return findings


def _locate(finding, segment):
    finding.segment = segment.id
    if segment.line is not None:
        offset = finding.start or 0
        finding.line = segment.line + segment.target.count("\n", 0, max(0, offset))
    return finding
