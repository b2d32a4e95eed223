"""Every screen at the two sizes people run it at: 80x24 (a new terminal) and 120x40.

Update after an intended change with:
pytest tests/tui/test_screen_sizes.py --snapshot-update, and look at the new SVGs.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from interview.config import Config
from interview.tui.app import InterviewApp
from tests.tui.conftest import Clock, loaded
from tests.tui.test_snapshots import after, mock_steps

SIZES = [
    pytest.param((80, 24), id="80x24"),
    pytest.param((100, 30), id="100x30"),
    pytest.param((120, 40), id="120x40"),
]
CODE_BANK = Path(__file__).parent / "code_bank"
"""One coding question with tests."""

Steps = Callable[[Pilot[None]], Awaitable[None]]


def weak_data(*keys: str) -> Steps:
    from tests.tui.test_weak_flows import history

    async def run(pilot: Pilot[None]) -> None:
        await loaded(pilot)
        assert isinstance(pilot.app, InterviewApp)
        history(pilot.app)
        await pilot.press("w", *keys)
        await pilot.pause()

    return run


SCORECARD = (
    "m", "enter", 60, "space", "space", "1", "2", "3", "enter",
    100, "space", "space", "1", "enter",
)  # fmt: skip

SCREENS: dict[str, Callable[[Clock], Steps]] = {
    "home": lambda clock: after(),
    "practice-before-reveal": lambda clock: after("p"),
    "practice-after-reveal": lambda clock: after("p", "h", "space", "1", "3"),
    "done": lambda clock: after("p", "space", "a", "space", "a", "space", "a"),
    "browse": lambda clock: after("b"),
    "question": lambda clock: after("b", "down", "down", "enter"),
    "weak-areas": lambda clock: weak_data(),
    "area-detail": lambda clock: weak_data("enter"),
    "settings": lambda clock: after("s"),
    "help": lambda clock: after("p", "question_mark"),
    "mock-running": lambda clock: mock_steps(clock, "m", "enter", "h", 40),
    "scorecard": lambda clock: mock_steps(clock, *SCORECARD),
}


@pytest.mark.usefixtures("tiny_template")
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen(
    snap_compare: Any,
    make_app: Callable[..., InterviewApp],
    screen: str,
    size: tuple[int, int],
) -> None:
    clock = Clock()
    assert snap_compare(make_app(clock), terminal_size=size, run_before=SCREENS[screen](clock))


def coding_app(tmp_path: Path, isolated_home: Path) -> InterviewApp:
    app = InterviewApp(
        db_path=tmp_path / "code.db",
        banks=[CODE_BANK],
        config=Config(),
        config_path=isolated_home / "config.toml",
        clock=Clock(),
        zone=UTC,
    )
    app.theme = "textual-dark"
    return app


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("revealed", [False, True], ids=["coding", "coding-revealed"])
def test_coding_question(
    snap_compare: Any,
    tmp_path: Path,
    isolated_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
    revealed: bool,
) -> None:
    """The statement stays in view beside the editor from 100 columns, above it below."""
    monkeypatch.chdir(Path(__file__).parent)
    keys = ("p", "space") if revealed else ("p",)
    app = coding_app(tmp_path, isolated_home)
    assert snap_compare(app, terminal_size=size, run_before=after(*keys))


@pytest.mark.parametrize("size", SIZES)
def test_coding_question_in_a_mock(
    snap_compare: Any,
    tmp_path: Path,
    isolated_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
) -> None:
    monkeypatch.chdir(Path(__file__).parent)
    folder = isolated_home / "templates"
    folder.mkdir()
    (folder / "code.toml").write_text(
        'name = "One problem"\nminutes = 10\n\n[[slot]]\ncategory = "algorithms"\nminutes = 10\n'
    )
    app = coding_app(tmp_path, isolated_home)
    assert snap_compare(app, terminal_size=size, run_before=after("m", "enter"))
