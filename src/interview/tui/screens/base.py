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


def wrapped_key_hints(pairs: tuple[tuple[str, str], ...], width: int) -> Text:
    """`key_hints` laid out in lines of at most `width` cells, breaking only between
    pairs, so a narrow terminal never separates a key from what it does."""
    text = Text()
    used = 0
    for key, label in pairs:
        pair = key_hints((key, label))
        size = pair.cell_len
        if used and used + 3 + size > width:
            text.append("\n")
            used = 0
        elif used:
            text.append("   ")
            used += 3
        text.append_text(pair)
        used += size
    return text
