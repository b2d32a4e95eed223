"""Question text rendered as Markdown, safe and readable in a terminal."""

from __future__ import annotations

import re

from rich.text import Text
from textual.widgets import Markdown

from interview.core.mathtext import plain_math, readable_math
from interview.core.text import printable

_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.DOTALL)
CODE_STYLE = "bold #e0b060 on #2a2a2a"


def prepare(markdown: str) -> str:
    """Control characters made visible, formulas turned into readable text."""
    return readable_math(printable(markdown))


def plain(text: str) -> str:
    """A one-line text (a title) as a person reads it: formulas as Unicode, controls
    made visible, inline code without its backticks."""
    return _CODE_SPAN.sub(lambda m: m.group(2).strip(), plain_math(printable(text)))


def inline(text: str, style: str = "") -> Text:
    """A rubric point, hint or follow-up as Rich text: formulas as Unicode, inline code
    styled as code (never raw backticks), line breaks folded into spaces."""
    text = plain_math(printable(text)).replace("\n", " ")
    out = Text(style=style)
    last = 0
    for match in _CODE_SPAN.finditer(text):
        out.append(text[last : match.start()])
        out.append(match.group(2).strip(), style=CODE_STYLE)
        last = match.end()
    out.append(text[last:])
    return out


class QuestionMarkdown(Markdown):
    """Markdown from a question file: code highlighted, math readable, nothing executes.

    Textual's Markdown widget shows text as text, so Rich/Textual markup in a question
    (`[bold]`, `[@click=...]`) is displayed literally; escape sequences are neutralised
    before they reach it.
    """

    DEFAULT_CSS = """
    QuestionMarkdown {
        margin: 0;
        padding: 0 1;
        background: transparent;
    }
    """

    def __init__(self, markdown: str = "", **kwargs: object) -> None:
        super().__init__(prepare(markdown), open_links=False, **kwargs)  # type: ignore[arg-type]

    def show(self, markdown: str) -> None:
        """Replace the content."""
        self.update(prepare(markdown))
