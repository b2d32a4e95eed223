"""The app shell: one factory for the command line and the tests.

The first screen draws before anything heavy is imported: the database layer, the
bank sync and the Markdown parser load in a thread worker after the first frame, and
the home screen fills in when the worker reports back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import App
from textual.binding import Binding

from interview.tui.messages import BackendFailed, BackendReady, SyncProgress
from interview.tui.screens.home import HomeScreen

if TYPE_CHECKING:
    from interview.backend import Backend
    from interview.config import Config

Clock = Callable[[], datetime]
"""Where the app reads the time: the real clock, or a fixed one in tests."""


def _commands() -> type:
    """The command palette's provider, imported when the palette first opens."""
    from interview.tui.commands import InterviewCommands

    return InterviewCommands


def real_clock() -> datetime:
    """The current time, in UTC."""
    return datetime.now(UTC)


def shifted_clock(start: str) -> Clock:
    """A clock that starts at `start` (ISO 8601 with its zone) and runs at real speed:
    `INTERVIEW_NOW=2026-12-07T09:00+00:00 interview` lives a day to come, to try how
    the queue will look (the database gets reviews dated then: use a copy).
    ValueError when `start` is not such a time."""
    try:
        moment = datetime.fromisoformat(start)
    except ValueError:
        raise ValueError(
            f"INTERVIEW_NOW={start!r} is not a time; write it like 2026-12-07T09:00+00:00"
        ) from None
    if moment.tzinfo is None:
        raise ValueError(f"INTERVIEW_NOW={start!r} needs its zone, e.g. 2026-12-07T09:00+00:00")
    offset = moment - real_clock()
    return lambda: real_clock() + offset


class InterviewApp(App[None]):
    """interview's terminal UI."""

    CSS_PATH = "app.tcss"
    TITLE = "interview"
    SUB_TITLE = "ML interview practice"
    COMMANDS = App.COMMANDS | {lambda: _commands()}
    BINDINGS = [
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("ctrl+s", "settings", "Settings", show=False, id="app.settings"),
    ]

    def __init__(
        self,
        *,
        db_path: Path,
        banks: Sequence[Path],
        config: Config,
        config_path: Path | None = None,
        clock: Clock = real_clock,
        zone: tzinfo = UTC,
        practice: dict[str, Any] | None = None,
    ) -> None:
        super().__init__()
        self.start_practice = practice
        """Open straight into a practice session with these filters (QueueFilters fields;
        a plain dict so that the database layer stays off the first-screen path)."""
        self.db_path = db_path
        self.banks = list(banks)
        self.config = config
        self.config_path = config_path
        self.clock = clock
        """The app's only source of time."""
        self.zone = zone
        self.backend: Backend | None = None
        """Set once the database is open and synced."""
        self.sync_summary = ""
        """What the start-up sync did, in one line."""
        self.failure: str | None = None
        """Why the app closed, when a database or disk failure closed it."""

    def on_mount(self) -> None:
        if self.config.theme in self.available_themes:
            self.theme = self.config.theme
        self.theme_changed_signal.subscribe(self, self.theme_changed)
        self.push_screen(HomeScreen())
        self.call_after_refresh(self.load_backend)

    @work(thread=True, exclusive=True, group="backend")
    def load_backend(self) -> None:
        """Open the database and sync the banks, off the UI thread."""
        from interview.backend import Backend
        from interview.storage.engine import DatabaseError

        def progress(done: int, total: int) -> None:
            self.post_message(SyncProgress(done, total))

        try:
            backend, report = Backend.open(
                db_path=self.db_path,
                banks=self.banks,
                config=self.config,
                zone=self.zone,
                now=self.clock(),
                config_path=self.config_path,
                progress=progress,
            )
        except DatabaseError as exc:
            self.post_message(BackendFailed(str(exc)))
            return
        except Exception as exc:
            message = self.failure_message(exc)
            if message is None:
                raise
            self.post_message(BackendFailed(message))
            return
        self.post_message(BackendReady(backend, report))

    def theme_changed(self, theme: object) -> None:
        """A theme picked anywhere (the command palette's "Change theme") is kept, as one
        picked in Settings is; Settings itself previews themes and saves on Save."""
        from interview.config import ConfigError, set_setting
        from interview.tui.screens.settings import SettingsScreen

        name = getattr(theme, "name", None)
        if (
            not isinstance(name, str)
            or name == self.config.theme
            or isinstance(self.screen, SettingsScreen)
            or self.config_path is None
        ):
            return
        import json

        try:
            self.config = set_setting("ui.theme", json.dumps(name), self.config_path)
        except ConfigError as exc:
            self.notify(str(exc), title="Theme not saved", severity="warning", timeout=6)
            return
        if self.backend is not None:
            self.backend.config = self.config

    def failure_message(self, error: BaseException) -> str | None:
        """What to tell the user about a database or disk failure, or None for a bug."""
        from interview.storage.failures import explain

        original = getattr(error, "error", None)  # a worker's failure wraps the error
        failure = explain(original if isinstance(original, BaseException) else error, self.db_path)
        return failure.message if failure is not None else None

    def _handle_exception(self, error: Exception) -> None:
        # A database or disk failure anywhere (a damaged page read on some screen, a full
        # disk) closes the app with a message that says what to do, not a traceback.
        # The widget whose handler raised has stopped, so the app closes now (panic), as
        # Textual does for any error, but with the message instead of the traceback.
        message = self.failure_message(error)
        if message is None:
            super()._handle_exception(error)
            return
        from rich.text import Text

        self.failure = message
        self._return_code = 1
        self.panic(Text(f"interview: {message}"))

    @on(BackendReady)
    def backend_ready(self, message: BackendReady) -> None:
        self.backend = message.backend
        report = message.report
        self.sync_summary = (
            f"{len(report.added)} added, {len(report.updated)} updated, "
            f"{len(report.retired)} retired"
        )
        if report.errors:
            bad = len({p.path for p in report.problems if p.severity.value == "error"})
            self.notify(
                f"{bad} bank file(s) have errors and did not load; run 'interview lint'",
                title="Bank problems",
                severity="warning",
                timeout=8,
            )
        for screen in self.screen_stack:
            refresh = getattr(screen, "backend_ready", None)
            if callable(refresh):
                refresh()
        if self.start_practice is not None:
            from interview.storage.study import QueueFilters
            from interview.tui.screens.practice import PracticeScreen

            filters = QueueFilters(**self.start_practice)
            self.start_practice = None
            self.push_screen(PracticeScreen(filters=filters))
            return
        self.offer_open_mock()

    @on(BackendFailed)
    def backend_failed(self, message: BackendFailed) -> None:
        """Nothing can be studied without the database: close, and say why and what to do
        (the message stays on the terminal after the app has gone)."""
        self.failure = message.error
        self.exit(return_code=1, message=f"interview: {message.error}")

    @on(SyncProgress)
    def sync_progress(self, message: SyncProgress) -> None:
        home = self.screen if isinstance(self.screen, HomeScreen) else None
        if home is not None:
            home.show_progress(message.done, message.total)

    def require_backend(self) -> Backend | None:
        """The backend, or None with a note that the bank is still loading."""
        if self.backend is None:
            self.notify("Still loading the question bank…", timeout=2)
        return self.backend

    # -- actions (also in the command palette) ---------------------------------------------

    def action_help(self) -> None:
        from interview.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_settings(self) -> None:
        from interview.tui.screens.settings import SettingsScreen

        if self.require_backend() is not None and not isinstance(self.screen, SettingsScreen):
            self.push_screen(SettingsScreen())

    def action_practice(self) -> None:
        from interview.tui.screens.practice import PracticeScreen

        if self.require_backend() is not None:
            self.push_screen(PracticeScreen())

    def action_build_session(self) -> None:
        """The session builder; its choice starts an aimed practice session."""
        from interview.storage.study import QueueFilters
        from interview.tui.screens.practice import PracticeScreen
        from interview.tui.screens.session import (
            SessionBuilderScreen,
            last_session_path,
            load_last_session,
            save_last_session,
        )

        backend = self.require_backend()
        if backend is None:
            return
        memory = last_session_path(self.db_path.parent)
        summaries = backend.summaries()
        counts: dict[str, int] = {}
        for summary in summaries:
            counts[summary.category] = counts.get(summary.category, 0) + 1
        tags = sorted({tag for summary in summaries for tag in summary.tags})

        def start(choice: dict[str, Any] | None) -> None:
            if choice is None:
                return
            save_last_session(
                memory, {k: list(v) if isinstance(v, tuple) else v for k, v in choice.items()}
            )
            self.push_screen(PracticeScreen(filters=QueueFilters(**choice)))

        self.push_screen(
            SessionBuilderScreen(
                categories=sorted(counts.items()), tags=tags, last=load_last_session(memory)
            ),
            start,
        )

    def edit_question(self, question_id: str) -> bool:
        """Open the question's file in $VISUAL or $EDITOR (the app steps aside, as git
        does), then sync the banks and say what came of the edit. True when the question
        was reloaded without an error, so the caller can show it again."""
        import os
        import shlex
        import subprocess

        from textual.app import SuspendNotSupported

        backend = self.require_backend()
        question = backend.question(question_id) if backend is not None else None
        if backend is None or question is None or not question.path:
            return False
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        command = [*shlex.split(editor), question.path]
        try:
            try:
                with self.suspend():
                    subprocess.run(command, check=False)
            except SuspendNotSupported:  # no terminal to hand over (tests, the web)
                subprocess.run(command, check=False, stdin=subprocess.DEVNULL)
        except OSError as exc:
            self.notify(
                f"cannot run the editor '{editor}': {exc.strerror or exc}; set $EDITOR",
                title="Not edited",
                severity="error",
                timeout=8,
            )
            return False
        from interview.storage.sync import sync_banks

        report = sync_banks(engine=backend.engine, folders=self.banks, now=self.clock())
        problems = [p for p in report.problems if p.path == question.path]
        errors = [p for p in problems if p.severity.value == "error"]
        if errors:
            from interview.core.text import printable

            self.notify(
                "\n".join(printable(str(p)) for p in errors[:3])
                + "\nThe last good version stays until you fix it (E to edit again).",
                title="The file has errors",
                severity="error",
                timeout=15,
            )
            return False
        warnings = f" ({len(problems)} lint warnings)" if problems else ""
        self.notify(f"Reloaded {question.id}{warnings}", timeout=3)
        return True

    def practise_questions(self, question_ids: list[str]) -> None:
        """A session on these questions only, due or not, new ones past the daily limit."""
        from interview.storage.study import QueueFilters
        from interview.tui.screens.practice import PracticeScreen

        if self.require_backend() is not None and question_ids:
            filters = QueueFilters(question_ids=tuple(question_ids))
            self.push_screen(PracticeScreen(filters=filters))

    def action_browse(self, search: bool = False) -> None:
        from interview.tui.screens.browse import BrowseScreen

        if self.require_backend() is not None:
            self.push_screen(BrowseScreen(focus_search=search))

    def action_weak(self) -> None:
        from interview.tui.screens.weak import WeakAreasScreen

        if self.require_backend() is not None and not isinstance(self.screen, WeakAreasScreen):
            self.push_screen(WeakAreasScreen())

    def action_mock(self) -> None:
        from interview.tui.screens.mock import MockSetupScreen

        if self.require_backend() is not None:
            self.push_screen(MockSetupScreen())

    def offer_open_mock(self) -> None:
        """A mock left unfinished (a crash, or 'leave'): resume it, abandon it, or later."""
        backend = self.backend
        if backend is None or not isinstance(self.screen, HomeScreen):
            return
        found = backend.mocks.open_mocks()
        if found:
            self.ask_about_paused_mock(found[0].id, title="A mock was left unfinished")

    def paused_mock_text(self, mock_id: int) -> str | None:
        """'Phone screen, started Fri 04 Dec 21:05: 1 of 4 questions answered', or None."""
        backend = self.backend
        session = backend.mocks.load(mock_id) if backend is not None else None
        if backend is None or session is None:
            return None
        summary = next((m for m in backend.mocks.open_mocks() if m.id == mock_id), None)
        if summary is None:
            return None
        started = summary.started_at.astimezone(self.zone)
        return (
            f"{summary.template_name}, started {started:%a %d %b %H:%M}: "
            f"{len(session.answered)} of {len(session.items)} questions answered"
        )

    def ask_about_paused_mock(
        self,
        mock_id: int,
        *,
        title: str,
        extra: tuple[str, str] | None = None,
        then: Callable[[str | None], None] | None = None,
    ) -> None:
        """Resume, abandon or leave a paused mock; `extra` adds a choice, `then` hears
        the answer after it is carried out."""
        from rich.text import Text

        from interview.tui.screens.dialogs import ChoiceScreen

        described = self.paused_mock_text(mock_id)
        if described is None:
            return
        message = Text(f"{described}. It is paused; the clocks start again when you resume.")
        choices = [("r", "resume"), ("a", "abandon")]
        if extra is not None:
            choices.append(extra)
        choices.append(("l", "later"))

        def chosen(choice: str | None) -> None:
            if choice == "r":
                self.resume_mock(mock_id)
            elif choice == "a":
                self.abandon_mock(mock_id)
            if then is not None:
                then(choice)

        self.push_screen(ChoiceScreen(title, message, choices), chosen)

    def resume_mock(self, mock_id: int) -> None:
        """Carry on with a paused mock."""
        from interview.tui.screens.mock import MockScreen

        backend = self.backend
        session = backend.mocks.load(mock_id) if backend is not None else None
        if session is not None:
            self.push_screen(MockScreen(session))

    def abandon_mock(self, mock_id: int) -> None:
        """Give up a paused mock; its answers stay as reviews."""
        if self.backend is None:
            return
        self.backend.mocks.abandon(mock_id, now=self.clock())
        self.notify("Mock abandoned; its answers stay in your reviews.", timeout=4)
        for screen in self.screen_stack:
            refresh = getattr(screen, "backend_ready", None)
            if callable(refresh):
                refresh()

    def action_coming(self, what: str) -> None:
        self.notify(f"{what} is coming in a later release.", title="Coming soon", timeout=3)


def make_app(
    *,
    db_path: Path | None = None,
    banks: Sequence[Path] | None = None,
    config: Config | None = None,
    clock: Clock = real_clock,
    zone: tzinfo | None = None,
    practice: dict[str, Any] | None = None,
) -> InterviewApp:
    """The app on the default database, banks and settings, unless told otherwise."""
    import os

    from interview.config import default_banks, load_config
    from interview.paths import config_path, database_path

    settings = config if config is not None else load_config()
    if clock is real_clock and os.environ.get("INTERVIEW_NOW"):
        clock = shifted_clock(os.environ["INTERVIEW_NOW"])
    local = zone if zone is not None else (datetime.now().astimezone().tzinfo or UTC)
    return InterviewApp(
        db_path=db_path if db_path is not None else database_path(),
        banks=banks if banks is not None else default_banks(settings),
        config=settings,
        config_path=config_path(),
        clock=clock,
        zone=local,
        practice=practice,
    )
