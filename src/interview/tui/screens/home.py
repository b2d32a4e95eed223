"""Home: the bank at a glance, what is due, the streak, and the keys to start."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Header, ProgressBar, Static

from interview.core.practice import wait_text
from interview.core.text import printable
from interview.tui.screens.base import AppScreenMixin, wrapped_key_hints
from interview.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from interview.backend import HomeStats


HOME_KEYS = (
    ("p", "practice"),
    ("P", "aim a session"),
    ("m", "mock"),
    ("w", "weak areas"),
    ("b", "browse"),
    ("/", "search"),
    ("?", "help"),
    ("q", "quit"),
)
"""The keys home lists above the footer."""


class KeyLine(Static):
    """A line of key hints that wraps between pairs, never inside one."""

    def __init__(self, pairs: tuple[tuple[str, str], ...], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.pairs = pairs

    def render(self) -> Text:
        return wrapped_key_hints(self.pairs, max(20, self.size.width))


class HomeScreen(AppScreenMixin, Screen[None]):
    """The first screen."""

    BINDINGS = [
        Binding("p", "app.practice", "Practice", id="home.practice"),
        Binding("P", "app.build_session", "Aim a session", id="home.aim"),
        Binding("m", "app.mock", "Mock", id="home.mock"),
        Binding("w", "app.weak", "Weak areas", id="home.weak"),
        Binding("b", "app.browse", "Browse", id="home.browse"),
        Binding("slash", "app.browse(True)", "Search", id="home.search", show=False),
        Binding("s", "app.settings", "Settings", id="home.settings"),
        Binding("q", "app.quit", "Quit", id="home.quit"),
        Binding("r", "resume_mock", "Resume mock", id="home.resume-mock"),
        Binding("x", "abandon_mock", "Abandon mock", id="home.abandon-mock"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home"):
            yield Static("interview", id="home-title")
            yield Static("Loading the question bank…", id="home-status")
            yield Static(id="home-paused")
            yield ProgressBar(id="home-progress", show_eta=False)
            with Horizontal(id="home-panels"):
                yield Static(id="home-due", classes="panel")
                yield Static(id="home-bank", classes="panel")
            with Horizontal(id="home-weak-row"):
                yield Static(id="home-weak", classes="panel")
            yield KeyLine(HOME_KEYS, id="home-keys")
        yield KeyFooter()

    def __init__(self) -> None:
        super().__init__()
        self.stats: HomeStats | None = None
        """The figures shown, from the last refresh."""

    def on_mount(self) -> None:
        self.query_one("#home-progress", ProgressBar).display = False
        self.set_interval(1, self.tick)
        if self.interview_app.backend is not None:
            self.backend_ready()

    def tick(self) -> None:
        """Once a second: when the next review falls due, show it (the figures refresh);
        until then the countdown in the status line moves."""
        stats = self.stats
        if stats is None or stats.due.next_due is None or stats.due.total_now:
            return
        now = self.interview_app.clock()
        if now >= stats.due.next_due:
            self.backend_ready()
        else:
            self.query_one("#home-status", Static).update(self._status(stats, now))

    def show_progress(self, done: int, total: int) -> None:
        """The start-up sync's progress."""
        bar = self.query_one("#home-progress", ProgressBar)
        if total == 0:
            return
        bar.display = True
        bar.update(total=total, progress=done)
        self.query_one("#home-status", Static).update(f"Reading question files: {done} of {total}")

    def backend_ready(self) -> None:
        """Fill in the figures (called when the bank is loaded, and on return here)."""
        backend = self.interview_app.backend
        if backend is None:
            return
        self.query_one("#home-progress", ProgressBar).display = False
        now = self.interview_app.clock()
        stats = self.stats = backend.home(now)
        self.query_one("#home-status", Static).update(self._status(stats, now))
        paused = self.query_one("#home-paused", Static)
        paused.display = bool(stats.paused_mocks)
        if stats.paused_mocks:
            mock_id, _ = stats.paused_mocks[0]
            described = self.interview_app.paused_mock_text(mock_id) or ""
            text = Text()
            text.append("Paused mock: ", style="bold yellow")
            text.append(printable(described) + "   ")
            text.append_text(wrapped_key_hints((("r", "resume"), ("x", "abandon")), 80))
            paused.update(text)
        self.refresh_bindings()
        self.query_one("#home-due", Static).update(self._due(stats))
        self.query_one("#home-bank", Static).update(self._bank(stats))
        self.query_one("#home-weak", Static).update(self._weak(stats))

    def on_screen_resume(self) -> None:
        self.backend_ready()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("resume_mock", "abandon_mock"):
            return bool(self.stats and self.stats.paused_mocks)
        return True

    def action_resume_mock(self) -> None:
        if self.stats and self.stats.paused_mocks:
            self.interview_app.resume_mock(self.stats.paused_mocks[0][0])

    def action_abandon_mock(self) -> None:
        if not (self.stats and self.stats.paused_mocks):
            return
        from interview.tui.screens.dialogs import ChoiceScreen

        mock_id = self.stats.paused_mocks[0][0]

        def chosen(choice: str | None) -> None:
            if choice == "a":
                self.interview_app.abandon_mock(mock_id)

        described = self.interview_app.paused_mock_text(mock_id) or "the paused mock"
        self.app.push_screen(
            ChoiceScreen("Abandon the paused mock?", Text(f"{described}."), [("a", "abandon")]),
            chosen,
        )

    @staticmethod
    def _status(stats: HomeStats, now: datetime) -> Text:
        due = stats.due
        if due.total_now:
            return Text(f"{due.total_now} due now. Press p to practise.", style="bold")
        wait = (due.next_due - now).total_seconds() if due.next_due is not None else None
        soon = f"; next review in {wait_text(wait)}" if wait is not None else ""
        if due.new_left_today:
            return Text(f"Nothing due{soon}; {due.new_left_today} new questions today. Press p.")
        if wait is not None and due.next_due is not None and due.next_due < stats.day_end:
            return Text(f"All done for now: next review in {wait_text(wait)}.", style="bold")
        return Text("All done for today. Browse (b) or come back tomorrow.")

    @staticmethod
    def _due(stats: HomeStats) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold")
        table.add_column(justify="right")
        table.add_row("Due now", str(stats.due.total_now))
        table.add_row("Due today", str(stats.due.total_today))
        table.add_row("New left today", str(stats.due.new_left_today))
        table.add_row("Reviewed today", str(stats.reviewed_today))
        days = "day" if stats.streak == 1 else "days"
        table.add_row("Streak", f"{stats.streak} {days}")
        return table

    @staticmethod
    def _bank(stats: HomeStats) -> Table:
        table = Table(box=None, padding=(0, 1), show_edge=False)
        table.add_column("Category", style="bold", no_wrap=True, min_width=13)
        table.add_column("Questions", justify="right")
        table.add_column("Due", justify="right")
        table.add_column("New", justify="right")
        for category, count in stats.categories:
            table.add_row(
                Text(printable(category)),
                str(count),
                str(stats.due.due_now.get(category, 0)),
                str(stats.due.new_available.get(category, 0)),
            )
        table.add_row(Text("All", style="bold"), str(stats.total), "", "")
        return table

    @staticmethod
    def _weak(stats: HomeStats) -> Text:
        text = Text()
        text.append("Weakest areas  ", style="bold")
        if not stats.weakest:
            text.append("none yet: practise a few questions and they show here", style="dim")
            return text
        for index, (name, weakness) in enumerate(stats.weakest):
            if index:
                text.append("  ·  ")
            text.append(printable(name), style="bold red" if weakness >= 0.45 else "yellow")
            text.append(f" {weakness:.2f}", style="dim")
        text.append("   (w for details and drills)", style="dim")
        return text
