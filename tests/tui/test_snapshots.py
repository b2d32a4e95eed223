"""Snapshot tests of the key screens (pytest-textual-snapshot).

Update after an intended change with: pytest tests/tui/test_snapshots.py --snapshot-update
and look at the new SVGs before committing them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from interview.tui.app import InterviewApp
from tests.tui.conftest import loaded

SIZE = (100, 32)


def after(*keys: str) -> Callable[[Pilot[None]], Any]:
    """A run_before that waits for the bank, presses `keys`, and lets workers finish."""

    async def run(pilot: Pilot[None]) -> None:
        await loaded(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    return run


class TestHome:
    def test_home(self, snap_compare: Any, make_app: Callable[[], InterviewApp]) -> None:
        assert snap_compare(make_app(), terminal_size=SIZE, run_before=after())


class TestPractice:
    def test_before_reveal(self, snap_compare: Any, make_app: Callable[[], InterviewApp]) -> None:
        assert snap_compare(make_app(), terminal_size=(100, 40), run_before=after("p"))

    def test_after_reveal_with_ticks(
        self, snap_compare: Any, make_app: Callable[[], InterviewApp]
    ) -> None:
        assert snap_compare(
            make_app(),
            terminal_size=(100, 40),
            run_before=after("p", "h", "space", "1", "3", "end"),
        )


class TestBrowse:
    def test_browse(self, snap_compare: Any, make_app: Callable[[], InterviewApp]) -> None:
        assert snap_compare(make_app(), terminal_size=SIZE, run_before=after("b"))

    def test_search(self, snap_compare: Any, make_app: Callable[[], InterviewApp]) -> None:
        assert snap_compare(
            make_app(), terminal_size=SIZE, run_before=after("slash", "r", "e", "c", "a", "l")
        )

    def test_question_view(self, snap_compare: Any, make_app: Callable[[], InterviewApp]) -> None:
        assert snap_compare(
            make_app(), terminal_size=(100, 40), run_before=after("b", "down", "down", "enter")
        )


class TestHelp:
    def test_help(self, snap_compare: Any, make_app: Callable[[], InterviewApp]) -> None:
        assert snap_compare(
            make_app(), terminal_size=(100, 40), run_before=after("p", "question_mark")
        )

    def test_small_terminal(self, snap_compare: Any, make_app: Callable[[], InterviewApp]) -> None:
        assert snap_compare(make_app(), terminal_size=(80, 24), run_before=after("p", "space"))
