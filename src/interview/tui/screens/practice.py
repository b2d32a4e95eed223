"""Practice: the queue from the study engine, one question at a time.

Think or type, reveal the model answer, tick the rubric points you covered, take the
suggested grade (enter) or another (a/d/g/e). Each grade is committed at once.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, ScrollableContainer, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header, Static, TextArea

from interview.core.practice import Attempt, wait_text
from interview.core.questions import format_duration
from interview.core.scheduling import Grade
from interview.core.text import printable
from interview.tui.screens.base import AppScreenMixin, key_hints
from interview.tui.widgets.footer import KeyFooter
from interview.tui.widgets.markdown import QuestionMarkdown, inline, plain

if TYPE_CHECKING:
    from interview.core.grading import GradedAnswer
    from interview.storage.study import Candidate, QueueFilters, RecordedReview

AMBER_FROM = 0.8
"""Share of the time budget after which the timer turns amber (red once it is over)."""

GRADE_KEYS = {"a": Grade.AGAIN, "d": Grade.HARD, "g": Grade.GOOD, "e": Grade.EASY}
"""Keys that pick a grade other than the suggested one."""


def focus_scroller(widget: Widget) -> None:
    """Focus the scrolling container around `widget`: the screen's keys work again and
    the arrow and page keys scroll (focus on nothing would leave them dead)."""
    for ancestor in widget.ancestors:
        if isinstance(ancestor, ScrollableContainer):
            ancestor.focus()
            return
    widget.screen.set_focus(None)


class NotesArea(TextArea):
    """Where the user types an answer; escape gives the keys back to the screen."""

    BINDINGS = [Binding("escape", "leave", "Leave notes", id="practice.leave-notes")]

    def action_leave(self) -> None:
        focus_scroller(self)


class CodeArea(TextArea):
    """The code editor of a coding question; escape gives the keys back to the screen."""

    BINDINGS = [Binding("escape", "leave", "Leave the editor", id="practice.leave-code")]

    def action_leave(self) -> None:
        focus_scroller(self)


def set_language(editor: TextArea, entry: str | None) -> None:
    """Highlight the editor as SQL for an SQL question (`entry: sql`), else as Python."""
    from textual._tree_sitter import get_language

    language = "sql" if entry == "sql" else "python"
    editor.language = language if get_language(language) is not None else None


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

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]

    BINDINGS = [
        Binding("space", "reveal", "Reveal", id="practice.reveal"),
        Binding("h", "hint", "Hint", id="practice.hint"),
        Binding("n", "notes", "Notes", id="practice.notes"),
        Binding("c", "code", "Code", id="practice.code"),
        Binding("l", "last_code", "Your last code", id="practice.last-code"),
        Binding("ctrl+r", "run_tests", "Run tests", id="practice.run", priority=True),
        Binding("enter", "accept", "Accept grade", id="practice.accept"),
        Binding("a", "grade('a')", "Again", id="practice.again"),
        Binding("d", "grade('d')", "Hard", id="practice.hard"),
        Binding("g", "grade('g')", "Good", id="practice.good"),
        Binding("e", "grade('e')", "Easy", id="practice.easy"),
        *[Binding(str(i), f"tick({i})", f"Point {i}", show=False) for i in range(1, 10)],
        Binding("u", "undo", "Undo", id="practice.undo"),
        Binding("b", "bury", "Bury", id="practice.bury", show=False),
        Binding("E", "edit", "Edit file", id="practice.edit", show=False),
        Binding("S", "suspend", "Suspend", id="practice.suspend", show=False),
        Binding("r", "review_ahead", "Review ahead", id="practice.ahead"),
        Binding("escape", "app.pop_screen", "Home", id="practice.home"),
    ]

    def __init__(self, *, filters: QueueFilters | None = None, drill: str | None = None) -> None:
        super().__init__()
        self.filters = filters
        """Only these questions (a drill, or an aimed session); None: the whole queue."""
        self.drill = drill
        """The drilled area's name, shown in the bar."""
        self.aim = filters.describe() if filters is not None and drill is None else ""
        """What an aimed session is limited to, shown in the bar."""
        self.attempt: Attempt | None = None
        self.candidate: Candidate | None = None
        self.last_category: str | None = None
        self.graded: list[RecordedReview] = []
        # a drill, or a session on chosen questions, goes on past what is due
        self.review_ahead = drill is not None or bool(filters and filters.question_ids)
        self.finished = False
        self.next_due: datetime | None = None
        """When the next review falls due, on the done screen."""
        self.last_code: str | None = None
        """The code last written for the current coding question, when not the starter."""
        self.grading = False
        """Whether the typed notes are being scored against the rubric."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="practice-bar"):
            yield Static(id="practice-meta")
            yield Static(id="practice-timer")
        # A coding question puts its editor and run report in the side pane: beside the
        # statement from 100 columns (the statement stays in view while you type),
        # under it on a narrow terminal (both panes scroll).
        with Container(id="practice-main"):
            with VerticalScroll(id="practice-body"):
                yield QuestionMarkdown(id="practice-question")
                yield NotesArea(id="practice-notes", soft_wrap=True, show_line_numbers=False)
                yield Static(id="practice-hints")
                yield Static("Answer", id="practice-answer-title", classes="section-title")
                yield QuestionMarkdown(id="practice-answer")
                yield Static(id="practice-rubric")
                yield Static(id="practice-suggestion")
                yield Static(id="practice-note")
                yield Static(id="practice-summary")
            with Vertical(id="practice-side"):
                yield code_area()
                with VerticalScroll(id="practice-run-scroll"):
                    yield Static(id="practice-run")
        yield KeyFooter()

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
        elif self.aim:
            meta.append(f"  only: {printable(self.aim)}", style="bold")
        self.query_one("#practice-meta", Static).update(meta)
        title = f"# {question.title}\n\n{question.question}"
        shown = self.query_one("#practice-question", QuestionMarkdown)
        shown.display = True
        shown.show(title)
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
        self.set_class(coding, "-coding")
        if not coding:
            return
        from interview.core.runner import starter_code

        backend = self.interview_app.backend
        saved = backend.saved_code(question.id) if backend is not None else None
        starter = starter_code(question.entry, question.answer)
        set_language(editor, question.entry)
        self.last_code = saved if saved is not None and saved.strip() != starter.strip() else None
        # A review starts from the signature: re-running old code teaches nothing. The
        # setting ui.code_start = "last" starts from your last code instead.
        from_last = self.last_code is not None and self.interview_app.config.code_start == "last"
        editor.text = self.last_code if from_last and self.last_code is not None else starter
        hints = [("c", "edit the code"), ("ctrl+r", "run the tests")]
        if self.last_code is not None and not from_last:
            hints.append(("l", "your last code"))
        hints.append(("esc", "leave editor"))
        run.update(key_hints(*hints))

    def action_code(self) -> None:
        if self.coding():
            self.query_one("#practice-code", CodeArea).focus()

    def action_last_code(self) -> None:
        """Put the code you last wrote for this question in the editor (undo: ctrl+z)."""
        if self.last_code is None or not self.coding():
            return
        editor = self.query_one("#practice-code", CodeArea)
        editor.replace(self.last_code, editor.document.start, editor.document.end)
        editor.focus()
        self.notify("Your last code for this question (ctrl+z to go back)", timeout=3)

    def action_run_tests(self) -> None:
        """Save the code and run the question's tests on it, off the UI thread."""
        attempt = self.attempt
        backend = self.interview_app.backend
        if attempt is None or backend is None or not self.coding():
            return
        code = self.query_one("#practice-code", CodeArea).text
        backend.save_code(attempt.question.id, code, now=self.interview_app.clock())
        self.query_one("#practice-run", Static).update(Text("Running the tests…", style="italic"))
        self.run_tests(attempt, code, attempt.question.tests)

    @work(thread=True, exclusive=True, group="run-tests")
    def run_tests(self, attempt: Attempt, code: str, tests: str) -> None:
        from interview.core.coding import run_question

        report = run_question(code, tests, attempt.question.entry)
        self.app.call_from_thread(self.show_run, attempt, code, report)

    def show_run(self, attempt: Attempt, code: str, report: Any) -> None:
        """The tests' results beside the code; the latest run counts in the grade."""
        from interview.tui.widgets.run_report import run_summary

        if attempt is not self.attempt:
            return  # the user moved on while it ran
        attempt.record_run(code, report.passed, report.total)
        text = run_summary(report)
        text.append_text(key_hints(("c", "edit"), ("ctrl+r", "run again")))
        run = self.query_one("#practice-run", Static)
        run.update(text)
        run.scroll_visible(animate=False)
        if attempt.revealed:
            self.render_rubric()

    def tick(self) -> None:
        """Update the timer against the budget: amber near it, red over it."""
        attempt = self.attempt
        timer = self.query_one("#practice-timer", Static)
        if self.finished:
            timer.update("")
            self.tick_finished()
            return
        if attempt is None:
            timer.update("")
            return
        now = self.interview_app.clock()
        elapsed = attempt.elapsed(now)
        budget = attempt.question.time_budget
        timer.update(f"{_clock(elapsed)} / {format_duration(budget)}")
        timer.set_class(AMBER_FROM * budget <= elapsed <= budget, "amber")
        timer.set_class(elapsed > budget, "red")

    def show_summary(self) -> None:
        """The end of the session: what was done, and when the next review falls due
        (the screen comes back to life by itself then)."""
        self.finished = True
        self.attempt = None
        self.set_class(True, "-finished")
        backend = self.interview_app.backend
        self.next_due = (
            backend.next_due(now=self.interview_app.clock(), filters=self.filters_now())
            if backend is not None
            else None
        )
        self.query_one("#practice-meta", Static).update("")
        question = self.query_one("#practice-question", QuestionMarkdown)
        question.show("")
        question.display = False
        for widget_id in ("#practice-notes", "#practice-code", "#practice-run"):
            self.query_one(widget_id).display = False
        self.set_class(False, "-coding")
        self.query_one("#practice-hints", Static).update("")
        self.render_summary()
        self.query_one("#practice-body", VerticalScroll).scroll_home(animate=False)
        focus_scroller(self.query_one("#practice-summary"))
        self.tick()
        self.refresh_bindings()

    def render_summary(self) -> None:
        """The done message, with the countdown to the next review."""
        grades = Counter(r.grade for r in self.graded)
        text = Text()
        text.append("Session done\n\n", style="bold")
        if self.graded:
            text.append(f"{len(self.graded)} answered: ")
            text.append(", ".join(f"{grades[g]} {g.label}" for g in Grade if grades[g]) + "\n\n")
        else:
            text.append("Nothing is due and no new question is left for today.\n\n")
        if self.next_due is not None:
            wait = (self.next_due - self.interview_app.clock()).total_seconds()
            text.append(f"Next review in {wait_text(wait)}", style="bold")
            if wait < 3600:
                text.append(": it comes up here by itself; stay, or come back.")
            text.append("\n\n")
        text.append_text(key_hints(("r", "review ahead"), ("esc", "home")))
        self.query_one("#practice-summary", Static).update(text)

    def tick_finished(self) -> None:
        """Once a second on the done screen: the countdown, or the next question."""
        if self.next_due is None:
            return
        if self.interview_app.clock() >= self.next_due:
            self.next_question()
        else:
            self.render_summary()

    def filters_now(self) -> QueueFilters:
        """The session's filters (the whole queue when none)."""
        from interview.storage.study import QueueFilters

        return self.filters or QueueFilters()

    # -- actions ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        attempt = self.attempt
        revealed = attempt is not None and attempt.revealed
        if action in ("reveal", "notes"):
            return attempt is not None and not revealed
        if action in ("code", "run_tests"):
            return self.coding()
        if action == "hint":  # after the reveal the hints are shown with the answer
            return (
                attempt is not None
                and not revealed
                and attempt.hints_used < len(attempt.question.hints)
            )
        if action == "last_code":
            return self.coding() and self.last_code is not None
        if action in ("accept", "grade", "tick"):
            return revealed
        if action == "review_ahead":
            return self.finished
        if action == "undo":
            return bool(self.graded)
        if action in ("bury", "suspend", "edit"):
            return attempt is not None
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
        from interview.core.coding import answer_with_mistakes

        self.query_one("#practice-answer", QuestionMarkdown).show(
            answer_with_mistakes(
                question.answer or "*This question has no model answer yet.*",
                question.extra_sections,
                question.entry,
            )
        )
        backend = self.interview_app.backend
        if backend is not None:
            note = backend.user_data(question.id).note
            if note:
                self.query_one("#practice-note", Static).update(
                    Text.assemble(("Your note: ", "bold"), printable(note))
                )
        self.render_hints(all_of_them=True)
        self.grading = bool(question.rubric and attempt.notes.strip())
        self.render_rubric()
        if self.grading:
            self.grade_notes(attempt)
        self.tick()
        self.refresh_bindings()
        focus_scroller(self.query_one("#practice-answer"))
        self.query_one("#practice-answer-title").scroll_visible(top=True, animate=False)

    @work(thread=True, exclusive=True, group="grading")
    def grade_notes(self, attempt: Attempt) -> None:
        """Score the typed notes against the rubric off the UI thread (the first call
        loads the model, about 0.2 s), then pre-tick on the UI thread."""
        from interview.core.grading import GradingError, default_grader

        question = attempt.question
        try:
            graded = default_grader().assess(
                question.rubric, attempt.notes, category=question.category
            )
        except GradingError as exc:
            self.app.call_from_thread(self.grading_failed, str(exc))
            return
        self.app.call_from_thread(self.apply_grading, attempt, graded)

    def apply_grading(self, attempt: Attempt, graded: GradedAnswer) -> None:
        if attempt is not self.attempt:  # the user has moved on
            return
        self.grading = False
        attempt.apply_grading(graded)
        self.render_rubric()

    def grading_failed(self, message: str) -> None:
        self.grading = False
        self.render_rubric()
        self.notify(f"Cannot check your notes: {message}", severity="warning", timeout=6)

    def render_rubric(self) -> None:
        attempt = self.attempt
        if attempt is None:
            return
        text = Text()
        rubric = attempt.question.rubric
        if rubric:
            if self.grading:
                header = "Rubric: checking your notes against it...\n"
            elif attempt.suggested is not None:
                header = "Rubric: ticked from your notes; press a digit to change a tick\n"
            else:
                header = "Rubric: press a digit to tick what you covered\n"
            text.append(header, style="bold")
            for index, point in enumerate(rubric):
                ticked = index in attempt.covered
                likely = not ticked and index in attempt.maybe
                mark = "[x]" if ticked else "[?]" if likely else "[ ]"
                text.append(
                    f" {mark} {index + 1}. ",
                    style="bold green" if ticked else "bold yellow" if likely else "bold",
                )
                text.append_text(inline(point))
                text.append("\n")
                evidence = attempt.evidence.get(index)
                if evidence and (ticked or likely):
                    quote = evidence if len(evidence) <= 160 else evidence[:157] + "..."
                    text.append(f'       "{printable(quote)}"\n', style="italic dim")
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
        self.render_hints()
        self.query_one("#practice-hints").scroll_visible(animate=False)
        self.refresh_bindings()

    def render_hints(self, *, all_of_them: bool = False) -> None:
        """The hints taken (each costs); with `all_of_them`, after the reveal, every hint,
        the ones not taken marked as part of the answer (they cost nothing)."""
        attempt = self.attempt
        if attempt is None:
            return
        hints = attempt.question.hints
        shown = len(hints) if all_of_them else attempt.hints_used
        text = Text()
        for index in range(shown):
            taken = index < attempt.hints_used
            text.append(f"Hint {index + 1}: ", style="bold yellow" if taken else "bold dim")
            text.append_text(inline(hints[index]))
            text.append("\n")
        if all_of_them and attempt.hints_used < len(hints):
            text.append("(hints not taken before the reveal cost nothing)\n", style="dim italic")
        self.query_one("#practice-hints", Static).update(text)

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
        self.app.clear_notifications()  # one grade toast at a time, never a stack of them
        self.notify(
            f"{recorded.grade.label.title()}: next in {wait_text(wait.total_seconds())}",
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
            from interview.storage.study import Candidate

            # the question is again what it was: new when this was its first review
            kind = "new" if undone.card_before is None else "due"
            self.candidate = Candidate(question.id, question.category, kind)
            self.start(question)

    def action_edit(self) -> None:
        """Edit this question's file; when it reloads cleanly, start it again as edited."""
        attempt = self.attempt
        backend = self.interview_app.backend
        if attempt is None or backend is None:
            return
        if self.interview_app.edit_question(attempt.question.id):
            question = backend.question(attempt.question.id)
            if question is not None:
                self.start(question)

    def action_bury(self) -> None:
        """Hide this question until the next study day, and move on."""
        self.hide_current(bury=True)

    def action_suspend(self) -> None:
        """Keep this question out of every queue and mock until unsuspended; move on."""
        self.hide_current(bury=False)

    def hide_current(self, *, bury: bool) -> None:
        attempt = self.attempt
        backend = self.interview_app.backend
        if attempt is None or backend is None:
            return
        question = attempt.question
        if bury:
            backend.bury(question.id, now=self.interview_app.clock())
            message = "Buried until tomorrow"
        else:
            backend.suspend(question.id)
            message = "Suspended: out of practice and mocks until you unsuspend it (S on its page)"
        self.notify(f"{message}: {plain(question.title)}", timeout=4)
        self.next_question()

    def action_review_ahead(self) -> None:
        self.review_ahead = True
        self.next_question()


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes:02d}:{secs:02d}"
