"""One answer in a practice session, from showing the question to the suggested grade."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime

from interview.core.questions import Question
from interview.core.scheduling import require_utc
from interview.core.scoring import Assessment, Suggestion, suggest_grade


@dataclass
class Attempt:
    """The user's attempt at one question. Every method takes the time; none reads a clock.

    The answer time runs from `started_at` until the answer is revealed.
    """

    question: Question
    started_at: datetime
    revealed_at: datetime | None = None
    covered: set[int] = field(default_factory=set)
    """0-based indices of the rubric points ticked."""
    hints_used: int = 0
    notes: str = ""
    """What the user typed while answering."""
    code: str | None = None
    """The code last run against the tests (coding questions)."""
    tests_passed: int = 0
    tests_total: int = 0

    def __post_init__(self) -> None:
        self.started_at = require_utc(self.started_at, "the start time")

    @property
    def revealed(self) -> bool:
        """Whether the model answer is showing."""
        return self.revealed_at is not None

    def elapsed(self, now: datetime) -> float:
        """Seconds of answering so far (frozen once the answer is revealed)."""
        end = self.revealed_at if self.revealed_at is not None else require_utc(now)
        return max(0.0, (end - self.started_at).total_seconds())

    def time_left(self, now: datetime) -> float:
        """Seconds left of the question's budget (negative when over)."""
        return self.question.time_budget - self.elapsed(now)

    def reveal(self, now: datetime) -> None:
        """Show the model answer; the answer time stops here."""
        if self.revealed_at is None:
            self.revealed_at = max(require_utc(now), self.started_at)

    def take_hint(self) -> str | None:
        """The next hint (counted), or None when there are no more. Once the answer is
        revealed the hints are part of it: none is taken, and none costs."""
        if self.revealed or self.hints_used >= len(self.question.hints):
            return None
        self.hints_used += 1
        return self.question.hints[self.hints_used - 1]

    def toggle(self, point: int) -> bool:
        """Tick or untick rubric point `point` (0-based); whether it is now ticked."""
        if not 0 <= point < len(self.question.rubric):
            raise IndexError(f"the rubric has points 1 to {len(self.question.rubric)}")
        if point in self.covered:
            self.covered.discard(point)
            return False
        self.covered.add(point)
        return True

    def record_run(self, code: str, passed: int, total: int) -> None:
        """The user's code was run against the tests: the latest run counts."""
        self.code = code
        self.tests_passed = passed
        self.tests_total = total

    def assessment(self, now: datetime) -> Assessment:
        """What the grade is computed from."""
        return Assessment(
            rubric_total=len(self.question.rubric),
            covered=frozenset(self.covered),
            hints_used=self.hints_used,
            duration_s=self.elapsed(now),
            budget_s=self.question.time_budget,
            tests_passed=self.tests_passed,
            tests_total=self.tests_total,
            code=self.code,
            notes=self.notes,
        )

    def suggestion(self, now: datetime) -> Suggestion | None:
        """The suggested grade and its reason (None for a question without a rubric)."""
        return suggest_grade(self.assessment(now))


def wait_text(seconds: float) -> str:
    """A wait in the words a person uses: `1 min`, `25 min`, `3 h`, `2 days`."""
    if seconds < 3600:
        return f"{max(1, math.ceil(seconds / 60))} min"
    if seconds < 86400:
        return f"{round(seconds / 3600)} h"
    days = round(seconds / 86400)
    return f"{days} day" + ("s" if days != 1 else "")
