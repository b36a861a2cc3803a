"""Segments named as people name them: "Title", "Body › Paragraph 3", "Report › Speakers › 2 ›
Name", rather than wagtail-localize's ``body.c36dbf79-…`` paths.

A path is read against the source's own content: field names give the field's verbose name,
a stream block id the block's label and its number among blocks of that kind, a list item id
its number in the list, a child object (an inline panel row) its number. Only the stored raw
data is read, so naming 200 segments costs no query.
"""

import contextlib
from collections import Counter

from django.core.exceptions import FieldDoesNotExist
from django.db.models import ManyToOneRel
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.fields import StreamField

SEPARATOR = " › "


def segment_labels(source, states):
    """segment pk -> label for the segments of ``states`` (review.LocaleSegment)."""
    try:
        instance = source.as_instance()
    except Exception:
        instance = None
    by_path = {}
    labels = {}
    for state in states:
        path = state.segment.context.path
        if path not in by_path:
            by_path[path] = label_for_path(instance, path) if instance is not None else path
        label = by_path[path]
        if state.siblings > 1:
            label = _("%(label)s (%(number)s of %(count)s)") % {
                "label": label,
                "number": state.position + 1,
                "count": state.siblings,
            }
        labels[state.segment.pk] = label
    return labels


def label_for_path(instance, path):
    parts = path.split(".")
    try:
        field = instance._meta.get_field(parts[0])
    except FieldDoesNotExist:
        return path
    names = [_field_label(field)]
    if isinstance(field, StreamField):
        raw = getattr(instance, field.name).raw_data
        names += _block_parts(field.stream_block, list(raw), parts[1:])
    elif isinstance(field, ManyToOneRel):
        names += _child_parts(instance, field, parts[1:])
    return SEPARATOR.join(str(name) for name in names)


def _field_label(field):
    if isinstance(field, ManyToOneRel):
        return capfirst(field.related_model._meta.verbose_name_plural)
    return capfirst(field.verbose_name)


def _block_parts(block, raw, parts):
    """Labels for ``parts`` (block ids, child names, item ids) of a block's raw value."""
    if not parts or raw is None:
        return []
    head, rest = parts[0], parts[1:]
    if isinstance(block, blocks.StreamBlock):
        # "Paragraph 3" among several paragraphs, "Speakers" when there is one such block.
        totals = Counter(child.get("type") for child in raw)
        seen = Counter()
        for child in raw:
            kind = child.get("type")
            seen[kind] += 1
            if child.get("id") == head:
                child_block = block.child_blocks.get(kind)
                if child_block is None:
                    return []
                label = capfirst(child_block.label)
                if totals[kind] > 1:
                    label = f"{label} {seen[kind]}"
                return [label, *_block_parts(child_block, child.get("value"), rest)]
        return []
    if isinstance(block, blocks.StructBlock):
        child_block = block.child_blocks.get(head)
        if child_block is None or not isinstance(raw, dict):
            return []
        return [capfirst(child_block.label), *_block_parts(child_block, raw.get(head), rest)]
    if isinstance(block, blocks.ListBlock):
        items = raw.get("value", []) if isinstance(raw, dict) else raw
        for index, item in enumerate(items):
            if isinstance(item, dict) and item.get("id") == head:
                return [str(index + 1), *_block_parts(block.child_block, item.get("value"), rest)]
    return []


def _child_parts(instance, relation, parts):
    if not parts:
        return []
    children = list(getattr(instance, relation.get_accessor_name()).all())
    for index, child in enumerate(children):
        if str(child.translation_key) == parts[0]:
            names = [str(index + 1)]
            if len(parts) > 1:
                with contextlib.suppress(FieldDoesNotExist):
                    names.append(_field_label(child._meta.get_field(parts[1])))
            return names
    return []
