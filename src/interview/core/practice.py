"""One answer in a practice session, from showing the question to the suggested grade."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from interview.core.questions import Question
from interview.core.scheduling import require_utc
from interview.core.scoring import Assessment, Suggestion, suggest_grade

if TYPE_CHECKING:
    from interview.core.grading import GradedAnswer


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
    suggested: frozenset[int] | None = None
    """0-based points the grader ticked from the notes (None: not graded)."""
    maybe: frozenset[int] = frozenset()
    """Points the grader thinks likely but left unticked."""
    evidence: dict[int, str] = field(default_factory=dict)
    """The sentence of the notes behind each covered or likely point."""
    touched: bool = False
    """Whether the user has ticked or unticked anything themselves."""

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
        self.touched = True
        if point in self.covered:
            self.covered.discard(point)
            return False
        self.covered.add(point)
        return True

    def apply_grading(self, graded: GradedAnswer) -> None:
        """Pre-tick the rubric from the grader's verdict on the notes. Points the user
        has already ticked by hand stay as they are; the suggestion is kept to say how
        many ticks the user changed, and stored with the review."""
        if len(graded.points) != len(self.question.rubric):
            return  # graded against another version of the rubric
        from interview.core.grading import Verdict

        self.suggested = frozenset(p.index - 1 for p in graded.points if p.covered)
        self.maybe = frozenset(p.index - 1 for p in graded.points if p.verdict is Verdict.MAYBE)
        self.evidence = {p.index - 1: p.evidence for p in graded.points if p.evidence}
        if not self.touched:
            self.covered = set(self.suggested)

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
            suggested=self.suggested,
        )

    def suggestion(self, now: datetime) -> Suggestion | None:
        """The suggested grade and its reason (None for a question without a rubric).
        After auto-ticking, the reason starts 'auto-ticked 3, you changed 1'."""
        suggestion = suggest_grade(self.assessment(now))
        if suggestion is None or self.suggested is None:
            return suggestion
        changed = len(self.covered ^ self.suggested)
        return replace(
            suggestion,
            reason=f"auto-ticked {len(self.suggested)}, you changed {changed}; {suggestion.reason}",
        )


def wait_text(seconds: float) -> str:
    """A wait in the words a person uses: `1 min`, `25 min`, `3 h`, `2 days`."""
    if seconds < 3600:
        return f"{max(1, math.ceil(seconds / 60))} min"
    if seconds < 86400:
        return f"{round(seconds / 3600)} h"
    days = round(seconds / 86400)
    return f"{days} day" + ("s" if days != 1 else "")
