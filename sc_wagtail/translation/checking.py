"""QA findings on a translation's segments, as the review screen and the publish gate see
them, and approval that respects them.

An error blocks approval and publishing. A warning needs the reviewer's acknowledgement:
the approval records which checks they accepted, and the gate re-runs the checks at publish
time, so a finding that appears after approval (a glossary change, say) still holds the
page back until someone looks at it.
"""

from django.utils.translation import gettext as _
from wagtail_localize.strings import StringValue, validate_translation_links

from .models import site_glossary
from .qa.engine import Context, Segment, run_checks
from .qa.findings import Severity
from .review import approve


class ApprovalRefused(ValueError):
    """The segment's QA findings do not allow this approval; the message says why."""


def segment_findings(states, language_code, glossary=None):
    """Findings of warning severity or above, by segment id (str), for translated states."""
    segments = [
        Segment(target=s.translation.data, source=s.segment.string.data, id=str(s.segment.pk))
        for s in states
        if s.translation is not None
    ]
    context = Context(
        target_language=language_code,
        glossary=glossary if glossary is not None else site_glossary(),
        bilingual=True,
    )
    found = {}
    for finding in run_checks(segments, context, min_severity=Severity.WARNING):
        found.setdefault(finding.segment, []).append(finding)
    return found


def errors(findings):
    return [f for f in findings if f.severity >= Severity.ERROR]


def warning_checks(findings):
    """The names of the warning checks among ``findings``, sorted."""
    return sorted({f.check for f in findings if Severity.WARNING <= f.severity < Severity.ERROR})


def unacknowledged(findings, review):
    """Warning checks the approval in ``review`` did not accept."""
    accepted = set(review.acknowledged or []) if review is not None else set()
    return [check for check in warning_checks(findings) if check not in accepted]


def markup_error(source_text, text):
    """Why wagtail-localize would refuse ``text`` as the translation of ``source_text``
    (unbalanced or unknown tags, links that are not the source's), or None. Text it refuses
    never reaches the page, so it cannot be approved either."""
    try:
        StringValue.from_translated_html(text)
        validate_translation_links(source_text, text)
    except ValueError as error:
        return str(error.args[0]) if error.args else str(error)
    return None


def approve_checked(source, locale, state, user, findings, acknowledge=False):
    """Approve ``state``'s current text unless its findings forbid it.

    ``findings`` are this segment's findings on that text. Raises ApprovalRefused.
    """
    if state.translation is None:
        raise ApprovalRefused(_("This segment has no translation to approve yet."))
    problem = markup_error(state.segment.string.data, state.translation.data)
    if problem:
        raise ApprovalRefused(
            _("This text cannot be used on the page (%(problem)s): correct the markup first.")
            % {"problem": problem}
        )
    if errors(findings):
        raise ApprovalRefused(_("Fix the errors shown on this segment before approving it."))
    warnings = warning_checks(findings)
    if warnings and not acknowledge:
        raise ApprovalRefused(
            _("This segment has QA warnings: confirm you have checked them to approve it.")
        )
    return approve(source, locale, state, user, acknowledged=warnings)


def open_findings(states, language_code):
    """(segments with errors, segments with unacknowledged warnings) among approved text."""
    found = segment_findings(states, language_code)
    with_errors = with_warnings = 0
    for state in states:
        findings = found.get(str(state.segment.pk), [])
        if errors(findings):
            with_errors += 1
        elif unacknowledged(findings, state.review):
            with_warnings += 1
    return with_errors, with_warnings
