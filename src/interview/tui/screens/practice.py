"""Practice: the queue from the study engine, one question at a time.

Think or type, reveal the model answer, tick the rubric points you covered, take the
suggested grade (enter) or another (a/d/g/e). Each grade is committed at once.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static, TextArea

from interview.core.practice import Attempt
from interview.core.questions import format_duration
from interview.core.scheduling import Grade
from interview.core.text import printable
from interview.tui.screens.base import AppScreenMixin, key_hints
from interview.tui.widgets.markdown import QuestionMarkdown

if TYPE_CHECKING:
    from interview.storage.study import Candidate, QueueFilters, RecordedReview

AMBER_FROM = 0.8
"""Share of the time budget after which the timer turns amber (red once it is over)."""

GRADE_KEYS = {"a": Grade.AGAIN, "d": Grade.HARD, "g": Grade.GOOD, "e": Grade.EASY}
"""Keys that pick a grade other than the suggested one."""


class NotesArea(TextArea):
    """Where the user types an answer; escape gives the keys back to the screen."""

    BINDINGS = [Binding("escape", "leave", "Leave notes", id="practice.leave-notes")]

    def action_leave(self) -> None:
        self.screen.set_focus(None)


class CodeArea(TextArea):
    """The code editor of a coding question; escape gives the keys back to the screen."""

    BINDINGS = [Binding("escape", "leave", "Leave the editor", id="practice.leave-code")]

    def action_leave(self) -> None:
        self.screen.set_focus(None)


def code_area(widget_id: str = "practice-code") -> CodeArea:
    from textual._tree_sitter import get_language

    language = "python" if get_language("python") is not None else None
    return CodeArea(
        "",
        language=language,
        soft_wrap=False,
        show_line_numbers=True,
        tab_behavior="indent",
        id=widget_id,
    )


class PracticeScreen(AppScreenMixin, Screen[None]):
    """A practice session."""

    BINDINGS = [
        Binding("space", "reveal", "Reveal", id="practice.reveal"),
        Binding("h", "hint", "Hint", id="practice.hint"),
        Binding("n", "notes", "Notes", id="practice.notes"),
        Binding("c", "code", "Code", id="practice.code"),
        Binding("ctrl+r", "run_tests", "Run tests", id="practice.run", priority=True),
        Binding("enter", "accept", "Accept grade", id="practice.accept"),
        Binding("a", "grade('a')", "Again", id="practice.again"),
        Binding("d", "grade('d')", "Hard", id="practice.hard"),
        Binding("g", "grade('g')", "Good", id="practice.good"),
        Binding("e", "grade('e')", "Easy", id="practice.easy"),
        *[Binding(str(i), f"tick({i})", f"Point {i}", show=False) for i in range(1, 10)],
        Binding("u", "undo", "Undo", id="practice.undo"),
        Binding("r", "review_ahead", "Review ahead", id="practice.ahead"),
        Binding("escape", "app.pop_screen", "Home", id="practice.home"),
    ]

    def __init__(self, *, filters: QueueFilters | None = None, drill: str | None = None) -> None:
        super().__init__()
        self.filters = filters
        """Only these questions (a drill on one area); None: the whole queue."""
        self.drill = drill
        """The drilled area's name, shown in the bar."""
        self.attempt: Attempt | None = None
        self.candidate: Candidate | None = None
        self.last_category: str | None = None
        self.graded: list[RecordedReview] = []
        self.review_ahead = drill is not None  # a drill goes on past what is due
        self.finished = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="practice-bar"):
            yield Static(id="practice-meta")
            yield Static(id="practice-timer")
        with VerticalScroll(id="practice-body"):
            yield QuestionMarkdown(id="practice-question")
            yield NotesArea(id="practice-notes", soft_wrap=True, show_line_numbers=False)
            yield code_area()
            yield Static(id="practice-run")
            yield Static(id="practice-hints")
            yield Static("Answer", id="practice-answer-title", classes="section-title")
            yield QuestionMarkdown(id="practice-answer")
            yield Static(id="practice-rubric")
            yield Static(id="practice-suggestion")
            yield Static(id="practice-note")
            yield Static(id="practice-summary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(
            "#practice-notes", NotesArea
        ).placeholder = "Your answer: press n to type here, esc to leave"
        self.set_interval(1, self.tick)
        self.next_question()

    # -- flow ------------------------------------------------------------------------------

    def next_question(self) -> None:
        """Show the next question of the queue, or the summary when there is none."""
        backend = self.interview_app.backend
        assert backend is not None
        now = self.interview_app.clock()
        exclude = tuple(r.question_id for r in self.graded if r.card_after.due > now)
        from dataclasses import replace

        from interview.storage.study import QueueFilters

        base = self.filters or QueueFilters()
        found = backend.next_question(
            now=now,
            after=self.last_category,
            filters=replace(base, exclude=exclude),
            review_ahead=self.review_ahead,
        )
        if found is None:
            self.show_summary()
            return
        self.candidate, question = found
        self.start(question)

    def start(self, question: Any) -> None:
        """Begin an attempt at `question`."""
        self.finished = False
        self.attempt = Attempt(question, started_at=self.interview_app.clock())
        candidate = self.candidate
        kind = {"due": "review", "new": "new", "ahead": "ahead"}.get(
            candidate.kind if candidate else "", ""
        )
        meta = Text()
        meta.append(f" {printable(question.category)} ", style="reverse bold")
        meta.append(f"  {question.difficulty.value}  ")
        if question.tags:
            meta.append(" ".join(f"#{printable(t)}" for t in question.tags), style="italic")
        meta.append(f"  ({kind})", style="dim")
        if self.drill:
            meta.append(f"  drill: {printable(self.drill)}", style="bold")
        self.query_one("#practice-meta", Static).update(meta)
        title = f"# {question.title}\n\n{question.question}"
        self.query_one("#practice-question", QuestionMarkdown).show(title)
        notes = self.query_one("#practice-notes", NotesArea)
        notes.text = ""
        notes.display = True
        self.show_code(question)
        for widget_id in (
            "#practice-hints",
            "#practice-suggestion",
            "#practice-note",
            "#practice-summary",
        ):
            self.query_one(widget_id, Static).update("")
        self.set_class(False, "-revealed")
        self.set_class(False, "-finished")
        self.query_one("#practice-body", VerticalScroll).scroll_home(animate=False)
        self.tick()
        self.refresh_bindings()

    def coding(self) -> bool:
        """Whether the current question's code can be run against its tests."""
        attempt = self.attempt
        return bool(attempt and attempt.question.entry and attempt.question.tests.strip())

    def show_code(self, question: Any) -> None:
        """The editor for a coding question: the last code written for it, or the
        entry function's signature."""
        editor = self.query_one("#practice-code", CodeArea)
        run = self.query_one("#practice-run", Static)
        run.update("")
        coding = bool(question.entry and question.tests.strip())
        editor.display = coding
        run.display = coding
        if not coding:
            return
        from interview.core.runner import starter_code

        backend = self.interview_app.backend
        saved = backend.saved_code(question.id) if backend is not None else None
        editor.text = saved if saved is not None else starter_code(question.entry, question.answer)
        run.update(
            key_hints(("c", "edit the code"), ("ctrl+r", "run the tests"), ("esc", "leave editor"))
        )

    def action_code(self) -> None:
        if self.coding():
            self.query_one("#practice-code", CodeArea).focus()

    def action_run_tests(self) -> None:
        """Save the code and run the question's tests on it, off the UI thread."""
        attempt = self.attempt
        backend = self.interview_app.backend
        if attempt is None or backend is None or not self.coding():
            return
        from interview.core.parser import fenced_code

        code = self.query_one("#practice-code", CodeArea).text
        backend.save_code(attempt.question.id, code, now=self.interview_app.clock())
        blocks = fenced_code(attempt.question.tests)
        if not blocks:
            return
        self.query_one("#practice-run", Static).update(Text("Running the tests…", style="italic"))
        self.run_tests(attempt, code, blocks[0])

    @work(thread=True, exclusive=True, group="run-tests")
    def run_tests(self, attempt: Attempt, code: str, tests: str) -> None:
        from interview.core.runner import run_tests

        report = run_tests(code, tests, entry=attempt.question.entry)
        self.app.call_from_thread(self.show_run, attempt, code, report)

    def show_run(self, attempt: Attempt, code: str, report: Any) -> None:
        """The tests' results beside the code; the latest run counts in the grade."""
        from interview.tui.widgets.run_report import run_summary

        if attempt is not self.attempt:
            return  # the user moved on while it ran
        attempt.record_run(code, report.passed, report.total)
        text = run_summary(report)
        text.append_text(key_hints(("c", "edit"), ("ctrl+r", "run again")))
        self.query_one("#practice-run", Static).update(text)
        if attempt.revealed:
            self.render_rubric()

    def tick(self) -> None:
        """Update the timer against the budget: amber near it, red over it."""
        attempt = self.attempt
        timer = self.query_one("#practice-timer", Static)
        if attempt is None or self.finished:
            timer.update("")
            return
        now = self.interview_app.clock()
        elapsed = attempt.elapsed(now)
        budget = attempt.question.time_budget
        timer.update(f"{_clock(elapsed)} / {format_duration(budget)}")
        timer.set_class(AMBER_FROM * budget <= elapsed <= budget, "amber")
        timer.set_class(elapsed > budget, "red")

    def show_summary(self) -> None:
        """The end of the session."""
        self.finished = True
        self.attempt = None
        self.set_class(True, "-finished")
        grades = Counter(r.grade for r in self.graded)
        text = Text()
        text.append("Session done\n\n", style="bold")
        if self.graded:
            text.append(f"{len(self.graded)} answered: ")
            text.append(", ".join(f"{grades[g]} {g.label}" for g in Grade if grades[g]) + "\n\n")
        else:
            text.append("Nothing is due and no new question is left for today.\n\n")
        text.append_text(key_hints(("r", "review ahead"), ("esc", "home")))
        self.query_one("#practice-summary", Static).update(text)
        self.query_one("#practice-meta", Static).update("")
        self.query_one("#practice-question", QuestionMarkdown).show("")
        self.query_one("#practice-notes", NotesArea).display = False
        self.tick()
        self.refresh_bindings()

    # -- actions ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        attempt = self.attempt
        revealed = attempt is not None and attempt.revealed
        if action in ("reveal", "notes"):
            return attempt is not None and not revealed
        if action in ("code", "run_tests"):
            return self.coding()
        if action == "hint":
            return attempt is not None and attempt.hints_used < len(attempt.question.hints)
        if action in ("accept", "grade", "tick"):
            return revealed
        if action == "review_ahead":
            return self.finished
        if action == "undo":
            return bool(self.graded)
        return True

    def action_reveal(self) -> None:
        attempt = self.attempt
        if attempt is None:
            return
        now = self.interview_app.clock()
        attempt.reveal(now)
        attempt.notes = self.query_one("#practice-notes", NotesArea).text
        question = attempt.question
        self.set_class(True, "-revealed")
        self.query_one("#practice-answer", QuestionMarkdown).show(
            question.answer or "*This question has no model answer yet.*"
        )
        backend = self.interview_app.backend
        if backend is not None:
            note = backend.user_data(question.id).note
            if note:
                self.query_one("#practice-note", Static).update(
                    Text.assemble(("Your note: ", "bold"), printable(note))
                )
        self.render_rubric()
        self.tick()
        self.refresh_bindings()
        self.set_focus(None)

    def render_rubric(self) -> None:
        attempt = self.attempt
        if attempt is None:
            return
        text = Text()
        rubric = attempt.question.rubric
        if rubric:
            text.append("Rubric: press a digit to tick what you covered\n", style="bold")
            for index, point in enumerate(rubric):
                ticked = index in attempt.covered
                text.append(
                    f" {'[x]' if ticked else '[ ]'} {index + 1}. ",
                    style="bold green" if ticked else "bold",
                )
                text.append(printable(point).replace("\n", " ") + "\n")
        else:
            text.append("No rubric: grade it yourself with a, d, g or e.\n", style="italic")
        self.query_one("#practice-rubric", Static).update(text)
        suggestion = attempt.suggestion(self.interview_app.clock())
        line = Text()
        if suggestion is not None:
            line.append("Suggested: ", style="bold")
            line.append(f" {suggestion.grade.label} ", style="reverse bold")
            line.append(f"  {suggestion.reason}\n")
        keys = [("a", "again"), ("d", "hard"), ("g", "good"), ("e", "easy")]
        if suggestion is not None:
            keys.insert(0, ("enter", "accept"))
        line.append_text(key_hints(*keys))
        self.query_one("#practice-suggestion", Static).update(line)

    def action_tick(self, point: int) -> None:
        attempt = self.attempt
        if attempt is None or not attempt.revealed or point > len(attempt.question.rubric):
            return
        attempt.toggle(point - 1)
        self.render_rubric()

    def action_hint(self) -> None:
        attempt = self.attempt
        if attempt is None:
            return
        hint = attempt.take_hint()
        if hint is None:
            return
        hints = self.query_one("#practice-hints", Static)
        text = Text()
        for index in range(attempt.hints_used):
            text.append(f"Hint {index + 1}: ", style="bold yellow")
            text.append(printable(attempt.question.hints[index]) + "\n")
        hints.update(text)
        if attempt.revealed:
            self.render_rubric()
        self.refresh_bindings()

    def action_notes(self) -> None:
        self.query_one("#practice-notes", NotesArea).focus()

    def action_accept(self) -> None:
        self.record(None)

    def action_grade(self, key: str) -> None:
        self.record(GRADE_KEYS[key])

    def record(self, grade: Grade | None) -> None:
        """Commit the grade (the suggested one when None) and move on."""
        attempt = self.attempt
        backend = self.interview_app.backend
        if attempt is None or not attempt.revealed or backend is None:
            return
        from interview.storage.study import ReviewError

        now = self.interview_app.clock()
        try:
            recorded = backend.answer(
                question_id=attempt.question.id,
                now=now,
                assessment=attempt.assessment(now),
                grade=grade,
            )
        except ReviewError as exc:
            self.notify(str(exc), title="Not saved", severity="error", timeout=8)
            return
        self.graded.append(recorded)
        self.last_category = attempt.question.category
        wait = recorded.card_after.due - now
        self.notify(
            f"{recorded.grade.label.title()}: next in {_interval(wait.total_seconds())}",
            timeout=2,
        )
        self.next_question()

    def action_undo(self) -> None:
        backend = self.interview_app.backend
        if backend is None or not self.graded:
            return
        from interview.storage.study import ReviewError

        try:
            undone = backend.undo(self.graded[-1].id)
        except ReviewError as exc:
            self.notify(str(exc), title="Not taken back", severity="warning", timeout=6)
            return
        self.graded.pop()
        if undone is None:  # already gone (restored or imported over, say)
            return
        question = backend.question(undone.question_id)
        self.notify(f"Took back {undone.grade.label} on this question", timeout=3)
        if question is not None:
            self.candidate = None
            self.start(question)

    def action_review_ahead(self) -> None:
        self.review_ahead = True
        self.next_question()


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes:02d}:{secs:02d}"


def _interval(seconds: float) -> str:
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))} min"
    if seconds < 86400:
        return f"{round(seconds / 3600)} h"
    days = round(seconds / 86400)
    return f"{days} day" + ("s" if days != 1 else "")
