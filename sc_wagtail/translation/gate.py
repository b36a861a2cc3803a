"""The publish gate's rules: may this translation, with this text, reach readers?

A translation goes live only when

1. every segment of the current source is approved by a named person (``blocking_reason``),
   its QA findings allow it, and
2. the text that would go live is exactly the approved text (``content_reason``): a revert to
   an old revision, a draft revision that still holds the machine text, or a copy whose
   revisions came along, is refused even when every segment is approved.

``publish_refusal(obj)`` combines both for an object about to go live. Where the gate is
attached to Wagtail and wagtail-localize is ``guards.py``. A site that opts out
(``SC_WAGTAIL["MACHINE_TRANSLATION_POLICY"] = "publish_with_notice"``) publishes machine
drafts; its templates show a notice instead.
"""

import json
import logging

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.translation import ngettext
from wagtail.models import TranslatableMixin
from wagtail_localize.segments import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    StringSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.formatting import language_name

from .review import APPROVED, segment_states

logger = logging.getLogger(__name__)


class TranslationNotReviewed(Exception):
    """A translation that is not the approved text was asked to go live; says why.

    Not a PermissionDenied: Wagtail's admin turns those into "Sorry, you do not have
    permission", and editors must read the gate's reason (GateRefusalMiddleware)."""


def gate_applies():
    return sc_settings.MACHINE_TRANSLATION_POLICY == "review"


def translation_for(obj):
    """The wagtail-localize Translation that ``obj`` is the target of, or None."""
    from wagtail_localize.models import Translation

    if not isinstance(obj, TranslatableMixin) or obj.locale_id is None:
        return None
    return (
        Translation.objects.filter(
            source__object_id=obj.translation_key, target_locale_id=obj.locale_id
        )
        .exclude(source__locale_id=obj.locale_id)
        .select_related("source", "target_locale")
        .first()
    )


def blocking_reason(source, locale, states=None):
    """Why this locale's translation of ``source`` may not go live yet, or None."""
    if not gate_applies():
        return None
    states = segment_states(source, locale) if states is None else states
    pending = sum(1 for state in states if state.state != APPROVED)
    if not pending:
        return _qa_reason(states, locale)
    return ngettext(
        "%(pending)s of %(total)s segments in %(language)s is not approved yet: a reviewer "
        "must approve it before this translation can be published.",
        "%(pending)s of %(total)s segments in %(language)s are not approved yet: a reviewer "
        "must approve them before this translation can be published.",
        pending,
    ) % {
        "pending": pending,
        "total": len(states),
        "language": language_name(locale.language_code),
    }


def _qa_reason(states, locale):
    """Approved text is checked again: a finding may have appeared since (a glossary change)."""
    from .checking import open_findings

    with_errors, with_warnings = open_findings(states, locale.language_code)
    if with_errors:
        return ngettext(
            "%(count)s approved segment in %(language)s now has a QA error: a reviewer must "
            "fix it before this translation can be published.",
            "%(count)s approved segments in %(language)s now have QA errors: a reviewer must "
            "fix them before this translation can be published.",
            with_errors,
        ) % {"count": with_errors, "language": language_name(locale.language_code)}
    if with_warnings:
        return ngettext(
            "%(count)s segment in %(language)s has a QA warning nobody has acknowledged: a "
            "reviewer must check it before this translation can be published.",
            "%(count)s segments in %(language)s have QA warnings nobody has acknowledged: a "
            "reviewer must check them before this translation can be published.",
            with_warnings,
        ) % {"count": with_warnings, "language": language_name(locale.language_code)}
    return None


def _comparable(text):
    """A segment's text as wagtail-localize serialises it, markup included (a plain-text field
    is stored unescaped, a rich-text string re-serialised), with runs of spaces as one: a
    changed link, bold word or entity differs, a re-wrapped line does not."""
    try:
        return " ".join(StringValue.from_translated_html(text).data.split())
    except ValueError:  # invalid HTML can never have been approved
        return None


def _attrs(value):
    """Link targets and other attributes of a rich-text segment, comparable ({} when none)."""
    if isinstance(value, str):
        value = json.loads(value or "null")
    return json.loads(json.dumps(value or {}, cls=DjangoJSONEncoder, sort_keys=True))


def _json(value):
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder, sort_keys=True))


def approved_segments(translation, states):
    """Every segment of the approved translation of the current source, in order, as
    (path, kind, value): the approved texts with the source's link targets, the source's
    structure (templates), related objects by translation key and overridable values (the
    locale's override, else the source's). None when a segment is not approved."""
    from wagtail_localize.models import (
        OverridableSegment,
        RelatedObjectSegment,
        SegmentOverride,
        TemplateSegment,
    )

    source, locale = translation.source, translation.target_locale
    rows = []
    for state in states:
        if state.state != APPROVED:
            return None
        segment = state.segment
        value = (_comparable(state.review.approved_text), _attrs(segment.attrs))
        rows.append((segment.order, segment.context.path, "string", value))
    for segment in TemplateSegment.objects.filter(source=source).select_related(
        "context", "template"
    ):
        value = (segment.template.template_format, segment.template.template)
        rows.append((segment.order, segment.context.path, "template", value))
    for segment in RelatedObjectSegment.objects.filter(source=source).select_related(
        "context", "object"
    ):
        rows.append(
            (segment.order, segment.context.path, "object", str(segment.object.translation_key))
        )
    overrides = dict(
        SegmentOverride.objects.filter(locale=locale, context__object_id=source.object_id)
        .exclude(has_error=True)
        .values_list("context_id", "data_json")
    )
    for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
        data = json.loads(overrides.get(segment.context_id, segment.data_json))
        rows.append((segment.order, segment.context.path, "overridable", _json(data)))
    return [row[1:] for row in sorted(rows, key=lambda row: row[0])]


def segments_of(obj):
    """What ``obj`` (a page or snippet as it would go live) holds, in the same form."""
    rows = []
    for segment in extract_segments(obj):
        if isinstance(segment, StringSegmentValue):
            value = (_comparable(segment.string.data), _attrs(segment.attrs))
            rows.append((segment.path, "string", value))
        elif isinstance(segment, TemplateSegmentValue):
            rows.append((segment.path, "template", (segment.format, segment.template)))
        elif isinstance(segment, RelatedObjectSegmentValue):
            rows.append((segment.path, "object", str(segment.translation_key)))
        elif isinstance(segment, OverridableSegmentValue):
            rows.append((segment.path, "overridable", _json(segment.data)))
    return rows


def content_reason(obj, translation, states=None):
    """Why what ``obj`` would put live is not the approved translation of the current
    source, or None. Every segment is compared (text with its markup, link targets, the
    rich-text structure, chosen objects, overridable values), so a revert to a machine
    draft, a changed link or an image block added in an old revision is refused."""
    if not gate_applies():
        return None
    states = (
        segment_states(translation.source, translation.target_locale) if states is None else states
    )
    approved = approved_segments(translation, states)
    if approved is None:
        return blocking_reason(translation.source, translation.target_locale, states)
    live = segments_of(obj)
    differing = sum(1 for pair in zip(approved, live, strict=False) if pair[0] != pair[1])
    differing += abs(len(approved) - len(live))
    if not differing:
        return None
    logger.info(
        "Gate: %s differs from the approved translation in %s segment(s): %s",
        obj,
        differing,
        [pair for pair in zip(approved, live, strict=False) if pair[0] != pair[1]][:3],
    )
    return ngettext(
        "%(count)s segment of this %(language)s version is not the text reviewers approved "
        "(an older revision or an unreviewed draft): publish the approved translation from "
        "the review screen instead.",
        "%(count)s segments of this %(language)s version are not the text reviewers "
        "approved (an older revision or an unreviewed draft): publish the approved "
        "translation from the review screen instead.",
        differing,
    ) % {"count": differing, "language": language_name(translation.target_locale.language_code)}


def publish_refusal(obj, translation=None):
    """Why ``obj`` (a page or snippet as it would go live) may not go live, or None. Only
    translations into a reviewed locale are held; source content and other pages pass, and
    so does a translation the site publishes behind the notice until reviewed (notice.py)."""
    from .notice import with_notice

    if not gate_applies():
        return None
    translation = translation or translation_for(obj)
    if translation is None or with_notice(translation):
        return None
    states = segment_states(translation.source, translation.target_locale)
    return blocking_reason(translation.source, translation.target_locale, states) or content_reason(
        obj, translation, states
    )


def last_approver(source, locale):
    from .models import SegmentReview

    review = (
        SegmentReview.objects.filter(source=source, locale=locale, approved_by__isnull=False)
        .select_related("approved_by")
        .order_by("-approved_at")
        .first()
    )
    return review.approved_by if review else None
