"""What changed in a source text since its translation was approved, word by word, for the
review screen's stale segments: the old and the new source side by side, changes marked."""

import difflib
import re

TOKEN = re.compile(r"\s+|[^\s]+")


def word_diff(old, new):
    """(old side, new side): each a list of (text, changed) pieces; whitespace stays with
    the words around it, so the sides read as sentences."""
    old_tokens, new_tokens = TOKEN.findall(old), TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(a=old_tokens, b=new_tokens, autojunk=False)
    old_side, new_side = [], []
    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        changed = operation != "equal"
        if a2 > a1:
            old_side.append(("".join(old_tokens[a1:a2]), changed))
        if b2 > b1:
            new_side.append(("".join(new_tokens[b1:b2]), changed))
    return old_side, new_side
