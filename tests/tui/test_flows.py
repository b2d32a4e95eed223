"""Pilot tests: each flow driven from the keyboard, checked in the database afterwards."""

from __future__ import annotations

import io
import tomllib
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from textual.widgets import Input, Static

from interview.storage.study import get_card
from interview.tui.app import InterviewApp
from interview.tui.screens.browse import BrowseScreen
from interview.tui.screens.help import HelpScreen
from interview.tui.screens.home import HomeScreen
from interview.tui.screens.practice import PracticeScreen
from interview.tui.screens.question import NoteScreen, QuestionScreen
from interview.tui.screens.settings import SettingsScreen
from interview.tui.widgets.question_list import QuestionList
from tests.tui.conftest import loaded

App = Callable[[], InterviewApp]


def plain(renderable: object) -> str:
    """What a renderable shows, as plain text."""
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


def text_of(app: InterviewApp, selector: str) -> str:
    return plain(app.screen.query_one(selector, Static).content)


def reviews(app: InterviewApp) -> list[tuple[str, int, int | None]]:
    assert app.backend is not None
    with app.backend.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT question_id, grade, suggested_grade FROM review ORDER BY id"
        ).fetchall()
    return [tuple(row) for row in rows]  # type: ignore[misc]


async def test_start_shows_home_with_the_bank(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        assert isinstance(app.screen, HomeScreen)
        await loaded(pilot)
        status = text_of(app, "#home-status")
        assert "Nothing due; 3 new questions today" in status
        bank = text_of(app, "#home-bank")
        assert "algorithms" in bank and "evaluation" in bank and "ml-theory" in bank


async def test_home_keys_open_mock_and_weak_areas(make_app: App) -> None:
    from interview.tui.screens.mock import MockSetupScreen
    from interview.tui.screens.weak import WeakAreasScreen

    app = make_app()
    async with app.run_test() as pilot:
        await loaded(pilot)
        await pilot.press("w")
        assert isinstance(app.screen, WeakAreasScreen)
        await pilot.press("escape", "m")
        assert isinstance(app.screen, MockSetupScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_practise_three_questions_then_undo(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        seen = []
        for _ in range(3):
            assert screen.attempt is not None
            seen.append(screen.attempt.question.id)
            await pilot.press("space")
            assert screen.attempt.revealed
            await pilot.press("1", "2", "3")  # tick three points
            assert screen.attempt.covered >= {0, 1}
            await pilot.press("enter")
        assert len(set(seen)) == 3
        grades = reviews(app)
        assert [q for q, _, _ in grades] == seen
        assert all(grade == suggested for _, grade, suggested in grades)
        await pilot.press("u")  # take back the last grade
        assert [q for q, _, _ in reviews(app)] == seen[:2]
        assert app.backend is not None
        with app.backend.engine.connect() as connection:
            assert get_card(connection=connection, question_id=seen[2]) is None
        assert screen.attempt is not None and screen.attempt.question.id == seen[2]


async def test_practice_grades_with_keys_and_hints(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("p", "h")
        screen = app.screen
        assert isinstance(screen, PracticeScreen) and screen.attempt is not None
        assert screen.attempt.hints_used == 1
        assert "Hint 1" in text_of(app, "#practice-hints")
        await pilot.press("space", "g")
        [(_, grade, suggested)] = reviews(app)
        assert grade == 3 and suggested == 1  # nothing ticked, one hint: Again suggested


async def test_practice_session_ends_with_a_summary(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        for _ in range(3):
            await pilot.press("space", "e")
        summary = text_of(app, "#practice-summary")
        # learning steps bring them back within minutes, but not before the fixed clock moves
        assert "Session done" in summary and "3 answered: 3 easy" in summary
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        assert "All done for today" in text_of(app, "#home-status")


async def test_typing_notes_does_not_trigger_keys(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("p", "n")
        await pilot.press(*"a good answer")
        await pilot.press("escape", "space")
        screen = app.screen
        assert isinstance(screen, PracticeScreen) and screen.attempt is not None
        assert screen.attempt.notes == "a good answer"
        assert reviews(app) == []


async def test_search_and_open_a_question(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await loaded(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen, BrowseScreen)
        assert app.screen.query_one("#browse-search", Input).has_focus
        await app.workers.wait_for_complete()  # the search index
        await pilot.press(*"sigmiod")  # a typo
        await app.workers.wait_for_complete()
        await pilot.pause()
        listing = app.screen.query_one(QuestionList)
        assert [row.question_id for row in listing.rows] == ["ml-theory/sigmoid"]
        await pilot.press("enter", "enter")  # leave the box, open the highlighted row
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.question_id == "ml-theory/sigmoid"


async def test_browse_filters(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await loaded(pilot)
        await pilot.press("b")
        listing = app.screen.query_one(QuestionList)
        assert len(listing.rows) == 3
        app.screen.query_one("#browse-difficulty").value = "hard"  # type: ignore[attr-defined]
        await pilot.pause()
        assert [r.question_id for r in listing.rows] == ["algorithms/evil-markup"]


async def test_star_and_note_are_saved(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await loaded(pilot)
        await pilot.press("b", "down", "enter")
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        await pilot.press("s")
        await pilot.press("n")
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"revise the [bold]edge[/] cases", "ctrl+s")
        assert isinstance(app.screen, QuestionScreen)
        assert app.backend is not None
        data = app.backend.user_data(screen.question_id)
        assert data.starred and data.note == "revise the [bold]edge[/] cases"
        assert "revise the [bold]edge[/] cases" in text_of(app, "#question-user")
        await pilot.press("escape")  # back in browse, the star shows
        rows = {r.question_id: r.marks for r in app.screen.query_one(QuestionList).rows}
        assert rows[screen.question_id] == "★"


async def test_note_shows_in_practice_after_the_answer(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        assert app.backend is not None
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, PracticeScreen) and screen.attempt is not None
        app.backend.set_user_data(screen.attempt.question.id, note="my mnemonic")
        assert "my mnemonic" not in text_of(app, "#practice-note")
        await pilot.press("space")
        assert "my mnemonic" in text_of(app, "#practice-note")


async def test_settings_are_validated_and_saved(make_app: App, isolated_home: Path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await loaded(pilot)
        await pilot.press("s")
        assert isinstance(app.screen, SettingsScreen)
        retention = app.screen.query_one("#settings-retention", Input)
        retention.value = "0.99"
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, SettingsScreen)  # refused, with the reason
        assert "between 0.70 and 0.97" in text_of(app, "#settings-error")
        retention.value = "0.85"
        app.screen.query_one("#settings-new", Input).value = "4"
        app.screen.query_one("#settings-theme").value = "nord"  # type: ignore[attr-defined]
        await pilot.pause()
        assert app.theme == "nord"  # previewed at once
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, HomeScreen)
        saved = tomllib.loads((isolated_home / "config.toml").read_text())
        assert saved["study"] == {"desired_retention": 0.85, "new_per_day": 4}
        assert saved["ui"] == {"theme": "nord"}
        assert app.backend is not None and app.backend.study.settings.new_per_day == 4


async def test_help_lists_the_screens_keys(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("p", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = "\n".join(plain(w.content) for w in app.screen.query(Static))
        for line in ["Reveal", "Hint", "Undo", "1-9", "Help", "Command palette"]:
            assert line in shown
        await pilot.press("escape")
        assert isinstance(app.screen, PracticeScreen)


async def test_markup_and_escapes_in_a_question_stay_text(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("b", "enter")
        screen = app.screen
        assert isinstance(screen, QuestionScreen) and screen.question_id == "algorithms/evil-markup"
        await pilot.pause()
        assert app.is_running  # [@click=app.quit] did not act
        text = "\n".join(plain(block.content) for block in screen.query("MarkdownBlock"))
        assert "[bold red]Markup[/] stays text" in text
        assert "[@click=app.quit]Click me[/] does nothing" in text
        assert "\x1b" not in text and "\\x1b" in text
