"""One attempt at a question: time, reveal, hints, rubric ticks."""

from __future__ import annotations

from datetime import timedelta

import pytest

from interview.core.practice import Attempt
from interview.core.questions import Question
from interview.core.scheduling import Grade
from tests.conftest import NOW

QUESTION = Question(
    id="ml-theory/dropout",
    title="Dropout",
    category="ml-theory",
    question="Why does dropout help?",
    rubric=("Ensemble view", "Co-adaptation", "Inverted scaling at train time", "Off at inference"),
    hints=("Think of many thinned networks.", "What happens at test time?"),
    time_budget=300,
)


def test_time_runs_until_reveal_then_stops() -> None:
    attempt = Attempt(QUESTION, started_at=NOW)
    assert attempt.elapsed(NOW + timedelta(seconds=42)) == 42
    assert attempt.time_left(NOW + timedelta(seconds=42)) == 258
    attempt.reveal(NOW + timedelta(seconds=90))
    assert attempt.revealed
    assert attempt.elapsed(NOW + timedelta(hours=1)) == 90
    attempt.reveal(NOW + timedelta(seconds=120))  # a second reveal changes nothing
    assert attempt.elapsed(NOW + timedelta(hours=1)) == 90


def test_hints_come_in_order_and_are_counted() -> None:
    attempt = Attempt(QUESTION, started_at=NOW)
    assert attempt.take_hint() == "Think of many thinned networks."
    assert attempt.take_hint() == "What happens at test time?"
    assert attempt.take_hint() is None
    assert attempt.hints_used == 2


def test_ticking_points_drives_the_suggestion() -> None:
    attempt = Attempt(QUESTION, started_at=NOW)
    for point in (0, 1, 2, 3):
        assert attempt.toggle(point)
    assert not attempt.toggle(3)
    attempt.reveal(NOW + timedelta(seconds=100))
    suggestion = attempt.suggestion(NOW + timedelta(seconds=200))
    assert suggestion is not None
    assert suggestion.grade is Grade.HARD  # 3 of 4 = 0.75
    attempt.toggle(3)
    full = attempt.suggestion(NOW + timedelta(seconds=200))
    assert full is not None and full.grade is Grade.EASY  # all, unaided, 100 s of 300
    with pytest.raises(IndexError, match="points 1 to 4"):
        attempt.toggle(4)
