"""LaTeX math in Markdown made readable in a terminal: `$\\sigma(x)$` becomes sigma(x).

Inline `$...$` and display `$$...$$` outside code are converted with pylatexenc's
LaTeX-to-text (Greek letters, operators and symbols become Unicode; fractions become
`(a)/(b)`), and shown as inline code so Markdown leaves them alone.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_MATH = re.compile(
    r"(`+)(.+?)\1|\$\$(.+?)\$\$|(?<![\\$\w])\$(?!\s)([^$\n]+?)(?<!\s)\$(?![\w$])", re.S
)


@cache
def _converter() -> Any:
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

    context = get_default_latex_context_db().filter_context(keep_categories=None)
    context.add_context_category(
        "interview",
        prepend=True,
        macros=[
            MacroTextSpec("frac", simplify_repl="(%s)/(%s)"),
            MacroTextSpec("dfrac", simplify_repl="(%s)/(%s)"),
            MacroTextSpec("top", simplify_repl="ᵀ"),
            MacroTextSpec("lVert", simplify_repl="‖"),
            MacroTextSpec("rVert", simplify_repl="‖"),
            MacroTextSpec(",", simplify_repl=" "),
        ],
    )
    return LatexNodes2Text(latex_context=context, math_mode="text")


def latex_to_text(latex: str) -> str:
    """One formula as plain Unicode text."""
    try:
        text = str(_converter().latex_to_text(latex))
    except Exception:  # a formula pylatexenc cannot read is shown as written
        return latex
    return " ".join(text.split())


def readable_math(markdown: str) -> str:
    """`markdown` with every formula outside code turned into readable inline code."""
    if "$" not in markdown:
        return markdown
    out: list[str] = []
    in_fence: str | None = None
    block: list[str] = []

    def flush() -> None:
        if block:
            out.append(_MATH.sub(_replace, "\n".join(block)))
            block.clear()

    for line in markdown.split("\n"):
        fence = _FENCE.match(line)
        if fence and (in_fence is None or fence.group(1)[0] == in_fence[0]):
            if in_fence is None:
                flush()
                in_fence = fence.group(1)
            else:
                in_fence = None
            out.append(line)
        elif in_fence is not None:
            out.append(line)
        else:
            block.append(line)
    flush()
    return "\n".join(out)


def _replace(match: re.Match[str]) -> str:
    if match.group(1):  # inline code: keep as is
        return match.group(0)
    formula = match.group(3) if match.group(3) is not None else match.group(4)
    text = latex_to_text(formula).replace("`", "'")
    return f"`{text}`"
