"""Text from question files made safe to show in a terminal."""

from __future__ import annotations

import re

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
"""Control characters (escape sequences start with one), line and paragraph separators
(U+2028/9, which some terminals and editors treat as line breaks) and bidirectional marks
and overrides (U+061C, U+200E/F, U+202A-E, U+2066-9)."""

_UNSAFE_IN_LINE = re.compile(_UNSAFE.pattern[:-1] + "\n\t]")
"""The same, plus newline and tab: for text that must stay on one line (names, ids)."""


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\n":
        return "\\n"
    if char == "\t":
        return "\\t"
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control character shown as a visible escape such as `\\x1b`.

    Newlines and tabs are kept. A question file can then never move the cursor, change
    colours, set the window title or reorder what the user reads.
    """
    return _UNSAFE.sub(_escape, text)


_ESCAPE_SEQUENCE = re.compile(
    "(?:\x1b\\]|\x9d)[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\\\|\x9c)?"  # OSC ... BEL/ST
    "|(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves
    "|\x1b[@-Z\\\\-_]"  # any other two-character escape
)
"""A whole terminal escape sequence, so that none of its text is left behind."""


def strip_controls(text: str) -> tuple[str, int]:
    """`text` without the characters `printable` escapes (line endings made LF first),
    and how many were removed. For text taken from a third party into question files."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, sequences = _ESCAPE_SEQUENCE.subn("", text)
    text, characters = _UNSAFE.subn("", text)
    return text, sequences + characters


def printable_line(text: str) -> str:
    """`text` made safe like `printable`, and kept on one line: newlines and tabs become
    `\\n` and `\\t`. For file names and ids, where a newline could forge a line of output.
    """
    return _UNSAFE_IN_LINE.sub(_escape, text)


_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""What JSON leaves raw but a terminal would act on (JSON itself escapes C0 controls)."""


def json_text(data: object, *, indent: int | None = None) -> str:
    """`data` as JSON that is safe to print: non-ASCII text stays readable, but DEL, C1
    controls, line separators and bidi overrides are written as `\\uXXXX` escapes, which
    every JSON reader turns back into the same characters."""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


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
