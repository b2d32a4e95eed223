"""Mock interviews: choose a template (or build one), sit the timed mock, see the scorecard.

The screen is a thin layer over `interview.core.mock.MockSession`: every key calls one
of its methods with the app's clock, and the session is saved after every step (and
every few seconds while the clocks run), so a crash loses at most a few seconds.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Header, Input, OptionList, SelectionList, Static
from textual.widgets.option_list import Option

from interview.core.mock import Band, Level, MockError, MockItem, MockSession, Phase
from interview.core.report import clock
from interview.core.scheduling import Grade
from interview.core.text import printable
from interview.tui.screens.base import AppScreenMixin, key_hints
from interview.tui.screens.dialogs import ChoiceScreen
from interview.tui.screens.practice import (
    GRADE_KEYS,
    CodeArea,
    NotesArea,
    code_area,
    set_language,
)
from interview.tui.widgets.footer import KeyFooter
from interview.tui.widgets.markdown import QuestionMarkdown, inline, plain

if TYPE_CHECKING:
    from interview.core.grading import GradedAnswer
    from interview.core.templates import Template

SAVE_EVERY_S = 5.0
"""While the clocks run, the session is saved at least this often."""

CUSTOM = "__custom__"
PAUSED = "__paused__:"
"""The option id of a paused mock: this, then its id."""


class MockSetupScreen(AppScreenMixin, Screen[None]):
    """Choose a template, or build a custom mock; optionally hide the difficulty."""

    BINDINGS = [
        Binding("enter", "start", "Start", id="mock-setup.start", show=False),
        Binding("c", "custom", "Custom mock", id="mock-setup.custom"),
        Binding("d", "toggle_difficulty", "Hide difficulty", id="mock-setup.difficulty"),
        Binding("x", "abandon", "Abandon paused", id="mock-setup.abandon"),
        Binding("escape", "app.pop_screen", "Home", id="mock-setup.home"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.hide_difficulty = False
        self.templates: list[Template] = []
        self.paused_ids: list[int] = []
        """Paused mocks listed first, to resume or abandon."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "abandon":
            return bool(self.paused_ids)
        return True

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="mock-setup"):
            yield Static("Mock interview", id="mock-setup-title")
            yield Static(
                "A timed session built from a template. Questions favour what is due or "
                "weak; every answer also counts as a review.",
                id="mock-setup-intro",
            )
            yield OptionList(id="mock-templates")
            yield Static(id="mock-setup-options")
            yield Static(id="mock-setup-problems")
        yield KeyFooter()

    def on_mount(self) -> None:
        backend = self.interview_app.backend
        assert backend is not None
        from interview.mocks import templates_in_order

        found = backend.mocks.templates()
        self.templates = templates_in_order(found)
        options = self.query_one("#mock-templates", OptionList)
        for paused in backend.mocks.open_mocks():
            described = self.interview_app.paused_mock_text(paused.id)
            if described is None:
                continue
            self.paused_ids.append(paused.id)
            label = Text()
            label.append("Resume: ", style="bold yellow")
            label.append(printable(described), style="bold")
            label.append("\nPaused. enter resumes it; x abandons it.", style="dim")
            options.add_option(Option(label, id=f"{PAUSED}{paused.id}"))
            options.add_option(None)
        for template in self.templates:
            label = Text()
            label.append(printable(template.name), style="bold")
            count = template.question_count
            label.append(
                f"   {template.minutes:g} min · {count} question{'s' if count != 1 else ''}\n",
                style="dim",
            )
            if template.description:
                label.append(printable(template.description) + "\n")
            label.append("; ".join(s.describe() for s in template.slots), style="dim italic")
            options.add_option(Option(label, id=template.key))
            options.add_option(None)
        custom = Text()
        custom.append("Custom mock…", style="bold")
        custom.append("\nChoose the categories, the number of questions and the minutes.")
        options.add_option(Option(custom, id=CUSTOM))
        options.highlighted = 0
        options.focus()
        if found.problems:
            text = Text(
                f"{len(found.problems)} template file(s) did not load:\n", style="bold yellow"
            )
            for problem in found.problems:
                text.append(printable(str(problem)) + "\n")
            self.query_one("#mock-setup-problems", Static).update(text)
        self.show_options()

    def show_options(self) -> None:
        text = Text()
        text.append("Difficulty: ")
        text.append("hidden" if self.hide_difficulty else "shown", style="bold")
        text.append("   ")
        text.append_text(key_hints(("enter", "start"), ("d", "hide/show"), ("c", "custom")))
        self.query_one("#mock-setup-options", Static).update(text)

    def action_toggle_difficulty(self) -> None:
        self.hide_difficulty = not self.hide_difficulty
        self.show_options()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.choose(event.option.id)

    def action_start(self) -> None:
        options = self.query_one("#mock-templates", OptionList)
        if options.highlighted is not None:
            self.choose(options.get_option_at_index(options.highlighted).id)

    def choose(self, key: str | None) -> None:
        if key is not None and key.startswith(PAUSED):
            self.app.pop_screen()
            self.interview_app.resume_mock(int(key.removeprefix(PAUSED)))
            return
        if key == CUSTOM:
            self.action_custom()
            return
        template = next((t for t in self.templates if t.key == key), None)
        if template is not None:
            self.prepare(template)

    def action_custom(self) -> None:
        backend = self.interview_app.backend
        assert backend is not None
        categories = [name for name, _ in backend.home(self.interview_app.clock()).categories]

        def built(template: Template | None) -> None:
            if template is not None:
                self.prepare(template)

        self.app.push_screen(CustomMockScreen(categories), built)

    def action_abandon(self) -> None:
        """Abandon the paused mock under the cursor."""
        options = self.query_one("#mock-templates", OptionList)
        if options.highlighted is None:
            return
        key = options.get_option_at_index(options.highlighted).id or ""
        if key.startswith(PAUSED):
            mock_id = int(key.removeprefix(PAUSED))
            self.interview_app.abandon_mock(mock_id)
            options.remove_option(key)
            self.paused_ids.remove(mock_id)
            self.refresh_bindings()

    def prepare(self, template: Template) -> None:
        """Draw the questions; say what the bank lacks before starting. With a mock
        paused, ask first: resume it, abandon it and start this one, or not now."""
        backend = self.interview_app.backend
        assert backend is not None
        paused = backend.mocks.open_mocks()
        if paused:

            def chosen(choice: str | None) -> None:
                if choice == "a":  # abandoned: now the new one starts
                    self.draw(template)

            self.interview_app.ask_about_paused_mock(
                paused[0].id,
                title="A mock is paused: resume it, or abandon it and start this one?",
                then=chosen,
            )
            return
        self.draw(template)

    def draw(self, template: Template) -> None:
        """Draw the questions for `template` and begin (or say what the bank lacks)."""
        backend = self.interview_app.backend
        assert backend is not None
        now = self.interview_app.clock()
        try:
            prepared = backend.mocks.prepare(
                template, now=now, hide_difficulty=self.hide_difficulty
            )
        except MockError as exc:
            self.notify(str(exc), title="Cannot start this mock", severity="error", timeout=8)
            return
        session = prepared.session
        if not prepared.warnings:
            self.begin(session)
            return
        message = Text()
        for warning in prepared.warnings:
            message.append(f"• {warning}\n")
        count = len(session.items)
        message.append(
            f"\nStart with the {count} question{'s' if count != 1 else ''} it has?", style="bold"
        )

        def answered(choice: str | None) -> None:
            if choice == "y":
                self.begin(session)

        self.app.push_screen(
            ChoiceScreen("The bank is short", message, [("y", "start anyway")]), answered
        )

    def begin(self, session: MockSession) -> None:
        backend = self.interview_app.backend
        assert backend is not None
        backend.mocks.begin(session, now=self.interview_app.clock())
        self.app.switch_screen(MockScreen(session))


class CustomMockScreen(ModalScreen["Template | None"]):
    """Categories, number of questions and minutes for a mock built on the spot."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel", id="custom.cancel"),
        Binding("ctrl+s", "build", "Start", id="custom.start"),
    ]

    def __init__(self, categories: list[str]) -> None:
        super().__init__()
        self.categories = categories

    def compose(self) -> ComposeResult:
        with Vertical(id="custom-box"):
            yield Static("Custom mock", id="custom-title")
            yield Static("Categories (space to tick):")
            yield SelectionList[str](
                *[(printable(c), c, True) for c in self.categories], id="custom-categories"
            )
            with Horizontal(id="custom-numbers"):
                yield Static("Questions ", classes="custom-label")
                yield Input("5", id="custom-count", type="integer")
                yield Static("  Minutes ", classes="custom-label")
                yield Input("30", id="custom-minutes", type="number")
            yield Static(id="custom-error")
            yield Static(key_hints(("enter", "start"), ("esc", "cancel")), id="custom-keys")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_build()

    def on_key(self, event: object) -> None:
        if getattr(event, "key", "") == "enter" and isinstance(
            self.focused, SelectionList
        ):  # enter on the list starts too (space ticks)
            self.action_build()

    def action_build(self) -> None:
        from interview.core.templates import TemplateError, custom_template

        chosen = list(self.query_one("#custom-categories", SelectionList).selected)
        error = self.query_one("#custom-error", Static)
        try:
            count = int(self.query_one("#custom-count", Input).value or "0")
            minutes = float(self.query_one("#custom-minutes", Input).value or "0")
            template = custom_template(chosen, count=count, minutes=minutes)
        except ValueError as exc:
            message = str(exc) if isinstance(exc, TemplateError) else "enter whole numbers"
            error.update(Text(message, style="bold red"))
            return
        self.dismiss(template)


class MockScreen(AppScreenMixin, Screen[None]):
    """The mock in progress."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]

    BINDINGS = [
        Binding("space", "done", "Done answering", id="mock.done"),
        Binding("h", "hint", "Hint", id="mock.hint"),
        Binding("n", "notes", "Notes", id="mock.notes"),
        Binding("c", "code", "Code", id="mock.code"),
        Binding("ctrl+r", "run_tests", "Run tests", id="mock.run", priority=True),
        Binding("k", "keep_going", "Keep going", id="mock.keep-going"),
        Binding("enter", "grade", "Accept & next", id="mock.accept"),
        Binding("plus,equals_sign", "band(1)", "Band +", id="mock.band-up"),
        Binding("minus", "band(-1)", "Band -", id="mock.band-down"),
        Binding("a", "choose_grade('a')", "Again", show=False),
        Binding("d", "choose_grade('d')", "Hard", show=False),
        Binding("g", "choose_grade('g')", "Good", show=False),
        Binding("e", "choose_grade('e')", "Easy", show=False),
        *[Binding(str(i), f"tick({i})", f"Point {i}", show=False) for i in range(1, 10)],
        Binding("p", "pause", "Pause", id="mock.pause"),
        Binding("escape", "leave", "End…", id="mock.end"),
    ]

    def __init__(self, session: MockSession) -> None:
        super().__init__()
        self.session = session
        self.last_saved: datetime | None = None
        self.shown_index = -1
        self.shown_phase: Phase | None = None
        self.listening = False
        """The notes are being graded against the rubric (a worker runs)."""
        self.maybe: set[int] = set()
        self.evidence: dict[int, str] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="mock-bar"):
            yield Static(id="mock-meta")
            yield Static(id="mock-question-clock")
            yield Static(id="mock-clock")
        # As in practice: a coding question's editor beside the statement from 100
        # columns, under it below.
        with Container(id="mock-main"):
            with VerticalScroll(id="mock-body"):
                yield Static(id="mock-paused")
                yield QuestionMarkdown(id="mock-question")
                yield NotesArea(id="mock-notes", soft_wrap=True, show_line_numbers=False)
                yield Static(id="mock-hints")
                yield Static(id="mock-follow-ups")
                yield Static(id="mock-rubric")
                yield Static(id="mock-suggestion")
                yield Static("Model answer", id="mock-answer-title", classes="section-title")
                yield QuestionMarkdown(id="mock-answer")
            with Vertical(id="mock-side"):
                yield code_area("mock-code")
                with VerticalScroll(id="mock-run-scroll"):
                    yield Static(id="mock-run")
        yield Static(id="mock-keys")
        yield KeyFooter()

    def on_mount(self) -> None:
        notes = self.query_one("#mock-notes", NotesArea)
        notes.placeholder = "Your answer: press n to type here, esc to leave"
        self.set_interval(0.5, self.tick)
        self.render_all()

    # -- rendering -----------------------------------------------------------------------

    def render_all(self) -> None:
        """Show the current question in its phase (and the clocks)."""
        session = self.session
        current = session.current
        if current is None:
            return
        if session.index != self.shown_index:
            self.shown_index = session.index
            body = f"# {current.title}\n\n{current.question}"
            self.query_one("#mock-question", QuestionMarkdown).show(body)
            notes = self.query_one("#mock-notes", NotesArea)
            notes.text = current.notes
            answer = current.answer or "*This question has no model answer yet.*"
            if current.mistakes:
                answer = f"{answer.rstrip()}\n\n{current.mistakes}\n"
            self.query_one("#mock-answer", QuestionMarkdown).show(answer)
            self.show_code()
            self.query_one("#mock-body", VerticalScroll).scroll_home(animate=False)
        entered = current.phase is not self.shown_phase
        self.shown_phase = current.phase
        assessing = current.phase is Phase.ASSESS
        self.set_class(assessing, "-assess")
        self.set_class(current.phase in (Phase.FOLLOW_UPS, Phase.ASSESS), "-follow-ups")
        self.set_class(session.status.value == "paused", "-paused")
        self.render_hints()
        self.render_follow_ups()
        if assessing:
            self.render_rubric()
        self.render_keys()
        self.render_clocks()
        self.refresh_bindings()
        if entered and current.phase in (Phase.FOLLOW_UPS, Phase.ASSESS):
            self.listen()
        if entered and current.phase is Phase.FOLLOW_UPS:
            self.call_after_refresh(self._reveal_section, "#mock-follow-ups")
        elif entered and current.phase is Phase.ASSESS:
            self.set_focus(None)
            self.call_after_refresh(self._reveal_section, "#mock-rubric")

    def _reveal_section(self, selector: str) -> None:
        self.query_one("#mock-body", VerticalScroll).scroll_to_widget(
            self.query_one(selector), animate=False, top=True
        )

    def render_clocks(self) -> None:
        session = self.session
        now = self.interview_app.clock()
        current = session.current
        meta = Text()
        if current is not None:
            meta.append(f" {session.index + 1}/{len(session.items)} ", style="reverse bold")
            meta.append(f" {printable(current.category)}")
            if not session.hide_difficulty or current.phase is Phase.ASSESS:
                meta.append(f" · {current.difficulty}")
            phase = {
                Phase.ANSWER: "answer",
                Phase.FOLLOW_UPS: "follow-ups",
                Phase.ASSESS: "assess",
            }.get(current.phase, "")
            meta.append(f"  {phase}", style="italic")
        self.query_one("#mock-meta", Static).update(meta)
        question_clock = self.query_one("#mock-question-clock", Static)
        left = session.question_left(now)
        label = f"over {clock(-left)}" if left < 0 else f"{clock(left)} left"
        question_clock.update(f"question {label}  ")
        _level_classes(question_clock, session.question_level(now))
        mock_clock = self.query_one("#mock-clock", Static)
        mock_clock.update(f"mock {clock(max(0.0, session.mock_left(now)))} left")
        _level_classes(mock_clock, session.mock_level(now))

    def render_hints(self) -> None:
        current = self.session.current
        text = Text()
        if current is not None:
            for index in range(current.hints_used):
                text.append(f"Hint {index + 1}: ", style="bold yellow")
                text.append_text(inline(current.hints[index]))
                text.append("\n")
        self.query_one("#mock-hints", Static).update(text)

    def render_follow_ups(self) -> None:
        """The interviewer's question aimed at the most important point not made yet
        (chosen from the notes), then the question's other follow-ups."""
        current = self.session.current
        text = Text()
        if current is not None and current.follow_ups:
            if self.listening:
                text.append("The interviewer is reading your answer...\n", style="italic")
            elif current.asked:
                asking = current.phase is Phase.FOLLOW_UPS
                text.append(
                    "The interviewer asks:\n" if asking else "The interviewer asked:\n",
                    style="bold",
                )
                text.append(" ▸ ", style="bold yellow")
                text.append_text(inline(current.asked, style="bold"))
                text.append("\n")
                if asking:
                    text.append(
                        "   Answer in your notes: a point you make now counts, as made after "
                        "a prompt.\n",
                        style="dim italic",
                    )
            others = [f for f in current.follow_ups if f != current.asked]
            if others and not self.listening:
                title = "Also worth an answer:" if current.asked else "The interviewer follows up:"
                text.append(f"{title}\n", style="bold" if not current.asked else "dim bold")
                for follow_up in others:
                    text.append(" • ")
                    text.append_text(inline(follow_up))
                    text.append("\n")
        self.query_one("#mock-follow-ups", Static).update(text)

    # -- listening: the notes graded against the rubric ------------------------------------

    def listen(self) -> None:
        """Grade the notes off the UI thread: on finishing the answer (what was made
        unprompted, and the follow-up to ask), and on reaching the assessment (what the
        prompt brought out; the rubric arrives ticked)."""
        current = self.session.current
        if current is None or not current.rubric:
            return
        wanted = {Phase.FOLLOW_UPS: "answer", Phase.ASSESS: "assess"}.get(current.phase)
        if wanted is None or current.listened == wanted or self.listening:
            return
        if wanted == "answer" and current.listened:
            return
        self.listening = True
        self.grade_notes(current, current.phase)

    @work(thread=True, exclusive=True, group="mock-grading")
    def grade_notes(self, item: MockItem, phase: Phase) -> None:
        from interview.core.grading import GradingError, LexicalGrader, default_grader

        try:
            grader = default_grader() if item.notes.strip() else LexicalGrader()
            graded = grader.assess(item.rubric, item.notes, category=item.category)
        except GradingError as exc:
            self.app.call_from_thread(self.listening_failed, str(exc))
            return
        self.app.call_from_thread(self.heard, item, phase, graded)

    def heard(self, item: MockItem, phase: Phase, graded: GradedAnswer) -> None:
        from interview.core.grading import Verdict, choose_follow_up

        self.listening = False
        current = self.session.current
        if current is not item or item.phase is not phase or len(graded.points) != len(item.rubric):
            self.render_all()  # the user moved on while it ran
            return
        made = graded.covered_indices
        self.maybe = {p.index - 1 for p in graded.points if p.verdict is Verdict.MAYBE}
        self.evidence = {p.index - 1: p.evidence for p in graded.points if p.evidence}
        try:
            if phase is Phase.FOLLOW_UPS or not item.listened:
                # Only an interviewer who is still asking follows up (not after a time-out).
                asking = phase is Phase.FOLLOW_UPS
                follow_up = (
                    choose_follow_up(graded, item.hints, item.follow_ups) if asking else None
                )
                self.session.listen(
                    made,
                    follow_up.prompt if follow_up else None,
                    follow_up.point - 1 if follow_up else None,
                    from_notes=bool(item.notes.strip()),
                )
            else:
                self.session.hear(made, from_notes=bool(item.notes.strip()))
        except MockError:  # paused meanwhile: graded again when it comes back
            self.render_all()
            return
        self.step("heard")

    def listening_failed(self, message: str) -> None:
        self.listening = False
        self.render_all()
        self.notify(f"Cannot check your notes: {message}", severity="warning", timeout=6)

    def render_rubric(self) -> None:
        current = self.session.current
        if current is None:
            return
        text = Text()
        if current.rubric:
            if self.listening:
                header = "Rubric: checking your notes against it...\n"
            elif current.suggested is not None:
                header = "Rubric: ticked from your notes; press a digit to change a tick\n"
            else:
                header = "Rubric: press a digit to tick what you covered\n"
            text.append(header, style="bold")
            for index, point in enumerate(current.rubric):
                ticked = index in current.covered
                likely = not ticked and index in self.maybe
                mark = "[x]" if ticked else "[?]" if likely else "[ ]"
                text.append(
                    f" {mark} {index + 1}. ",
                    style="bold green" if ticked else "bold yellow" if likely else "bold",
                )
                text.append_text(inline(point))
                if ticked and index in current.prompted:
                    text.append("  after a prompt", style="italic yellow")
                text.append("\n")
                evidence = self.evidence.get(index)
                if evidence and (ticked or likely):
                    quote = evidence if len(evidence) <= 160 else evidence[:157] + "..."
                    text.append(f'       "{printable(quote)}"\n', style="italic dim")
        else:
            text.append("No rubric: choose a band with + and - and a grade.\n", style="italic")
        self.query_one("#mock-rubric", Static).update(text)
        band, grade, reason = self.session.suggestion()
        chosen_band = current.band_choice or band
        chosen_grade = current.grade_choice or grade
        line = Text()
        line.append("Band: ", style="bold")
        line.append(f" {chosen_band.label if chosen_band else 'choose one'} ", style="reverse bold")
        if current.band_choice is not None and band is not None and band != current.band_choice:
            line.append(f"  (suggested {band.label})", style="dim")
        line.append("   Review grade: ", style="bold")
        line.append(
            f" {chosen_grade.label if chosen_grade else 'choose one'} ", style="reverse bold"
        )
        line.append(f"\n{reason}", style="dim")
        if current.timed_out:
            line.append(
                "\nTime ran out on this question: k keeps going (overtime).", style="yellow"
            )
        self.query_one("#mock-suggestion", Static).update(line)

    def render_keys(self) -> None:
        session = self.session
        current = session.current
        keys: list[tuple[str, str]] = []
        if session.status.value == "paused":
            keys = [("p", "resume"), ("esc", "end or leave")]
        elif current is not None and current.phase is Phase.ANSWER:
            nxt = "follow-ups" if current.follow_ups else "assess"
            keys = [("space", f"done → {nxt}"), ("n", "notes"), ("h", "hint, costs")]
        elif current is not None and current.phase is Phase.FOLLOW_UPS:
            keys = [("space", "done → assess"), ("n", "notes"), ("h", "hint, costs")]
        elif current is not None and current.phase is Phase.ASSESS:
            keys = [("1-9", "tick"), ("+/-", "band"), ("a d g e", "grade"), ("enter", "next")]
            if current.timed_out and not session.time_up:
                keys.append(("k", "keep going"))
        keys.append(("p", "pause") if session.status.value == "running" else ("", ""))
        self.query_one("#mock-keys", Static).update(key_hints(*[k for k in keys if k[0]]))
        paused = self.query_one("#mock-paused", Static)
        paused.update(
            Text("Paused: the clocks are stopped. Press p to go on.", style="bold")
            if session.status.value == "paused"
            else ""
        )

    # -- code ----------------------------------------------------------------------------

    def show_code(self) -> None:
        """The editor on a coding question: the code so far, your last code, or the
        entry function's signature."""
        current = self.session.current
        editor = self.query_one("#mock-code", CodeArea)
        run = self.query_one("#mock-run", Static)
        coding = current is not None and current.coding
        editor.display = coding
        run.display = coding
        self.set_class(coding, "-coding")
        run.update("")
        if current is None or not coding or current.entry is None:
            return
        from interview.core.runner import starter_code

        backend = self.interview_app.backend
        saved = backend.saved_code(current.question_id) if backend is not None else None
        set_language(editor, current.entry)
        editor.text = current.code or saved or starter_code(current.entry, current.answer)
        if current.tests_total:
            run.update(f"{current.tests_passed} of {current.tests_total} tests passed last run")
        else:
            run.update(key_hints(("c", "edit the code"), ("ctrl+r", "run the tests")))

    def action_code(self) -> None:
        current = self.session.current
        if current is not None and current.coding:
            self.query_one("#mock-code", CodeArea).focus()

    def action_run_tests(self) -> None:
        current = self.session.current
        backend = self.interview_app.backend
        if current is None or backend is None or not current.coding:
            return
        code = self.query_one("#mock-code", CodeArea).text
        backend.save_code(current.question_id, code, now=self.interview_app.clock())
        self.query_one("#mock-run", Static).update(Text("Running the tests…", style="italic"))
        self.run_tests(current.question_id, code, current.tests, current.entry)

    @work(thread=True, exclusive=True, group="mock-run-tests")
    def run_tests(self, question_id: str, code: str, tests: str, entry: str | None) -> None:
        from interview.core.coding import run_question

        report = run_question(code, tests, entry)
        self.app.call_from_thread(self.show_run, question_id, code, report)

    def show_run(self, question_id: str, code: str, report: Any) -> None:
        current = self.session.current
        if current is None or current.question_id != question_id:
            return  # moved on while it ran
        try:
            self.session.record_run(code, report.passed, report.total)
        except MockError:
            return
        from interview.tui.widgets.run_report import run_summary

        text = run_summary(report)
        self.query_one("#mock-run", Static).update(text)
        self.save(self.interview_app.clock())
        if current.phase is Phase.ASSESS:
            self.render_rubric()

    # -- time ----------------------------------------------------------------------------

    def tick(self) -> None:
        session = self.session
        if session.over:
            return
        now = self.interview_app.clock()
        self.capture_notes()  # before a time-out moves the question on to its assessment
        events = session.tick(now)
        if "mock-time-up" in events:
            self.notify(
                "The mock's time is up: assess this last answer to see your scorecard.",
                title="Time",
                severity="warning",
                timeout=8,
            )
        elif "question-time-up" in events:
            self.notify(
                "Time is up for this question: assess it, or press k to keep going "
                "(recorded as overtime).",
                title="Time",
                severity="warning",
                timeout=6,
            )
        if events:
            self.capture_notes()
            self.save(now)
            self.render_all()
            return
        stale = self.last_saved is None or (now - self.last_saved).total_seconds() >= SAVE_EVERY_S
        if stale and session.status.value == "running":
            self.capture_notes()
            self.save(now)
        self.render_clocks()

    def save(self, now: datetime) -> None:
        backend = self.interview_app.backend
        if backend is None:
            return
        from interview.storage.study import ReviewError

        try:
            backend.mocks.save(self.session, now=now)
        except ReviewError as exc:
            self.notify(str(exc), title="Not saved", severity="error", timeout=8)
            return
        self.last_saved = now

    def capture_notes(self) -> None:
        current = self.session.current
        if current is not None and current.phase is not Phase.ASSESS:
            self.session.set_notes(self.query_one("#mock-notes", NotesArea).text)

    # -- actions -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        session = self.session
        current = session.current
        if action in ("leave", "pause"):
            return not session.over
        if current is None or session.status.value != "running":
            return False
        if action in ("done", "notes"):
            return current.phase in (Phase.ANSWER, Phase.FOLLOW_UPS)
        if action in ("code", "run_tests"):
            return current.coding
        if action == "hint":
            return current.phase in (Phase.ANSWER, Phase.FOLLOW_UPS) and current.hints_used < len(
                current.hints
            )
        if action == "keep_going":
            return current.phase is Phase.ASSESS and current.timed_out and not session.time_up
        if action in ("grade", "band", "choose_grade", "tick"):
            return current.phase is Phase.ASSESS
        return True

    def step(self, action: str) -> None:
        """After any change: save and redraw."""
        now = self.interview_app.clock()
        self.save(now)
        self.render_all()

    def action_done(self) -> None:
        self.capture_notes()
        try:
            self.session.done_answering(self.interview_app.clock())
        except MockError as exc:
            self.notify(str(exc), timeout=3)
            return
        self.step("done")

    def action_hint(self) -> None:
        try:
            hint = self.session.take_hint(self.interview_app.clock())
        except MockError as exc:
            self.notify(str(exc), timeout=3)
            return
        if hint is not None:
            self.step("hint")

    def action_notes(self) -> None:
        self.query_one("#mock-notes", NotesArea).focus()

    def action_keep_going(self) -> None:
        try:
            self.session.keep_going(self.interview_app.clock())
        except MockError as exc:
            self.notify(str(exc), timeout=3)
            return
        self.notify("Keep going: the extra time counts as overtime.", timeout=3)
        self.step("keep-going")

    def action_tick(self, point: int) -> None:
        current = self.session.current
        if current is None or point > len(current.rubric):
            return
        self.session.toggle(point - 1)
        self.step("tick")

    def action_band(self, delta: int) -> None:
        current = self.session.current
        if current is None:
            return
        band, _, _ = self.session.suggestion()
        base = current.band_choice or band or Band.LEAN_NO_HIRE
        value = min(int(Band.STRONG_HIRE), max(int(Band.NO_HIRE), int(base) + delta))
        self.session.choose_band(Band(value))
        self.step("band")

    def action_choose_grade(self, key: str) -> None:
        grade: Grade = GRADE_KEYS[key]
        self.session.choose_grade(grade)
        self.step("grade-choice")

    def action_grade(self) -> None:
        backend = self.interview_app.backend
        if backend is None:
            return
        from interview.storage.study import ReviewError

        now = self.interview_app.clock()
        try:
            recorded = backend.mocks.grade(self.session, now=now)
        except (MockError, ReviewError) as exc:
            self.notify(str(exc), title="Not saved", severity="error", timeout=8)
            return
        self.last_saved = now
        self.app.clear_notifications()  # one toast at a time, never a stack of them
        self.notify(f"Saved: {recorded.grade.label} for spaced repetition", timeout=2)
        if self.session.over:
            self.app.switch_screen(ScorecardScreen(self.session))
            return
        self.render_all()

    def action_pause(self) -> None:
        session = self.session
        now = self.interview_app.clock()
        self.capture_notes()
        try:
            if session.status.value == "running":
                session.pause(now)
            else:
                session.resume(now)
        except MockError as exc:
            self.notify(str(exc), timeout=3)
            return
        self.step("pause")

    def action_leave(self) -> None:
        """End the mock (confirmed), or pause it and leave to resume later."""
        session = self.session
        now = self.interview_app.clock()
        self.capture_notes()
        was_running = session.status.value == "running"
        if was_running:
            session.pause(now)
            self.step("pause")
        answered = len(session.answered)
        message = Text()
        message.append(
            f"{answered} of {len(session.items)} questions answered. Ending now scores the "
            "rest as not reached (no hire). Leaving keeps the mock paused: you can resume it "
            "when you next start interview.",
        )

        def chosen(choice: str | None) -> None:
            later = self.interview_app.clock()
            if choice == "y":
                session.end_early(later)
                self.save(later)
                self.app.switch_screen(ScorecardScreen(session))
            elif choice == "l":
                self.save(later)
                self.app.pop_screen()
            elif was_running:
                session.resume(later)
                self.step("resume")

        self.app.push_screen(
            ChoiceScreen(
                "End the mock?",
                message,
                [("y", "end and score"), ("l", "leave, resume later")],
            ),
            chosen,
        )


class ScorecardScreen(AppScreenMixin, Screen[None]):
    """The result of a mock, beside earlier mocks of the same template."""

    BINDINGS = [
        Binding("x", "export", "Export report", id="scorecard.export"),
        Binding("escape", "app.pop_screen", "Home", id="scorecard.home"),
    ]

    def __init__(self, session: MockSession) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        from textual.widgets import DataTable

        yield Header()
        with VerticalScroll(id="scorecard"):
            yield Static(id="scorecard-title")
            yield Static(id="scorecard-summary")
            yield Static("By category", classes="section-title")
            yield DataTable(id="scorecard-categories", cursor_type="none", zebra_stripes=True)
            yield Static("Questions", classes="section-title")
            yield DataTable(id="scorecard-questions", cursor_type="row", zebra_stripes=True)
            yield Static(id="scorecard-questions-legend")
            yield Static("Earlier mocks of this template", classes="section-title")
            yield Static(id="scorecard-trend")
            yield Static(
                key_hints(("x", "export Markdown report"), ("esc", "home")), id="scorecard-keys"
            )
        yield KeyFooter()

    def on_mount(self) -> None:
        from textual.widgets import DataTable

        from interview.core.report import band_text, percent

        session = self.session
        card = session.scorecard()
        title = Text()
        title.append(f"{printable(session.template_name)}: ", style="bold")
        title.append(f" {band_text(card.band, card.mean)} ", style=_band_style(card.band))
        self.query_one("#scorecard-title", Static).update(title)
        answered = len(card.items) - card.not_reached
        summary = (
            f"Rubric covered {card.covered} of {card.rubric_total} points "
            f"({percent(card.coverage)}) · time used {clock(card.used_s)} of "
            f"{clock(card.total_s)} · {answered} of {len(card.items)} questions answered"
        )
        if card.after_prompt:
            summary += f" ({card.after_prompt} only after a prompt)"
        if session.ended_early:
            summary += " · ended early"
        elif session.time_up:
            summary += " · time ran out"
        self.query_one("#scorecard-summary", Static).update(summary)

        categories = self.query_one("#scorecard-categories", DataTable)
        categories.add_columns("Category", "Questions", "Band", "Rubric", "Time / budget")
        for score in card.categories:
            share = score.covered / score.rubric_total if score.rubric_total else None
            categories.add_row(
                printable(score.category),
                str(score.questions),
                Text(band_text(score.band, score.mean), style=_band_style(score.band)),
                f"{score.covered}/{score.rubric_total} ({percent(share)})",
                f"{clock(score.used_s)} / {clock(score.budget_s)}",
            )
        questions = self.query_one("#scorecard-questions", DataTable)
        questions.add_columns("#", "Question", "Category", "Band", "Rubric", "Time / budget")
        for number, item in enumerate(card.items, start=1):
            done = item.phase is Phase.DONE
            time = f"{clock(item.elapsed_s)} / {clock(item.budget_s)}"
            if item.overtime_s > 0:
                time += " over"
            questions.add_row(
                str(number),
                plain(item.title),
                printable(item.category),
                Text(
                    band_text(item.band) if done else "not reached",
                    style=_band_style(item.band if done else None),
                ),
                _made(item) if done else "-",
                time,
            )
        legend = self.query_one("#scorecard-questions-legend", Static)
        legend.display = bool(card.after_prompt)
        legend.update(
            Text("Rubric: points made unprompted + after a prompt / all points", style="dim")
        )
        self.show_trend()

    def show_trend(self) -> None:
        from interview.core.report import band_text, percent

        backend = self.interview_app.backend
        trend = self.query_one("#scorecard-trend", Static)
        if backend is None:
            return
        earlier = backend.mocks.earlier(self.session)
        if not earlier:
            trend.update(Text("This is your first mock of this template.", style="dim"))
            return
        text = Text()
        zone = self.interview_app.zone
        for past in earlier[:8]:
            text.append(f" {past.started_at.astimezone(zone):%Y-%m-%d}  ")
            text.append(f" {band_text(past.band, past.mean_band)} ", style=_band_style(past.band))
            text.append(f"  rubric {percent(past.coverage)}\n")
        card = self.session.scorecard()
        previous = earlier[0]
        if card.mean is not None and previous.mean_band is not None:
            change = card.mean - previous.mean_band
            word = "up" if change > 0 else "down" if change < 0 else "level"
            text.append(
                f"\nThis mock: {card.mean:.1f}, {word} {abs(change):.1f} on the last one.",
                style="bold",
            )
        trend.update(text)

    def action_export(self) -> None:
        backend = self.interview_app.backend
        if backend is None or self.session.id is None:
            return
        from interview.paths import data_dir

        report = backend.mocks.report(self.session.id, zone=self.interview_app.zone)
        if report is None:
            return
        target = data_dir() / "reports" / f"mock-{self.session.id}.md"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(report, encoding="utf-8")
        except OSError as exc:
            self.notify(str(exc), title="Cannot write the report", severity="error")
            return
        self.notify(f"Report written to {target}", title="Exported", timeout=8)


def _band_style(band: Band | None) -> str:
    return (
        {
            Band.STRONG_HIRE: "bold black on green",
            Band.LEAN_HIRE: "bold black on #9acd32",
            Band.LEAN_NO_HIRE: "bold black on yellow",
            Band.NO_HIRE: "bold white on red",
        }.get(band, "bold")
        if band is not None
        else "bold"
    )


def _level_classes(widget: Static, level: Level) -> None:
    widget.set_class(level is Level.AMBER, "amber")
    widget.set_class(level in (Level.RED, Level.OVER), "red")


def _made(item: MockItem) -> str:
    """'3/4', or '2+1/4' when one point came only after the interviewer's prompt."""
    alone, after, _ = item.made()
    made = f"{len(alone)}+{len(after)}" if after else str(len(alone))
    return f"{made}/{len(item.rubric)}"
