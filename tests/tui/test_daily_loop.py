"""The everyday practice loop as a user lives it: undo, hints, focus, the done screen and
the learning-step countdown on a clock the test moves."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widget import Widget

from interview.core.mock import PoolEntry
from interview.tui.screens.home import HomeScreen
from interview.tui.screens.practice import PracticeScreen
from interview.tui.widgets.question_list import Row
from tests.tui.conftest import Clock, app_on, loaded
from tests.tui.test_flows import App, reviews, text_of


def in_view(body: VerticalScroll, widget: Widget) -> bool:
    """Whether `widget` starts inside the visible part of the scrolling `body`."""
    top = widget.virtual_region.y
    return body.scroll_y <= top < body.scroll_y + body.scrollable_content_region.height


async def test_undo_of_a_first_review_shows_the_question_as_new_again(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("p", "space", "g")
        await pilot.press("u")
        assert "(new)" in text_of(app, "#practice-meta")
        assert "()" not in text_of(app, "#practice-meta")


async def test_after_leaving_notes_keys_scroll_and_a_hint_comes_into_view(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("p", "n", *"my answer", "enter", *"more", "escape")
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        body = screen.query_one("#practice-body", VerticalScroll)
        assert app.focused is body  # not nothing: the arrow keys scroll
        await pilot.press("h")
        await pilot.pause()
        assert "Hint 1" in text_of(app, "#practice-hints")
        assert in_view(body, screen.query_one("#practice-hints"))
        await pilot.press("space")
        await pilot.pause()
        assert app.focused is body
        assert in_view(body, screen.query_one("#practice-answer-title"))
        before = body.scroll_y
        await pilot.press("down", "down")
        await pilot.pause()
        assert body.scroll_y > before or body.max_scroll_y == before


async def test_hints_after_the_reveal_are_part_of_the_answer_and_free(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("p", "space")
        screen = app.screen
        assert isinstance(screen, PracticeScreen) and screen.attempt is not None
        assert screen.check_action("hint", ()) is False
        await pilot.press("h")
        assert screen.attempt.hints_used == 0
        assert "Hint 1" in text_of(app, "#practice-hints")  # shown with the answer
        await pilot.press("1", "2", "3", "enter")
        [(_, grade, suggested)] = reviews(app)
        assert grade == suggested


async def test_the_done_screen_counts_down_to_the_next_learning_step_and_comes_back(
    make_app: App,
) -> None:
    clock = Clock()
    app = make_app(clock)  # type: ignore[call-arg]
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        for _ in range(3):
            await pilot.press("space", "a")  # Again: each back in a minute
        screen = app.screen
        assert isinstance(screen, PracticeScreen) and screen.finished
        summary = text_of(app, "#practice-summary")
        assert "Session done" in summary and "Next review in 1 min" in summary
        for widget_id in ("#practice-code", "#practice-run", "#practice-notes"):
            assert not screen.query_one(widget_id).display
        assert screen.query_one("#practice-summary").region.bottom <= 24  # on screen
        clock.advance(seconds=61)
        screen.tick()  # what the one-second timer calls
        await pilot.pause()
        assert not screen.finished and screen.attempt is not None
        assert "(review)" in text_of(app, "#practice-meta")


async def test_home_says_when_the_next_review_is_due_and_refreshes_then(make_app: App) -> None:
    clock = Clock()
    app = make_app(clock)  # type: ignore[call-arg]
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        for _ in range(3):
            await pilot.press("space", "g")  # Good on new: back in 10 minutes
        await pilot.press("escape")
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert "All done for now: next review in 10 min." in text_of(app, "#home-status")
        clock.advance(minutes=4)
        home.tick()
        assert "next review in 6 min" in text_of(app, "#home-status")
        clock.advance(minutes=7)
        home.tick()
        assert "3 due now. Press p to practise." in text_of(app, "#home-status")


async def test_a_theme_picked_in_the_command_palette_is_saved(
    make_app: App, isolated_home: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        for keys in (("ctrl+p", *"theme"), ("enter", *"nord"), ("enter",)):
            await pilot.press(*keys)
            for _ in range(10):  # the palette searches in a worker as you type
                await app.workers.wait_for_complete()
                await pilot.pause()
        assert app.theme == "nord"
    saved = tomllib.loads((isolated_home / "config.toml").read_text())
    assert saved["ui"] == {"theme": "nord"}


async def test_suspend_and_bury_from_practice_then_bring_back_from_the_question_page(
    make_app: App,
) -> None:
    from interview.tui.screens.browse import BrowseScreen
    from interview.tui.screens.question import QuestionScreen

    clock = Clock()
    app = make_app(clock)  # type: ignore[call-arg]
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, PracticeScreen) and screen.attempt is not None
        suspended = screen.attempt.question.id
        await pilot.press("S")
        assert screen.attempt is not None
        buried = screen.attempt.question.id
        assert buried != suspended
        await pilot.press("b")
        assert screen.attempt is not None
        left = screen.attempt.question.id
        await pilot.press("space", "g")
        assert screen.finished  # three questions: one suspended, one buried, one done
        [(reviewed, grade, _)] = reviews(app)
        assert (reviewed, grade) == (left, 3)
        await pilot.press("escape")

        assert app.backend is not None
        pool = {entry.id for entry in _pool(app)}  # neither comes up in a mock either
        assert suspended not in pool and buried not in pool

        await pilot.press("b")  # browse shows both
        browse = app.screen
        assert isinstance(browse, BrowseScreen)
        assert any(r.question_id == suspended and "⊘" in r.marks for r in _rows(browse))
        assert any(r.question_id == buried and "◌" in r.marks for r in _rows(browse))
        app.push_screen(QuestionScreen(suspended))
        await pilot.pause()
        assert "suspended" in text_of(app, "#question-user")
        await pilot.press("S")  # unsuspend
        assert "suspended" not in text_of(app, "#question-user")

        clock.advance(days=1)  # the next study day: the buried one is back
        assert app.backend.user_data(buried, now=clock()).buried_until is None
        ids = {c.question_id for c in app.backend.study.queue(now=clock())}
        assert {suspended, buried} <= ids


def _rows(browse: object) -> list[Row]:
    from interview.tui.widgets.question_list import QuestionList

    return browse.query_one("#browse-list", QuestionList).rows  # type: ignore[attr-defined,no-any-return]


def _pool(app: object) -> list[PoolEntry]:
    from interview.storage.mocks import mock_pool

    backend = app.backend  # type: ignore[attr-defined]
    with backend.engine.connect() as connection:
        return mock_pool(connection=connection, now=app.clock())  # type: ignore[attr-defined,no-any-return]


async def test_a_draft_is_listed_but_never_drawn_until_it_is_complete(
    tmp_path: Path, isolated_home: Path
) -> None:

    from interview.storage.sync import sync_banks
    from interview.tui.screens.browse import BrowseScreen
    from tests.conftest import NOW, question_text, write

    bank = tmp_path / "bank"
    write(bank / "evaluation" / "done.md", question_text(title="A finished question"))
    draft = write(bank / "evaluation" / "draft.md", question_text(title="A draft", rubric=()))
    app = app_on(bank, tmp_path / "d.db", isolated_home / "config.toml")
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("b")
        assert isinstance(app.screen, BrowseScreen)
        assert {row.question_id for row in _rows(app.screen)} == {
            "evaluation/done",
            "evaluation/draft",
        }
        await pilot.press("escape", "p")
        screen = app.screen
        assert isinstance(screen, PracticeScreen) and screen.attempt is not None
        assert screen.attempt.question.id == "evaluation/done"
        await pilot.press("space", "g")
        assert screen.finished  # the draft never comes up
        assert "evaluation/draft" not in {entry.id for entry in _pool(app)}
        assert app.backend is not None
        write(draft, question_text(title="A draft", rubric=("Now it has a point",)))
        sync_banks(engine=app.backend.engine, folders=[bank], now=NOW)
        ids = [c.question_id for c in app.backend.study.queue(now=NOW)]
        assert ids == ["evaluation/draft"]


async def test_edit_in_the_editor_reloads_the_question_or_names_the_error(
    tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from interview.tui.screens.question import QuestionScreen
    from interview.tui.widgets.markdown import QuestionMarkdown
    from tests.tui.conftest import BANK

    bank = tmp_path / "bank"
    shutil.copytree(BANK, bank)
    editor = tmp_path / "editor.sh"  # an editor that renames the title, as a user would
    editor.write_text(
        "#!/bin/sh\nsed -i 's/^# Why does the sigmoid saturate?/# Sigmoid saturation, edited/' \"$1\"\n"
    )
    editor.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)
    app = app_on(bank, tmp_path / "e.db", isolated_home / "config.toml")
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        app.push_screen(QuestionScreen("ml-theory/sigmoid"))
        await pilot.pause()
        await pilot.press("E")
        await pilot.pause()
        assert app.backend is not None
        question = app.backend.question("ml-theory/sigmoid")
        assert question is not None and question.title == "Sigmoid saturation, edited"
        shown = app.screen.query_one("#question-text", QuestionMarkdown).source
        assert shown.startswith("# Sigmoid saturation, edited")  # the page shows the edit
        breaker = tmp_path / "break.sh"  # now an edit that breaks the front matter
        breaker.write_text("#!/bin/sh\nsed -i 's/^difficulty: .*/difficulty: tricky/' \"$1\"\n")
        breaker.chmod(0o755)
        monkeypatch.setenv("EDITOR", str(breaker))
        await pilot.press("E")
        await pilot.pause()
        kept = app.backend.question("ml-theory/sigmoid")
        assert kept is not None and kept.title == "Sigmoid saturation, edited"  # last good
        messages = [n.message for n in app._notifications]
        assert any("difficulty 'tricky' is not one of easy, medium, hard" in m for m in messages)


def test_interview_now_shifts_the_app_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import datetime, timedelta

    from interview.tui.app import make_app
    from tests.cli.test_cli import run

    monkeypatch.setenv("INTERVIEW_NOW", "2030-01-02T09:00:00+00:00")
    app = make_app(banks=[])
    shown = app.clock()
    assert abs(shown - datetime.fromisoformat("2030-01-02T09:00:00+00:00")) < timedelta(seconds=5)
    monkeypatch.setenv("INTERVIEW_NOW", "next tuesday")
    result = run("practice")
    assert result.exit_code == 1 and "is not a time" in result.stderr


async def test_at_80x24_weak_areas_show_rows_and_settings_show_their_buttons(
    make_app: App,
) -> None:
    from textual.widgets import DataTable

    from interview.tui.screens.weak import WeakAreasScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("p", "space", "1", "enter", "escape", "w")
        await app.workers.wait_for_complete()
        await pilot.pause()
        weak = app.screen
        assert isinstance(weak, WeakAreasScreen)
        table = weak.query_one("#weak-table", DataTable)
        assert table.row_count > 0 and table.region.height >= 6  # rows on screen
        assert not weak.query_one("#weak-charts").display
        await pilot.press("c")  # the charts take the table's place
        assert weak.query_one("#weak-charts").display and not table.display
        await pilot.press("escape", "s")
        for button in ("#settings-save", "#settings-cancel"):
            region = app.screen.query_one(button).region
            assert region.height >= 1 and region.bottom <= 23  # above the footer
