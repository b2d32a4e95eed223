"""Mock interviews through the TUI, driven by keys and a clock the test moves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine
from textual.widgets import Input, OptionList, Static, TextArea

from interview.core.mock import Phase, Status
from interview.paths import data_dir
from interview.tui.app import InterviewApp
from interview.tui.screens.dialogs import ChoiceScreen
from interview.tui.screens.mock import (
    CustomMockScreen,
    MockScreen,
    MockSetupScreen,
    ScorecardScreen,
)
from tests.tui.conftest import Clock, loaded


def reviews(tmp_path: Path) -> list[tuple[str, str]]:
    engine = create_engine(f"sqlite:///{tmp_path / 'tui.db'}")
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT question_id, source FROM review ORDER BY id")
        return [(row[0], row[1]) for row in rows]


def static_text(app: InterviewApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_a_short_mock_from_home_to_scorecard(
    make_app: Callable[..., InterviewApp], tiny_template: Path, tmp_path: Path
) -> None:
    clock = Clock()
    app = make_app(clock)
    async with app.run_test(size=(110, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("m")
        assert isinstance(app.screen, MockSetupScreen)
        await pilot.press("enter")  # the tiny template is first (shortest)
        screen = app.screen
        assert isinstance(screen, MockScreen)
        session = screen.session
        assert [i.question_id for i in session.items] == [
            "ml-theory/sigmoid",
            "evaluation/precision-recall",
        ]
        assert "question 2:00 left" in static_text(app, "#mock-question-clock")

        # Q1: type notes, take a hint, answer, face the follow-up, assess
        await pilot.press("n", *"chain rule", "escape")
        await pilot.press("h")
        assert "Differentiate it." in static_text(app, "#mock-hints")
        clock.advance(seconds=50)
        await pilot.press("space")
        assert session.items[0].phase is Phase.FOLLOW_UPS
        follow_ups = static_text(app, "#mock-follow-ups")
        assert "What does relu(x) = max(0, x) change?" in follow_ups  # code, no backticks
        clock.advance(seconds=20)
        await pilot.press("space")
        assert session.items[0].phase is Phase.ASSESS
        rubric = static_text(app, "#mock-rubric")
        assert "σ'(x) = σ(x)(1-σ(x))" in rubric  # noqa: RUF001
        assert "$" not in rubric and "\\sigma" not in rubric
        await pilot.press("1", "2", "3")
        assert "Band:  strong hire" in static_text(app, "#mock-suggestion")  # 1 - 0.15 = 0.85
        await pilot.press("enter")
        assert reviews(tmp_path) == [("ml-theory/sigmoid", "mock")]
        assert session.items[0].notes == "chain rule"
        assert session.items[0].elapsed_s == 70

        # Q2: the time runs out, the user keeps going, then finishes in overtime
        clock.advance(seconds=100)
        screen.tick()
        assert "question 0:20 left" in static_text(app, "#mock-question-clock")
        assert screen.query_one("#mock-question-clock").has_class("amber")
        clock.advance(seconds=10)
        screen.tick()
        assert screen.query_one("#mock-question-clock").has_class("red")
        clock.advance(seconds=15)
        screen.tick()
        assert session.items[1].phase is Phase.ASSESS and session.items[1].timed_out
        await pilot.press("k")
        assert session.items[1].phase is Phase.ANSWER
        clock.advance(seconds=30)
        await pilot.press("space", "space")
        await pilot.press("1", "2", "3", "4")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ScorecardScreen)
        assert session.status is Status.FINISHED
        assert session.items[1].overtime_s == 30
        title = static_text(app, "#scorecard-title")
        assert "Tiny mock" in title and "strong hire (3.5)" in title  # 4 and 3 (overtime cap)
        assert "first mock of this template" in static_text(app, "#scorecard-trend")
        await pilot.press("x")
        report = data_dir() / "reports" / f"mock-{session.id}.md"
        assert report.read_text().startswith("# Mock interview: Tiny mock")
    assert [source for _, source in reviews(tmp_path)] == ["mock", "mock"]


async def test_a_mock_left_open_is_offered_back_on_the_next_start(
    make_app: Callable[..., InterviewApp], tiny_template: Path, tmp_path: Path
) -> None:
    clock = Clock()
    first = make_app(clock)
    async with first.run_test(size=(110, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("m", "enter")
        clock.advance(seconds=30)
        await pilot.press("space", "space", "1", "enter")  # one answer, then the app dies
        assert isinstance(first.screen, MockScreen)
        clock.advance(seconds=10)
        first.screen.tick()
    clock.advance(minutes=60)
    second = make_app(clock)
    async with second.run_test(size=(110, 40)) as pilot:
        await loaded(pilot)
        await pilot.pause()
        assert isinstance(second.screen, ChoiceScreen)
        assert "Tiny mock" in static_text(second, "#choice-message")
        assert "1 of 2 questions answered" in static_text(second, "#choice-message")
        await pilot.press("r")
        screen = second.screen
        assert isinstance(screen, MockScreen)
        assert screen.session.index == 1 and screen.session.status is Status.PAUSED
        assert "question 1:50 left" in static_text(second, "#mock-question-clock")
        await pilot.press("p")  # resume: the hour away did not count
        clock.advance(seconds=20)
        screen.tick()
        assert "question 1:30 left" in static_text(second, "#mock-question-clock")


async def test_abandoning_a_left_mock_keeps_its_reviews(
    make_app: Callable[..., InterviewApp], tiny_template: Path, tmp_path: Path
) -> None:
    clock = Clock()
    async with make_app(clock).run_test(size=(110, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("m", "enter", "space", "space", "1", "enter")
    second = make_app(clock)
    async with second.run_test(size=(110, 40)) as pilot:
        await loaded(pilot)
        await pilot.pause()
        await pilot.press("a")
        assert not isinstance(second.screen, ChoiceScreen)
        assert second.backend is not None and second.backend.mocks.open_mocks() == []
    assert len(reviews(tmp_path)) == 1


async def test_ending_early_needs_confirming_and_leaving_keeps_it_for_later(
    make_app: Callable[..., InterviewApp], tiny_template: Path
) -> None:
    clock = Clock()
    app = make_app(clock)
    async with app.run_test(size=(110, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("m", "enter")
        screen = app.screen
        assert isinstance(screen, MockScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("escape")  # changed my mind: back to the running mock
        assert app.screen is screen and screen.session.status is Status.RUNNING
        await pilot.press("escape", "l")  # leave: paused, to resume later
        assert not isinstance(app.screen, MockScreen)
        assert app.backend is not None
        [left] = app.backend.mocks.open_mocks()
        assert left.status is Status.PAUSED
        assert "Paused mock: Tiny mock" in static_text(app, "#home-paused")
        await pilot.press("m")  # the paused one heads the list
        assert "Resume: Tiny mock" in str(
            app.screen.query_one("#mock-templates", OptionList).get_option_at_index(0).prompt
        )
        await pilot.press("down", "enter")  # a new one while one is paused: asked first
        assert isinstance(app.screen, ChoiceScreen)
        assert "A mock is paused" in static_text(app, "#choice-title")
        await pilot.press("a")  # abandon it and start the new one
        await pilot.pause()
        assert isinstance(app.screen, MockScreen)
        assert app.backend.mocks.open_mocks()[0].id != left.id
        await pilot.press("escape", "y")  # the new mock, ended at once
        await pilot.pause()
        assert isinstance(app.screen, ScorecardScreen)
        assert "no hire (1.0)" in static_text(app, "#scorecard-title")
        assert "0 of 2 questions answered · ended early" in static_text(app, "#scorecard-summary")


async def test_a_template_the_bank_cannot_fill_says_so_and_offers_what_it_has(
    make_app: Callable[..., InterviewApp], isolated_home: Path
) -> None:
    folder = isolated_home / "templates"
    folder.mkdir()
    (folder / "big.toml").write_text(
        'name = "Big"\nminutes = 1\n\n[[slot]]\ncategory = "ml-theory"\ncount = 4\n'
    )
    (folder / "broken.toml").write_text('name = "Broken"\nminutes = -3\n')
    app = make_app()
    async with app.run_test(size=(110, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("m")
        problems = static_text(app, "#mock-setup-problems")
        assert "broken.toml:2: error: minutes must be more than 0" in problems
        await pilot.press("enter")
        assert isinstance(app.screen, ChoiceScreen)
        assert "asks for 4 questions; the bank has 1 that fit" in static_text(
            app, "#choice-message"
        )
        await pilot.press("y")
        assert isinstance(app.screen, MockScreen)
        assert len(app.screen.session.items) == 1


async def test_a_custom_mock_is_built_from_categories_count_and_minutes(
    make_app: Callable[..., InterviewApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(110, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("m", "c")
        dialog = app.screen
        assert isinstance(dialog, CustomMockScreen)
        dialog.query_one("#custom-minutes", Input).value = "0"
        dialog.query_one("#custom-count", Input).focus()
        await pilot.press("enter")
        assert "more than 0" in static_text(app, "#custom-error")
        dialog.query_one("#custom-minutes", Input).value = "12"
        dialog.query_one("#custom-count", Input).value = "3"
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, MockScreen)
        assert screen.session.total_s == 12 * 60
        assert len(screen.session.items) == 3
        assert screen.session.template_name == "Custom mock"


async def test_hide_difficulty_hides_it_until_the_assessment(
    make_app: Callable[..., InterviewApp], tiny_template: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(110, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("m", "d")
        assert "hidden" in static_text(app, "#mock-setup-options")
        await pilot.press("enter")
        assert "medium" not in static_text(app, "#mock-meta")
        await pilot.press("space", "space")
        assert "medium" in static_text(app, "#mock-meta")


async def test_a_paused_mock_is_resumed_or_abandoned_from_home(
    make_app: Callable[..., InterviewApp], tiny_template: Path
) -> None:
    app = make_app(Clock())
    async with app.run_test(size=(110, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("m", "enter", "escape", "l")  # start, then leave it paused
        assert "Paused mock: Tiny mock" in static_text(app, "#home-paused")
        await pilot.press("r")
        assert isinstance(app.screen, MockScreen)
        await pilot.press("escape", "l")
        await pilot.press("x")  # abandon, after a question
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("a")
        await pilot.pause()
        assert app.backend is not None and app.backend.mocks.open_mocks() == []
        assert not app.screen.query_one("#home-paused").display


async def test_the_interviewer_follows_up_on_the_point_not_made(
    make_app: Callable[..., InterviewApp], tiny_template: Path, tmp_path: Path
) -> None:
    """Notes graded on 'done': the follow-up aims at a point not made; a point made after
    it counts as made after a prompt, in the band's reason, the scorecard and the report."""
    import json

    clock = Clock()
    app = make_app(clock)
    async with app.run_test(size=(110, 50)) as pilot:
        await loaded(pilot)
        await pilot.press("m", "enter")
        screen = app.screen
        assert isinstance(screen, MockScreen)
        item = screen.session.items[0]
        assert item.question_id == "ml-theory/sigmoid"
        first = "The derivative of the sigmoid is sigma(x) times (1 - sigma(x))."
        await pilot.press("n", *first, "escape")
        clock.advance(seconds=40)
        await pilot.press("space")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert item.phase is Phase.FOLLOW_UPS
        assert item.unprompted == {0} and item.asked_point == 1  # the first point not made
        assert item.asked in (*item.follow_ups, *item.hints)
        follow_ups = static_text(app, "#mock-follow-ups")
        assert "The interviewer asks:" in follow_ups and item.asked.split("`")[0] in follow_ups

        more = " In a deep stack these small derivatives multiply, so the gradient vanishes."
        await pilot.press("n", "end", *more, "escape")
        clock.advance(seconds=20)
        await pilot.press("space")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert item.phase is Phase.ASSESS
        assert item.covered == {0, 2} and item.prompted == {2}
        rubric = static_text(app, "#mock-rubric")
        assert "ticked from your notes" in rubric and "after a prompt" in rubric
        suggestion = static_text(app, "#mock-suggestion")
        assert "covered 2 of 3 points (1 after a prompt)" in suggestion
        await pilot.press("enter")  # accept: on to the second question
        await pilot.press("space", "space", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ScorecardScreen)
        table = app.screen.query_one("#scorecard-questions")
        assert "1+1/3" in str(table.get_row_at(0))  # type: ignore[attr-defined]
        assert app.backend is not None and screen.session.id is not None
        report = app.backend.mocks.report(screen.session.id, zone=app.zone)
    assert report is not None
    assert "**The interviewer asked** (aimed at point 2)" in report
    assert "1 unprompted, 1 after a prompt" in report
    assert "gradients in deep stacks *(after a prompt)*" in report
    engine = create_engine(f"sqlite:///{tmp_path / 'tui.db'}")
    with engine.connect() as connection:
        stored = connection.exec_driver_sql(
            "SELECT rubric_covered, rubric_suggested FROM review WHERE question_id = ?",
            ("ml-theory/sigmoid",),
        ).one()
    assert sorted(json.loads(stored[1])) == [0, 2]  # the grader's ticks, kept for calibration


async def test_a_coding_questions_common_mistakes_show_in_the_assessment(
    tmp_path: Path, isolated_home: Path
) -> None:
    """As in practice, the wrong solutions come after the model answer once it shows."""
    import shutil

    from tests.tui.conftest import app_on

    bank = tmp_path / "bank"
    shutil.copytree(Path(__file__).parent / "code_bank", bank)
    question = bank / "algorithms" / "pair-sum.md"
    question.write_text(
        question.read_text()
        + "\n## Wrong solutions\nA double loop is O(n²): fine here, too slow at scale.\n\n"
        "```python\ndef pair_sum(nums, target):\n    return None\n```\n"
    )
    folder = isolated_home / "templates"
    folder.mkdir(exist_ok=True)
    (folder / "code.toml").write_text(
        'name = "One problem"\nminutes = 10\n\n[[slot]]\ncategory = "algorithms"\nminutes = 10\n'
    )
    clock = Clock()
    app = app_on(bank, tmp_path / "t.db", isolated_home / "config.toml", clock=clock)
    async with app.run_test(size=(110, 50)) as pilot:
        await loaded(pilot)
        await pilot.press("m", "enter")
        screen = app.screen
        assert isinstance(screen, MockScreen)
        assert not isinstance(app.focused, TextArea)  # the editor waits for `c`
        await pilot.press("space")
        await app.workers.wait_for_complete()
        await pilot.pause()
        item = screen.session.items[0]
        if item.phase is Phase.FOLLOW_UPS:
            await pilot.press("space")
            await pilot.pause()
        assert item.phase is Phase.ASSESS
        answer = app.screen.query_one("#mock-answer")
        text = answer.source  # type: ignore[attr-defined]
        assert "Common mistakes" in text and "A double loop is O(n²)" in text
        assert text.index("Keep a dictionary") < text.index("Common mistakes")
