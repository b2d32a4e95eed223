"""Help: every key the current screen and the app answer to."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "space": "space",
    "escape": "esc",
    "enter": "enter",
}
"""How a few keys are written for people."""


class HelpScreen(ModalScreen[None]):
    """The bindings of the screen below, then the app's."""

    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "Close", id="help.close")]

    def __init__(self, below: Screen[object]) -> None:
        super().__init__()
        self.below = below

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog"):
            yield Static(Text("Keys", style="bold"), classes="section-title")
            yield Static(self.table())
            yield Static(
                Text(
                    "ctrl+p opens the command palette with every action. esc closes this.",
                    style="dim",
                )
            )

    def table(self) -> Table:
        table = Table(box=None, padding=(0, 2), show_header=False)
        table.add_column(style="bold", justify="right")
        table.add_column()
        seen: set[str] = set()
        sources = [
            (type(self.below).__name__.removesuffix("Screen"), self.below.BINDINGS),
            ("App", self.app.BINDINGS),
        ]
        for title, bindings in sources:
            table.add_row("", Text(title, style="bold underline"), end_section=False)
            for binding in bindings:
                if not isinstance(binding, Binding) or not binding.description:
                    continue
                if binding.description.startswith("Point "):  # listed once as 1-9
                    continue
                keys = ", ".join(KEY_NAMES.get(k, k) for k in binding.key.split(","))
                if keys in seen:
                    continue
                seen.add(keys)
                table.add_row(keys, binding.description)
        if type(self.below).__name__ == "PracticeScreen":
            table.add_row("1-9", "Tick or untick a rubric point (after the answer)")
        table.add_row("ctrl+p", "Command palette")
        table.add_row("ctrl+q", "Quit")
        return table

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
