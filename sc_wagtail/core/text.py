"""Text made safe for single-line places: email subjects, iCalendar properties, headers."""

import re
import unicodedata

_BREAKS = re.compile(r"\s+")


def single_line(text):
    """``text`` with every control character and line or paragraph separator turned into a
    space (a newline in an email subject stops the email; in an iCalendar property it breaks
    the file), runs of spaces collapsed."""
    cleaned = "".join(
        " " if unicodedata.category(char) in ("Cc", "Zl", "Zp") else char for char in str(text)
    )
    return _BREAKS.sub(" ", cleaned).strip()


def without_controls(text):
    """``text`` keeping its line breaks (as "\\n") but no other control character."""
    lines = str(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(single_line(line) for line in lines)
