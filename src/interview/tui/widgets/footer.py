"""The footer: every screen's keys, fitted to the terminal's width."""

from __future__ import annotations

from textual import events
from textual.widgets import Footer

NARROW = 100
"""Below this width the footer drops its padding and the palette key (both stay in `?`)."""


class KeyFooter(Footer):
    """Textual's footer, compact on a narrow terminal so the keys that matter fit at 80
    columns. Secondary keys are bound with `show=False`: `?` lists them and ctrl+p finds
    them."""

    def on_resize(self, event: events.Resize) -> None:
        narrow = event.size.width < NARROW
        self.compact = narrow
        self.show_command_palette = not narrow
