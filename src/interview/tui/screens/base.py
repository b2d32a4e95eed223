"""What every screen of the app shares."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text

if TYPE_CHECKING:
    from interview.tui.app import InterviewApp


class AppScreenMixin:
    """Gives a screen typed access to the app it runs in."""

    @property
    def interview_app(self) -> InterviewApp:
        """The running `InterviewApp` (with its backend, clock and zone)."""
        from interview.tui.app import InterviewApp

        app: Any = getattr(self, "app")  # noqa: B009 - the Screen attribute, typed here
        assert isinstance(app, InterviewApp)
        return app


def key_hints(*pairs: tuple[str, str]) -> Text:
    """A line of keys and what they do: `enter accept  a again ...`."""
    text = Text()
    for index, (key, label) in enumerate(pairs):
        if index:
            text.append("   ")
        text.append(f" {key} ", style="reverse bold")
        text.append(f" {label}")
    return text
