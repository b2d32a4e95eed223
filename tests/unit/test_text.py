"""Text from files made safe for a terminal: nothing a bank or a list holds can drive it."""

from __future__ import annotations

import json

import pytest

from interview.core.text import json_text, printable, printable_line, strip_controls

DANGEROUS = [
    "\x1b",  # ESC: every colour, cursor move, title and clipboard (OSC 52) sequence
    "\x07",
    "\x9b",  # C1 CSI: an escape sequence without ESC
    "\x9d",  # C1 OSC
    "\x7f",
    "\u061c",  # Arabic letter mark
    "\u200e",
    "\u202e",  # right-to-left override
    "\u2066",
    "\u2069",
    "\u2028",  # line separator
    "\u2029",
]


@pytest.mark.parametrize("char", DANGEROUS)
def test_printable_escapes_every_dangerous_character(char: str) -> None:
    shown = printable(f"a{char}b")
    assert char not in shown
    assert shown.startswith("a\\") and shown.endswith("b")


def test_printable_keeps_newlines_tabs_and_ordinary_unicode() -> None:
    text = "Line one\n\tcode\nβ-VAE ≤ 0.5 — 你好 👶"
    assert printable(text) == text


def test_printable_line_keeps_a_name_on_one_line() -> None:
    assert printable_line("bad\nname.md:1: error: forged") == "bad\\nname.md:1: error: forged"
    assert printable_line("a\tb\x1b") == "a\\tb\\x1b"


def test_json_text_escapes_what_json_leaves_raw_and_reads_back_the_same() -> None:
    data = {"question": "".join(DANGEROUS) + "ok é"}
    text = json_text(data)
    assert all(char not in text for char in DANGEROUS)
    assert "é" in text  # readable, not ASCII-escaped
    assert json.loads(text) == data


def test_strip_controls_removes_whole_escape_sequences() -> None:
    text = (
        "A \x1b]0;title\x07B \x1b]52;c;ZXZpbA==\x1b\\C \x1b[1;31mD\x1b[0m \x9b2JE \u202eF\r\nG\rH"
    )
    cleaned, removed = strip_controls(text)
    assert cleaned == "A B C D E F\nG\nH"
    assert removed == 6  # four sequences, a C1 one, and the override
