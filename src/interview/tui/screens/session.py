"""The session builder: aim a practice session at categories, tags, difficulties, starred
or weak questions, due or new only. The last choice is remembered."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, RadioButton, RadioSet, SelectionList, Static

from interview.core.text import printable
from interview.tui.screens.base import AppScreenMixin, key_hints
from interview.tui.widgets.footer import KeyFooter

SCOPES = ("due and new", "due only", "new only")
"""The choices of what a session holds."""


def last_session_path(data_dir: Path) -> Path:
    """Where the builder keeps the last choice (a small JSON file beside the database)."""
    return data_dir / "last-session.json"


def load_last_session(path: Path) -> dict[str, Any]:
    """The last choice made in the builder; {} when there is none or it cannot be read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_last_session(path: Path, choice: dict[str, Any]) -> None:
    """Remember the choice; a folder that cannot be written only costs the memory."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(choice), encoding="utf-8")
    except OSError:
        pass


class SessionBuilderScreen(AppScreenMixin, ModalScreen[dict[str, Any] | None]):
    """Choose what a practice session draws from; dismissed with the QueueFilters fields."""

    BINDINGS = [
        Binding("ctrl+s", "start", "Start", id="session.start", priority=True),
        Binding("escape", "dismiss(None)", "Cancel", id="session.cancel"),
    ]

    def __init__(
        self, *, categories: list[tuple[str, int]], tags: list[str], last: dict[str, Any]
    ) -> None:
        super().__init__()
        self.categories = categories
        self.tags = tags
        self.last = last

    def compose(self) -> ComposeResult:
        chosen = self.last
        with Vertical(id="session-dialog"):
            yield Static("Aim a practice session", id="session-title")
            with VerticalScroll(id="session-body"):
                yield Static("Categories (none: all)", classes="session-label")
                yield SelectionList[str](
                    *[
                        (f"{printable(name)} ({count})", name, name in chosen.get("categories", ()))
                        for name, count in self.categories
                    ],
                    id="session-categories",
                )
                yield Static("Tags (any of those ticked; none: all)", classes="session-label")
                yield SelectionList[str](
                    *[(printable(t), t, t in chosen.get("tags", ())) for t in self.tags],
                    id="session-tags",
                )
                yield Static("Difficulty (none: all)", classes="session-label")
                yield SelectionList[str](
                    *[
                        (d, d, d in chosen.get("difficulties", ()))
                        for d in ("easy", "medium", "hard")
                    ],
                    id="session-difficulties",
                )
                with Horizontal(id="session-flags"):
                    yield Checkbox("Starred", bool(chosen.get("starred")), id="session-starred")
                    yield Checkbox("Weak", bool(chosen.get("weak")), id="session-weak")
                scope = 1 if chosen.get("due_only") else 2 if chosen.get("new_only") else 0
                with RadioSet(id="session-scope"):
                    for index, label in enumerate(SCOPES):
                        yield RadioButton(label, value=index == scope)
            yield Static(id="session-error")
            with Horizontal(id="session-buttons"):
                yield Button("Start", variant="primary", id="session-start")
                yield Button("Cancel", id="session-cancel")
            yield Static(key_hints(("ctrl+s", "start"), ("esc", "cancel")), id="session-keys")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#session-categories", SelectionList).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "session-start":
            self.action_start()
        else:
            self.dismiss(None)

    def choice(self) -> dict[str, Any]:
        """What is ticked, as QueueFilters fields."""
        scope = self.query_one("#session-scope", RadioSet).pressed_index
        return {
            "categories": tuple(self.query_one("#session-categories", SelectionList).selected),
            "tags": tuple(self.query_one("#session-tags", SelectionList).selected),
            "difficulties": tuple(self.query_one("#session-difficulties", SelectionList).selected),
            "starred": self.query_one("#session-starred", Checkbox).value,
            "weak": self.query_one("#session-weak", Checkbox).value,
            "due_only": scope == 1,
            "new_only": scope == 2,
        }

    def action_start(self) -> None:
        choice = self.choice()
        if choice["weak"] and choice["new_only"]:
            self.query_one("#session-error", Static).update(
                "Weak and new only exclude each other: a new question has never been weak."
            )
            return
        self.dismiss(choice)
