"""Settings: desired retention, new questions a day, and the theme."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from interview.tui.screens.base import AppScreenMixin
from interview.tui.widgets.footer import KeyFooter


class SettingsScreen(AppScreenMixin, ModalScreen[None]):
    """Change the settings most people change; the rest live in the config file."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="settings.save", priority=True),
        Binding("escape", "dismiss_settings", "Cancel", id="settings.cancel"),
    ]

    def compose(self) -> ComposeResult:
        backend = self.interview_app.backend
        assert backend is not None
        study = backend.config.study
        with Vertical(id="settings-dialog"):
            yield Static("Settings", classes="section-title")
            yield Label("Desired retention (0.70 to 0.97): higher means more reviews")
            # compact fields: the dialog, its buttons included, fits a 24-line terminal
            yield Input(str(study.desired_retention), id="settings-retention", compact=True)
            yield Label("New questions per day")
            yield Input(str(study.new_per_day), id="settings-new", type="integer", compact=True)
            yield Label("Theme")
            yield Select(
                [(name, name) for name in sorted(self.app.available_themes)],
                value=self.app.theme,
                allow_blank=False,
                id="settings-theme",
                compact=True,
            )
            yield Static(id="settings-error")
            with Horizontal(id="settings-buttons"):
                yield Button("Save", variant="primary", id="settings-save", compact=True)
                yield Button("Cancel", id="settings-cancel", compact=True)
        yield KeyFooter()  # this dialog's keys, not those of the screen beneath

    def on_mount(self) -> None:
        self.original_theme = self.app.theme
        self.query_one("#settings-retention", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        if isinstance(event.value, str):
            self.app.theme = event.value

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "settings-save":
            self.action_save()
        else:
            self.action_dismiss_settings()

    def action_save(self) -> None:
        from interview.config import ConfigError

        backend = self.interview_app.backend
        assert backend is not None
        retention = self.query_one("#settings-retention", Input).value.strip()
        new = self.query_one("#settings-new", Input).value.strip()
        theme = self.query_one("#settings-theme", Select).value
        try:
            backend.save_settings(
                desired_retention=retention,
                new_per_day=new,
                theme=theme if isinstance(theme, str) else None,
            )
        except ConfigError as exc:
            self.query_one("#settings-error", Static).update(str(exc).split(": ", 1)[-1])
            return
        self.notify("Settings saved", timeout=2)
        self.dismiss(None)

    def action_dismiss_settings(self) -> None:
        self.app.theme = self.original_theme  # the preview is undone
        self.dismiss(None)
