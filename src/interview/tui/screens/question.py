"""One question in full: prompt, answer, rubric, hints, follow-ups, your note and history."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Header, Static, TextArea

from interview.core.questions import question_markdown
from interview.core.text import printable
from interview.tui.screens.base import AppScreenMixin
from interview.tui.widgets.footer import KeyFooter
from interview.tui.widgets.markdown import QuestionMarkdown


class QuestionScreen(AppScreenMixin, Screen[None]):
    """A question, read in full."""

    BINDINGS = [
        Binding("p", "practise", "Practise now", id="question.practise"),
        Binding("E", "edit", "Edit file", id="question.edit", show=False),
        Binding("s", "star", "Star", id="question.star"),
        Binding("n", "note", "Note", id="question.note"),
        Binding("b", "bury", "Bury/unbury", id="question.bury", show=False),
        Binding("S", "suspend", "Suspend/unsuspend", id="question.suspend", show=False),
        Binding("escape", "app.pop_screen", "Back", id="question.back"),
    ]

    def __init__(self, question_id: str) -> None:
        super().__init__()
        self.question_id = question_id

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="question-body"):
            yield Static(id="question-user")
            yield QuestionMarkdown(id="question-text")
            yield Static("History", classes="section-title")
            yield Static(id="question-history")
        yield KeyFooter()

    def on_mount(self) -> None:
        backend = self.interview_app.backend
        assert backend is not None
        question = backend.question(self.question_id)
        if question is None:
            self.notify(f"No question {self.question_id}", severity="error")
            self.app.pop_screen()
            return
        self.query_one("#question-text", QuestionMarkdown).show(question_markdown(question))
        self.show_user()
        self.show_history()

    def show_user(self) -> None:
        backend = self.interview_app.backend
        assert backend is not None
        data = backend.user_data(self.question_id, now=self.interview_app.clock())
        text = Text()
        text.append(
            "★ starred" if data.starred else "☆ not starred",
            style="bold yellow" if data.starred else "dim",
        )
        text.append("   ")
        if data.suspended:
            text.append("⊘ suspended (S to bring it back)", style="bold red")
            text.append("   ")
        if data.buried_until is not None:
            when = data.buried_until.astimezone(self.interview_app.zone)
            text.append(f"buried until {when:%a %H:%M} (b to unbury)", style="bold yellow")
            text.append("   ")
        if data.note:
            text.append("Your note: ", style="bold")
            text.append(printable(data.note))
        else:
            text.append("No note (n to write one)", style="dim")
        self.query_one("#question-user", Static).update(text)

    def show_history(self) -> None:
        backend = self.interview_app.backend
        assert backend is not None
        history = backend.history(self.question_id)
        card = backend.card(self.question_id)
        if not history:
            self.query_one("#question-history", Static).update(
                Text("Never practised: it is new.", style="dim")
            )
            return
        table = Table(box=None, padding=(0, 2))
        coding = any(r.tests_total for r in history)
        columns = ["When", "Grade", "Suggested", "Rubric", "Time", "Next due"]
        for column in [*columns, "Tests"] if coding else columns:
            table.add_column(column)
        zone = self.interview_app.zone
        attempts = []
        for review in history:
            cells = [
                review.reviewed_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                review.grade.label,
                review.suggested.label if review.suggested else "-",
                f"{review.covered}/{review.rubric_total}" if review.rubric_total else "-",
                f"{round(review.duration_s)}s",
                review.due_after.astimezone(zone).strftime("%Y-%m-%d"),
            ]
            if coding:
                cells.append(
                    f"{review.tests_passed}/{review.tests_total}" if review.tests_total else "-"
                )
            table.add_row(*cells)
            if review.code:
                attempts.append((review, review.code))
        summary = Text()
        if card is not None:
            summary.append(f"Next due {card.due.astimezone(zone).strftime('%Y-%m-%d %H:%M')}")
            summary.append(f"  ·  {card.reps} reviews, {card.lapses} lapses")
        from rich.console import Group, RenderableType
        from rich.syntax import Syntax

        parts: list[RenderableType] = [summary, table]
        for review, code in attempts[:3]:
            when = review.reviewed_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
            passed = (
                f", {review.tests_passed}/{review.tests_total} tests" if review.tests_total else ""
            )
            parts.append(Text(f"\nYour code on {when}{passed}:", style="bold"))
            parts.append(Syntax(printable(code), "python", line_numbers=True, theme="ansi_dark"))
        self.query_one("#question-history", Static).update(Group(*parts))

    def action_star(self) -> None:
        backend = self.interview_app.backend
        assert backend is not None
        data = backend.user_data(self.question_id)
        backend.set_user_data(self.question_id, starred=not data.starred)
        self.show_user()

    def action_edit(self) -> None:
        """Edit the file, then show the question as it now reads."""
        if self.interview_app.edit_question(self.question_id):
            backend = self.interview_app.backend
            question = backend.question(self.question_id) if backend is not None else None
            if question is not None:
                self.query_one("#question-text", QuestionMarkdown).show(question_markdown(question))

    def action_practise(self) -> None:
        """Practise this question now, due or not."""
        self.interview_app.practise_questions([self.question_id])

    def action_suspend(self) -> None:
        backend = self.interview_app.backend
        assert backend is not None
        data = backend.user_data(self.question_id)
        backend.suspend(self.question_id, suspended=not data.suspended)
        self.show_user()

    def action_bury(self) -> None:
        backend = self.interview_app.backend
        assert backend is not None
        now = self.interview_app.clock()
        data = backend.user_data(self.question_id, now=now)
        backend.bury(self.question_id, now=now, buried=data.buried_until is None)
        self.show_user()

    def action_note(self) -> None:
        backend = self.interview_app.backend
        assert backend is not None

        def save(note: str | None) -> None:
            if note is not None:
                backend.set_user_data(self.question_id, note=note.strip())
                self.show_user()

        self.app.push_screen(NoteScreen(backend.user_data(self.question_id).note), save)


class NoteScreen(AppScreenMixin, ModalScreen[str | None]):
    """Write a personal note on a question."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="note.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]

    def __init__(self, note: str) -> None:
        super().__init__()
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog"):
            yield Static("Your note (shown in practice after the answer)", classes="section-title")
            yield TextArea(self.note, id="note-text", soft_wrap=True)
            yield Static("ctrl+s save   esc cancel", classes="dim")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#note-text", TextArea).focus()

    def action_save(self) -> None:
        self.dismiss(self.query_one("#note-text", TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)
