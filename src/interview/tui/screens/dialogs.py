"""Small modal questions: pick one of a few keyed choices."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from interview.tui.screens.base import key_hints


class ChoiceScreen(ModalScreen[str | None]):
    """A message and a few choices, each on a key; escape dismisses with None.

    `choices` are (key, label) pairs; the first is also taken by enter.
    """

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="choice.cancel")]

    def __init__(self, title: str, message: str | Text, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.message = message
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(id="choice-box"):
            yield Static(self.title_text, id="choice-title")
            yield Static(self.message, id="choice-message")
            hints = [*self.choices, ("esc", "cancel")]
            yield Static(key_hints(*hints), id="choice-keys")

    def on_key(self, event: object) -> None:
        key = getattr(event, "key", "")
        if key == "enter" and self.choices:
            self.dismiss(self.choices[0][0])
            return
        for choice, _ in self.choices:
            if key == choice:
                self.dismiss(choice)
                return
