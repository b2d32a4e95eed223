"""Coding questions in practice: write a solution, run the tests, fix it, see them pass."""

from __future__ import annotations

import shutil
from datetime import UTC
from pathlib import Path

from sqlalchemy import create_engine
from textual.widgets import Static

from interview.config import Config
from interview.core.parser import fenced_code
from interview.paths import shipped_bank
from interview.tui.app import InterviewApp
from interview.tui.screens.practice import CodeArea, PracticeScreen
from tests.conftest import NOW
from tests.tui.conftest import loaded

QUESTION = "algorithms/merge-intervals"


def coding_app(tmp_path: Path, isolated_home: Path, config: Config | None = None) -> InterviewApp:
    bank = tmp_path / "bank" / "algorithms"
    bank.mkdir(parents=True, exist_ok=True)
    shutil.copy(shipped_bank() / f"{QUESTION}.md", bank)
    return InterviewApp(
        db_path=tmp_path / "code.db",
        banks=[tmp_path / "bank"],
        config=config or Config(),
        config_path=isolated_home / "config.toml",
        clock=lambda: NOW,
        zone=UTC,
    )


def run_text(app: InterviewApp) -> str:
    return str(app.screen.query_one("#practice-run", Static).render())


async def test_write_run_fix_and_pass(tmp_path: Path, isolated_home: Path) -> None:
    app = coding_app(tmp_path, isolated_home)
    async with app.run_test(size=(110, 60)) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, PracticeScreen) and screen.attempt is not None
        question = screen.attempt.question
        entry = question.entry
        editor = screen.query_one("#practice-code", CodeArea)
        assert editor.display and editor.text.startswith(f"def {entry}(")

        await pilot.press("c")
        assert screen.focused is editor
        editor.text = f"def {entry}(intervals):\n    return list(intervals)\n"
        await pilot.press("escape", "ctrl+r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        first = run_text(app)
        assert "tests passed" in first and "FAILED" in first
        assert screen.attempt.tests_passed < screen.attempt.tests_total

        [reference] = [c for c in fenced_code(question.answer) if f"def {entry}(" in c]
        editor.text = reference
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        total = screen.attempt.tests_total
        assert f"{total} of {total} tests passed" in run_text(app)

        await pilot.press("space", *[str(i) for i in range(1, len(question.rubric) + 1)])
        suggestion = str(screen.query_one("#practice-suggestion", Static).render())
        assert f"{total} of {total} tests passed" in suggestion
        await pilot.press("enter")

        from interview.tui.screens.question import QuestionScreen

        app.push_screen(QuestionScreen(QUESTION))
        await pilot.pause()
        from rich.console import Console

        console = Console(width=120, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
        console.print(app.screen.query_one("#question-history", Static).content)
        shown = console.export_text()
        assert "Tests" in shown and f"{total}/{total}" in shown
        assert "Your code on 2026-11-21 09:30" in shown

    engine = create_engine(f"sqlite:///{tmp_path / 'code.db'}")
    with engine.connect() as connection:
        code, passed, tests = connection.exec_driver_sql(
            "SELECT code, tests_passed, tests_total FROM review"
        ).one()
        saved = connection.exec_driver_sql("SELECT code FROM question_code").scalar_one()
    assert code == reference == saved and passed == tests == total


async def test_a_review_starts_from_the_signature_and_the_last_code_is_one_key_away(
    tmp_path: Path, isolated_home: Path
) -> None:
    app = coding_app(tmp_path, isolated_home)
    async with app.run_test(size=(110, 60)) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, PracticeScreen) and screen.attempt is not None
        editor = screen.query_one("#practice-code", CodeArea)
        starter = editor.text
        assert starter.startswith("def merge_intervals(")
        editor.text = "# my first try\n"
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "your code does not define the function" in run_text(app)
        await pilot.press("escape")
        await pilot.press("p")
        again = app.screen
        assert isinstance(again, PracticeScreen)
        editor = again.query_one("#practice-code", CodeArea)
        assert editor.text == starter  # re-running old code would teach nothing
        assert "l  your last code" in run_text(app)
        assert not isinstance(app.focused, CodeArea)  # the screen's keys work
        await pilot.press("l")
        assert editor.text == "# my first try\n"
        assert app.focused is editor


async def test_a_setting_starts_reviews_from_the_last_code(
    tmp_path: Path, isolated_home: Path
) -> None:
    first = coding_app(tmp_path, isolated_home)
    async with first.run_test(size=(110, 60)) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        assert first.backend is not None
        first.backend.save_code(QUESTION, "# kept\n", now=NOW)
    app = coding_app(tmp_path, isolated_home, Config(code_start="last"))
    async with app.run_test(size=(110, 60)) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        assert app.screen.query_one("#practice-code", CodeArea).text == "# kept\n"


async def test_code_in_a_mock_counts_and_goes_into_the_report(
    tmp_path: Path, isolated_home: Path
) -> None:
    from interview.tui.screens.mock import MockScreen, ScorecardScreen

    folder = isolated_home / "templates"
    folder.mkdir()
    (folder / "code.toml").write_text(
        'name = "One problem"\nminutes = 19\n\n[[slot]]\ncategory = "algorithms"\nminutes = 19\n'
    )
    app = coding_app(tmp_path, isolated_home)
    async with app.run_test(size=(110, 60)) as pilot:
        await loaded(pilot)
        await pilot.press("m", "enter")
        screen = app.screen
        assert isinstance(screen, MockScreen)
        item = screen.session.items[0]
        editor = screen.query_one("#mock-code", CodeArea)
        assert editor.display and editor.text.startswith(f"def {item.entry}(")
        [reference] = [c for c in fenced_code(item.answer) if f"def {item.entry}(" in c]
        editor.text = reference
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert item.tests_total and item.tests_passed == item.tests_total
        await pilot.press("space", "space")
        await pilot.press(*[str(i) for i in range(1, len(item.rubric) + 1)], "enter")
        await pilot.pause()
        assert isinstance(app.screen, ScorecardScreen)
        assert app.backend is not None and screen.session.id is not None
        report = app.backend.mocks.report(screen.session.id, zone=UTC)
    assert report is not None
    assert f"- Tests: {item.tests_total} of {item.tests_total} passed" in report
    assert "**Your code**\n\n```python\n" + reference.rstrip() + "\n```" in report


async def test_the_statement_stays_in_view_while_typing(
    tmp_path: Path, isolated_home: Path
) -> None:
    """Beside the editor from 100 columns; above it (its own scroll) on 80x24."""
    from interview.tui.widgets.markdown import QuestionMarkdown

    for size, beside in (((120, 40), True), ((80, 24), False)):
        app = coding_app(tmp_path / f"{size[0]}", isolated_home)
        async with app.run_test(size=size) as pilot:
            await loaded(pilot)
            await pilot.press("p", "c")
            screen = app.screen
            editor = screen.query_one("#practice-code", CodeArea)
            statement = screen.query_one("#practice-question", QuestionMarkdown)
            assert screen.focused is editor
            shown = statement.region.intersection(screen.region)
            assert shown.height >= 2 and editor.region.height >= 4
            if beside:
                assert editor.region.x > statement.region.right - 1
                assert editor.region.y <= statement.region.y
            else:
                assert editor.region.y >= statement.region.y + 2
