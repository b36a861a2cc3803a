"""A WPML copy of a post as machine drafts of the source page's segments.

The copy's HTML is turned into blocks the same way as the source's, then aligned with the
source: body blocks by their order among blocks of the same kind (difflib on the sequence of
block kinds), the other fields by name. Each aligned text becomes the draft of the source
segment in the same place (``StringTranslation`` of type machine, tool "WPML import"), so
reviewers find it in their queue like any machine draft. Where the copy's structure differs,
text without a place is added to the draft of the nearest segment before it, never lost, and
the report says so. A segment a person has translated, edited or approved is never
overwritten.
"""

import difflib
from collections import defaultdict

from django.db import transaction
from wagtail_localize.models import StringTranslation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from sc_wagtail.translation import history
from sc_wagtail.translation.qa import Context
from sc_wagtail.translation.qa.engine import fix
from sc_wagtail.translation.review import segment_states

from .pages import plain

TOOL = "WPML import"


def aligned_body(source_stream, copy_blocks):
    """The copy's body blocks with the ids of the source blocks they match, and the text of
    copy blocks that match none (to add to the nearest draft)."""
    source = [(_kind(child["type"], child["value"]), child["id"]) for child in source_stream]
    copy = [_kind(kind, value) for kind, value in copy_blocks]
    matcher = difflib.SequenceMatcher(a=[k for k, _i in source], b=copy, autojunk=False)
    placed, extra = [], []
    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        if operation == "equal" or (operation == "replace" and a2 - a1 == b2 - b1):
            for offset in range(b2 - b1):
                kind, value = copy_blocks[b1 + offset]
                source_kind, source_id = source[a1 + offset]
                if _kind(kind, value) == source_kind:
                    placed.append({"type": kind, "value": value, "id": source_id})
                else:
                    extra.append((source_id if placed else None, value))
        else:
            anchor = placed[-1]["id"] if placed else None
            extra.extend((anchor, value) for _kind, value in copy_blocks[b1:b2])
    return placed, extra


def _kind(block_type, value):
    """What a block is, finely enough to align: a list is not a paragraph of text."""
    if block_type == "paragraph" and isinstance(value, str):
        start = value.lstrip()[:4].lower()
        if start in ("<ul>", "<ol>"):
            return "paragraph/list"
    return block_type


def copy_texts(page, values, body):
    """{segment path: [texts in order]} of the copy, read by wagtail-localize's own extractor
    from the source page with the copy's values in place (nothing saved)."""
    for name, value in values.items():
        setattr(page, name, value)
    if body is not None:
        page.body = body
    texts = defaultdict(list)
    for segment in extract_segments(page):
        if isinstance(segment, StringSegmentValue):
            texts[segment.path].append(segment.string.data)
    return texts


@transaction.atomic
def write_drafts(source, locale, texts, extra_text, report, item):
    """Machine drafts of ``source`` in ``locale`` from the copy's ``texts`` (and the
    ``extra_text`` of blocks without a counterpart); returns how many segments got one."""
    by_path = defaultdict(list)
    for state in segment_states(source, locale):
        by_path[state.segment.context.path].append(state)
    written, missing = [], 0
    for path, states in by_path.items():
        candidates = list(texts.get(path, []))
        if len(candidates) > len(states):
            # More copy text than source segments here: the rest joins the last draft.
            candidates[len(states) - 1 :] = [" ".join(candidates[len(states) - 1 :])]
        missing += max(len(states) - len(candidates), 0)
        written += list(zip(states, candidates, strict=False))
    for anchor, html in extra_text:
        index = _nearest(written, anchor)
        if index is not None:
            state, text = written[index]
            written[index] = (state, f"{text} {plain(html)}")
    if extra_text:
        report.warn(
            "structure",
            item.wp_id,
            item.link,
            f"{locale.language_code}: {len(extra_text)} block(s) without a counterpart in the "
            "source, added to the nearest segment's draft",
        )
    if missing:
        report.warn(
            "structure",
            item.wp_id,
            item.link,
            f"{locale.language_code}: {missing} source segment(s) have no text in the copy",
        )
    context = Context(target_language=locale.language_code)
    # Mechanical typography fixed, as for any machine draft; a person's text kept.
    written = [(state, fix(text, context)) for state, text in written if not _kept(state)]
    StringTranslation.objects.bulk_create(
        [
            StringTranslation(
                translation_of=state.segment.string,
                locale=locale,
                context=state.segment.context,
                data=text,
                translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
                tool_name=TOOL,
            )
            for state, text in written
        ],
        update_conflicts=True,
        unique_fields=["locale", "translation_of", "context"],
        update_fields=["data", "translation_type", "tool_name", "updated_at"],
    )
    history.SegmentEvent.objects.bulk_create(
        history.event(state, locale, history.SegmentEvent.Kind.MACHINE, text=text, tool=TOOL)
        for state, text in written
    )
    return len(written)


def _nearest(written, anchor):
    """The last draft inside the block ``anchor`` (a block id), else the last draft."""
    if not written:
        return None
    inside = [
        index
        for index, (state, _text) in enumerate(written)
        if anchor and state.segment.context.path.split(".")[-1] == anchor
    ]
    return inside[-1] if inside else len(written) - 1


def _kept(state):
    """A person's text or an approval is never overwritten by a re-import."""
    if state.review is not None:
        return True
    current = state.translation
    return (
        current is not None
        and current.translation_type != StringTranslation.TRANSLATION_TYPE_MACHINE
    )
