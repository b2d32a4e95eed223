"""Every formula in the shipped bank renders as clean terminal text (issue 14).

Clean means: no LaTeX command left (`\\frac`), no printf placeholder (`%s`), no dollar, no
braces except a set's own (`\\{0, 1\\}` is `{0, 1}`), and nothing written to stderr or the
log while rendering.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from interview.core.mathtext import formulas, latex_to_text, readable_math
from interview.paths import shipped_bank

FILES = sorted(shipped_bank().rglob("*.md"))
FORMULAS = [(path, formula) for path in FILES for formula in formulas(path.read_text())]
SET_BRACES = re.compile(r"\\[{}]|\\[lr]brace\b")
COMMAND = re.compile(r"\\[A-Za-z]+")


def problems(formula: str, text: str) -> list[str]:
    found = []
    if COMMAND.search(text):
        found.append("a LaTeX command is left")
    if "\\" in text:
        found.append("a backslash is left")
    if "%s" in text:
        found.append("a %s placeholder")
    if "$" in text:
        found.append("a dollar sign")
    braces = text.count("{") + text.count("}")
    if braces != len(SET_BRACES.findall(formula)):
        found.append("braces that are not a set's")
    if any(ord(char) < 32 for char in text):
        found.append("a control character (an unresolved marker)")
    return found


def test_the_bank_has_thousands_of_formulas() -> None:
    assert len(FILES) > 300
    assert len(FORMULAS) > 3000


def test_every_formula_renders_cleanly_and_quietly(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    latex_to_text.cache_clear()
    bad = []
    for path, formula in FORMULAS:
        text = latex_to_text(formula)
        if not text.strip():
            bad.append(f"{path.name}: {formula!r} renders as nothing")
        for problem in problems(formula, text):
            bad.append(f"{path.name}: {formula!r} → {text!r}: {problem}")
    assert bad == []
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out == ""
    assert caplog.records == []


@pytest.mark.parametrize("path", FILES, ids=lambda path: Path(path).stem)
def test_no_formula_reaches_rich_as_latex(path: Path) -> None:
    """What the TUI hands Rich holds no `$…$` left to misread and no LaTeX escape."""
    shown = readable_math(path.read_text())
    assert formulas(shown) == []
