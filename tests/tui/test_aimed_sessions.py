"""Aiming a practice session: from the command line, the session builder, a question's
page and browse results."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.widgets import SelectionList

from interview.tui.app import InterviewApp
from interview.tui.screens.practice import PracticeScreen
from interview.tui.screens.session import SessionBuilderScreen
from tests.cli.test_cli import run
from tests.tui.conftest import BANK, app_on, loaded
from tests.tui.test_flows import App, text_of


def aimed_app(tmp_path: Path, isolated_home: Path, practice: dict[str, Any]) -> InterviewApp:
    return app_on(BANK, tmp_path / "tui.db", isolated_home / "config.toml", practice=practice)


async def session_ids(app: InterviewApp, pilot: Any) -> list[str]:
    """Answer Good until the session is done; the questions it offered."""
    screen = app.screen
    assert isinstance(screen, PracticeScreen)
    seen = []
    while screen.attempt is not None and len(seen) < 10:
        seen.append(screen.attempt.question.id)
        await pilot.press("space", "g")
    return seen


async def test_the_command_line_opens_straight_into_an_aimed_session(
    tmp_path: Path, isolated_home: Path
) -> None:
    app = aimed_app(tmp_path, isolated_home, {"categories": ("evaluation", "ml-theory")})
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert "only: evaluation ml-theory" in text_of(app, "#practice-meta")
        assert sorted(await session_ids(app, pilot)) == [
            "evaluation/precision-recall",
            "ml-theory/sigmoid",
        ]


async def test_new_only_and_difficulty_combine(tmp_path: Path, isolated_home: Path) -> None:
    app = aimed_app(tmp_path, isolated_home, {"difficulties": ("easy", "hard"), "new_only": True})
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        await pilot.pause()
        assert sorted(await session_ids(app, pilot)) == [
            "algorithms/evil-markup",
            "evaluation/precision-recall",
        ]


def test_the_practice_command_refuses_options_that_exclude_each_other() -> None:
    result = run("practice", "--due-only", "--new-only")
    assert result.exit_code == 2 and "exclude each other" in result.stderr
    assert run("practice", "--difficulty", "tricky").exit_code == 2


async def test_the_session_builder_starts_a_session_and_remembers_the_choice(
    make_app: Callable[..., InterviewApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("P")
        builder = app.screen
        assert isinstance(builder, SessionBuilderScreen)
        await pilot.press("down", "space")  # tick evaluation (the second category)
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, PracticeScreen)
        assert await session_ids(app, pilot) == ["evaluation/precision-recall"]
        await pilot.press("escape", "P")
        again = app.screen
        assert isinstance(again, SessionBuilderScreen)
        assert again.query_one("#session-categories", SelectionList).selected == ["evaluation"]
        await pilot.press("escape")
        assert not isinstance(app.screen, SessionBuilderScreen)


async def test_practise_one_question_from_its_page_even_when_not_due(make_app: App) -> None:
    from interview.tui.screens.question import QuestionScreen

    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        app.push_screen(QuestionScreen("ml-theory/sigmoid"))
        await pilot.pause()
        await pilot.press("p")
        assert await session_ids(app, pilot) == ["ml-theory/sigmoid"]
        await pilot.press("escape")
        await pilot.press("p")  # reviewed minutes ago, not due: offered all the same
        assert await session_ids(app, pilot) == ["ml-theory/sigmoid"]


async def test_practise_the_results_of_a_search(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("slash", *"precision", "enter")
        await pilot.press("P")
        assert await session_ids(app, pilot) == ["evaluation/precision-recall"]
