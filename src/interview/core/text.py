"""Text from question files made safe to show in a terminal."""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""Control characters (escape sequences start with one) and bidirectional overrides."""


def printable(text: str) -> str:
    """`text` with every control character shown as a visible escape such as `\\x1b`.

    Newlines and tabs are kept. A question file can then never move the cursor, change
    colours, set the window title or reorder what the user reads.
    """
    return _UNSAFE.sub(
        lambda m: (
            f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}"
        ),
        text,
    )


def slugify(text: str, *, max_length: int = 60) -> str:
    """A file-name-safe slug: lower case words joined by '-'."""
    words = re.sub(r"[^a-z0-9]+", " ", text.lower()).split()
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug or "question"


def display_path(path: str) -> str:
    """A path as a person reads it: relative to the working directory when inside it,
    else with the home directory written as ~."""
    import os

    try:
        relative = os.path.relpath(path)
    except ValueError:
        relative = ".."
    if not relative.startswith(".."):
        return relative
    home = os.path.expanduser("~")
    return "~" + path[len(home) :] if home != "~" and path.startswith(home + os.sep) else path
