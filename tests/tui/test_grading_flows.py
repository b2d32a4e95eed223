"""Practice with typed notes: on reveal the rubric arrives ticked from the notes, with the
sentence behind each tick; the user changes a tick with a digit, the reason says so, and
both the suggested and the confirmed ticks are stored with the review."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from interview.tui.app import InterviewApp
from interview.tui.screens.practice import PracticeScreen
from tests.tui.conftest import loaded
from tests.tui.test_flows import text_of

App = Callable[[], InterviewApp]
NOTES = (
    "Precision is TP divided by TP plus FP. Recall is TP divided by TP plus FN. "
    "I would favour precision when false alarms are expensive and recall when a miss is "
    "expensive, like screening."
)


async def test_revealing_typed_notes_pre_ticks_the_rubric_with_evidence(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=(100, 50)) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        while (
            screen.attempt is not None
            and screen.attempt.question.id != "evaluation/precision-recall"
        ):
            await pilot.press("space", "e")
        await pilot.press("n", *NOTES, "escape", "space")
        await app.workers.wait_for_complete()
        await pilot.pause()
        attempt = screen.attempt
        assert attempt is not None and attempt.suggested is not None
        assert attempt.covered == {0, 1} == set(attempt.suggested)
        rubric = text_of(app, "#practice-rubric")
        assert "ticked from your notes" in rubric
        assert "[x] 1. Defines precision" in rubric
        assert '"Precision is TP divided by TP plus FP."' in rubric
        assert '"Recall is TP divided by TP plus FN."' in rubric
        assert "auto-ticked 2, you changed 0" in text_of(app, "#practice-suggestion")

        await pilot.press("3")  # the user judges the third point made after all
        assert attempt.covered == {0, 1, 2}
        assert "auto-ticked 2, you changed 1" in text_of(app, "#practice-suggestion")
        await pilot.press("enter")

        assert app.backend is not None
        with app.backend.engine.connect() as connection:
            covered, suggested, notes = connection.exec_driver_sql(
                "SELECT rubric_covered, rubric_suggested, notes FROM review"
                " WHERE question_id = 'evaluation/precision-recall'"
            ).one()
        assert json.loads(covered) == [0, 1, 2] and json.loads(suggested) == [0, 1]
        assert notes == NOTES


async def test_without_notes_nothing_is_pre_ticked(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("p", "space")
        await app.workers.wait_for_complete()
        screen = app.screen
        assert isinstance(screen, PracticeScreen) and screen.attempt is not None
        assert screen.attempt.suggested is None and screen.attempt.covered == set()
        assert "press a digit to tick what you covered" in text_of(app, "#practice-rubric")


def test_snapshot_of_the_evidence_view(snap_compare: Any, make_app: App) -> None:
    """Revealed after typed notes: ticks from the notes, each with its quoted sentence,
    the likely point as [?], and the reason counting the auto-ticks."""

    async def run(pilot: Pilot[None]) -> None:
        await loaded(pilot)
        await pilot.press("p")
        screen = pilot.app.screen
        assert isinstance(screen, PracticeScreen)
        while (
            screen.attempt is not None
            and screen.attempt.question.id != "evaluation/precision-recall"
        ):
            await pilot.press("space", "e")
        await pilot.press("n", *NOTES, "escape", "space")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("end")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(100, 40), run_before=run)
