"""Snapshot tests of the key screens (pytest-textual-snapshot).

Update after an intended change with: pytest tests/tui/test_snapshots.py --snapshot-update
and look at the new SVGs before committing them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from interview.tui.app import InterviewApp
from tests.tui.conftest import Clock, loaded

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

    def test_done_with_a_countdown_at_80x24(
        self, snap_compare: Any, make_app: Callable[..., InterviewApp]
    ) -> None:
        """Three Again: the done message, on screen at 80x24, counting down to the step."""
        clock = Clock()
        assert snap_compare(
            make_app(clock),
            terminal_size=(80, 24),
            run_before=after("p", "space", "a", "space", "a", "space", "a"),
        )


class TestSessionBuilder:
    def test_builder_at_80x24(
        self, snap_compare: Any, make_app: Callable[[], InterviewApp]
    ) -> None:
        """P on home: categories, tags, difficulties, flags; evaluation ticked."""
        assert snap_compare(
            make_app(), terminal_size=(80, 24), run_before=after("P", "down", "space")
        )

    def test_builder_at_120x40(
        self, snap_compare: Any, make_app: Callable[[], InterviewApp]
    ) -> None:
        assert snap_compare(make_app(), terminal_size=(120, 40), run_before=after("P"))


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


def mock_steps(clock: Clock, *steps: str | float) -> Callable[[Pilot[None]], Any]:
    """Keys to press, and numbers: seconds to move the clock on (then the screen ticks)."""

    async def run(pilot: Pilot[None]) -> None:
        await loaded(pilot)
        for step in steps:
            if isinstance(step, str):
                await pilot.press(step)
            else:
                clock.advance(seconds=step)
                tick = getattr(pilot.app.screen, "tick", None)
                if callable(tick):
                    tick()
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    return run


@pytest.mark.usefixtures("tiny_template")
class TestMock:
    def test_choose_a_template(
        self, snap_compare: Any, make_app: Callable[..., InterviewApp]
    ) -> None:
        assert snap_compare(make_app(), terminal_size=(100, 40), run_before=after("m"))

    def test_running_question_with_a_hint(
        self, snap_compare: Any, make_app: Callable[..., InterviewApp]
    ) -> None:
        clock = Clock()
        steps = mock_steps(
            clock, "m", "enter", "n", *"sigma times one minus sigma", "escape", "h", 40
        )
        assert snap_compare(make_app(clock), terminal_size=(100, 40), run_before=steps)

    def test_amber_warning(self, snap_compare: Any, make_app: Callable[..., InterviewApp]) -> None:
        clock = Clock()
        steps = mock_steps(clock, "m", "enter", 95)
        assert snap_compare(make_app(clock), terminal_size=(100, 30), run_before=steps)

    def test_red_warning_then_time_up(
        self, snap_compare: Any, make_app: Callable[..., InterviewApp]
    ) -> None:
        clock = Clock()
        steps = mock_steps(clock, "m", "enter", 110, 15)
        assert snap_compare(make_app(clock), terminal_size=(100, 40), run_before=steps)

    def test_scorecard(self, snap_compare: Any, make_app: Callable[..., InterviewApp]) -> None:
        clock = Clock()
        steps = mock_steps(
            clock,
            "m", "enter", 60, "space", "space", "1", "2", "3", "enter",
            100, "space", "space", "1", "enter",
        )  # fmt: skip
        assert snap_compare(make_app(clock), terminal_size=(100, 36), run_before=steps)

    def test_scorecard_at_80x24(
        self, snap_compare: Any, make_app: Callable[..., InterviewApp], tiny_template: Any
    ) -> None:
        clock = Clock()
        steps = mock_steps(
            clock,
            "m", "enter", 60, "space", "space", "1", "2", "3", "enter",
            100, "space", "space", "1", "enter",
        )  # fmt: skip
        assert snap_compare(make_app(clock), terminal_size=(80, 24), run_before=steps)


class TestWeakAreas:
    def test_with_data(self, snap_compare: Any, make_app: Callable[..., InterviewApp]) -> None:
        from tests.tui.test_weak_flows import history

        async def run(pilot: Pilot[None]) -> None:
            await loaded(pilot)
            assert isinstance(pilot.app, InterviewApp)
            history(pilot.app)
            await pilot.press("w")
            await pilot.pause()

        assert snap_compare(make_app(), terminal_size=(110, 44), run_before=run)

    def test_empty(self, snap_compare: Any, make_app: Callable[..., InterviewApp]) -> None:
        assert snap_compare(make_app(), terminal_size=(110, 44), run_before=after("w"))
