"""Question text rendered as Markdown, safe and readable in a terminal."""

from __future__ import annotations

from textual.widgets import Markdown

from interview.core.mathtext import readable_math
from interview.core.text import printable


def prepare(markdown: str) -> str:
    """Control characters made visible, formulas turned into readable text."""
    return readable_math(printable(markdown))


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
