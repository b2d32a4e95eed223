"""Self-assessment: rubric coverage, time and hints -> a suggested grade, with its reason.

The rule (also in docs/grading.md):

1. score = covered rubric points / all points - HINT_COST per hint taken (never below 0).
   When a coding question's tests were run on the user's code, the base is half the
   rubric coverage and half the share of tests passed. In a mock, a point made only after
   the interviewer's follow-up counts half (PROMPTED_CREDIT).
2. score < 0.5 -> Again. Under half the key points is not an answer; it is never Hard.
3. score < 0.8 -> Hard.
4. Otherwise Good, and Easy when every point was covered, no hint was taken and the
   answer took at most half the time budget.
5. Over the time budget, Good or Easy become Hard: right but too slow needs practice.
   (Again stays Again.)

A question without a rubric gets no suggestion: the user grades it directly.
"""

from __future__ import annotations

from dataclasses import dataclass

from interview.core.scheduling import Grade

HINT_COST = 0.15
"""Share of the rubric a hint costs."""

PROMPTED_CREDIT = 0.5
"""What a rubric point made only after the interviewer's follow-up is worth."""

AGAIN_BELOW = 0.5
"""Scores under this are Again."""

GOOD_FROM = 0.8
"""Scores from this up are Good (or Easy)."""

EASY_TIME_SHARE = 0.5
"""Easy needs the answer done within this share of the budget."""


@dataclass(frozen=True, slots=True)
class Assessment:
    """What the user reported about one answer."""

    rubric_total: int
    covered: frozenset[int] = frozenset()
    """Indices (0-based) of the rubric points the user says they covered."""
    hints_used: int = 0
    duration_s: float = 0.0
    """Seconds from showing the question to revealing the answer."""
    budget_s: int = 0
    """The question's time budget in seconds."""
    tests_passed: int = 0
    tests_total: int = 0
    """Tests of a coding question run on the user's code (0: not run)."""
    code: str | None = None
    """The code the user submitted (coding questions)."""
    notes: str = ""
    """What the user typed as their answer, kept with the review."""
    suggested: frozenset[int] | None = None
    """Indices (0-based) the grader ticked from the typed answer; None: no suggestion."""
    prompted: frozenset[int] = frozenset()
    """Covered points made only after the mock interviewer's follow-up (each earns
    PROMPTED_CREDIT of a point unprompted: needing the nudge is weaker evidence)."""

    def __post_init__(self) -> None:
        if self.rubric_total < 0 or self.hints_used < 0 or self.duration_s < 0:
            raise ValueError("rubric size, hints and duration cannot be negative")
        if any(i < 0 or i >= self.rubric_total for i in self.covered | (self.suggested or set())):
            raise ValueError(
                f"covered points must be between 1 and {self.rubric_total} (the rubric's points)"
            )

    @property
    def coverage(self) -> float | None:
        """Share of the rubric covered; None without a rubric."""
        return len(self.covered) / self.rubric_total if self.rubric_total else None

    @property
    def tests_share(self) -> float | None:
        """Share of the tests that passed; None when they were not run."""
        return self.tests_passed / self.tests_total if self.tests_total else None

    @property
    def after_prompt(self) -> int:
        """How many covered points were made only after a prompt."""
        return len(self.covered & self.prompted)

    @property
    def credited(self) -> float | None:
        """Coverage with points made after a prompt at PROMPTED_CREDIT each."""
        if not self.rubric_total:
            return None
        made = len(self.covered) - (1 - PROMPTED_CREDIT) * self.after_prompt
        return made / self.rubric_total

    def score(self) -> float | None:
        """Rubric coverage (half rubric, half tests passed when the tests ran) minus 0.15
        per hint, never below 0; None without a rubric and without tests. A point made
        only after the interviewer's prompt counts PROMPTED_CREDIT."""
        coverage = self.credited
        tests = self.tests_share
        if coverage is None and tests is None:
            return None
        if coverage is None:
            base = tests or 0.0
        elif tests is None:
            base = coverage
        else:
            base = (coverage + tests) / 2
        return max(0.0, base - HINT_COST * self.hints_used)

    @property
    def overtime(self) -> bool:
        """Whether the answer took longer than the budget."""
        return self.budget_s > 0 and self.duration_s > self.budget_s


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A suggested grade and, in the user's words, why."""

    grade: Grade
    reason: str
    score: float


def suggest_grade(assessment: Assessment) -> Suggestion | None:
    """The grade the rubric, tests, hints and time suggest; None without rubric or tests."""
    score = assessment.score()
    if score is None:
        return None
    covered, total = len(assessment.covered), assessment.rubric_total
    penalty = HINT_COST * assessment.hints_used
    parts = [f"covered {covered} of {total} points"] if total else []
    if assessment.after_prompt:
        parts[0] += f" ({assessment.after_prompt} after a prompt)"
    if assessment.tests_total:
        parts.append(f"{assessment.tests_passed} of {assessment.tests_total} tests passed")
    if assessment.hints_used:
        plural = "s" if assessment.hints_used > 1 else ""
        parts.append(f"{assessment.hints_used} hint{plural} (-{penalty:.0%})")
    if score < AGAIN_BELOW:
        grade = Grade.AGAIN
        parts.append("under half of what a strong answer needs")
    elif score < GOOD_FROM:
        grade = Grade.HARD
        parts.append("real gaps")
    else:
        grade = Grade.GOOD
        quick = assessment.budget_s > 0 and (
            assessment.duration_s <= EASY_TIME_SHARE * assessment.budget_s
        )
        complete = (
            covered == total
            and not assessment.after_prompt
            and (not assessment.tests_total or assessment.tests_passed == assessment.tests_total)
        )
        if complete and not assessment.hints_used and quick:
            grade = Grade.EASY
            parts.append("everything, unaided, in under half the time")
    if assessment.overtime and grade > Grade.HARD:
        grade = Grade.HARD
        parts.append("over the time budget")
    elif assessment.overtime:
        parts.append("over the time budget")
    return Suggestion(grade, "; ".join(parts), round(score, 4))
