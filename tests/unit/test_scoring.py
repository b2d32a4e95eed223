"""The grade rule: coverage, hints and time -> a suggested grade (docs/grading.md)."""

from __future__ import annotations

import pytest

from interview.core.scheduling import Grade
from interview.core.scoring import Assessment, suggest_grade


def suggest(
    covered: int, total: int = 10, *, hints: int = 0, seconds: float = 100, budget: int = 300
) -> Grade:
    assessment = Assessment(
        rubric_total=total,
        covered=frozenset(range(covered)),
        hints_used=hints,
        duration_s=seconds,
        budget_s=budget,
    )
    suggestion = suggest_grade(assessment)
    assert suggestion is not None
    return suggestion.grade


@pytest.mark.parametrize(
    ("covered", "grade"),
    [
        (0, Grade.AGAIN),
        (4, Grade.AGAIN),
        (5, Grade.HARD),
        (7, Grade.HARD),
        (8, Grade.GOOD),
        (9, Grade.GOOD),
    ],
)
def test_coverage_thresholds(covered: int, grade: Grade) -> None:
    assert suggest(covered, seconds=200) is grade


def test_nothing_covered_is_again_never_hard() -> None:
    assert suggest(0, 1) is Grade.AGAIN
    assert suggest(0, 3, seconds=10) is Grade.AGAIN


def test_easy_needs_everything_unaided_and_quick() -> None:
    assert suggest(10, seconds=150, budget=300) is Grade.EASY  # exactly half the time
    assert suggest(10, seconds=151, budget=300) is Grade.GOOD
    assert suggest(10, hints=1, seconds=60) is Grade.GOOD  # 1.0 - 0.15 = 0.85
    assert suggest(9, seconds=10) is Grade.GOOD


def test_hints_cost_points() -> None:
    assert suggest(10, hints=2, seconds=200) is Grade.HARD  # 1.0 - 0.30 = 0.70
    assert suggest(10, hints=4, seconds=200) is Grade.AGAIN  # 1.0 - 0.60 = 0.40
    assert suggest(6, hints=1, seconds=200) is Grade.AGAIN  # 0.60 - 0.15 = 0.45


def test_overtime_caps_at_hard_but_keeps_again() -> None:
    assert suggest(10, seconds=301, budget=300) is Grade.HARD
    assert suggest(9, seconds=400, budget=300) is Grade.HARD
    assert suggest(2, seconds=400, budget=300) is Grade.AGAIN
    assert suggest(10, seconds=300, budget=300) is Grade.GOOD  # on the budget is not over


def test_the_reason_explains_the_grade() -> None:
    assessment = Assessment(
        rubric_total=4, covered=frozenset({0, 1, 2}), hints_used=1, duration_s=500, budget_s=300
    )
    suggestion = suggest_grade(assessment)
    assert suggestion is not None
    assert (
        suggestion.reason == "covered 3 of 4 points; 1 hint (-15%); real gaps; over the time budget"
    )
    assert suggestion.score == 0.6


def test_no_rubric_means_no_suggestion() -> None:
    assert suggest_grade(Assessment(rubric_total=0, duration_s=5, budget_s=60)) is None


def test_impossible_assessments_are_refused() -> None:
    with pytest.raises(ValueError, match="between 1 and 3"):
        Assessment(rubric_total=3, covered=frozenset({3}))
    with pytest.raises(ValueError, match="negative"):
        Assessment(rubric_total=3, hints_used=-1)


def test_passing_tests_count_half_of_a_coding_answer() -> None:
    from interview.core.scheduling import Grade
    from interview.core.scoring import Assessment, suggest_grade

    def grade(covered: int, passed: int, total: int = 10) -> tuple[Grade, float]:
        suggestion = suggest_grade(
            Assessment(
                rubric_total=4,
                covered=frozenset(range(covered)),
                tests_passed=passed,
                tests_total=total,
                duration_s=600,
                budget_s=1200,
            )
        )
        assert suggestion is not None
        return suggestion.grade, suggestion.score

    assert grade(4, 10) == (Grade.EASY, 1.0)  # everything, tests too, in half the time
    assert grade(4, 9) == (Grade.GOOD, 0.95)  # one test failing: not Easy
    assert grade(2, 10) == (Grade.HARD, 0.75)  # (0.5 + 1.0) / 2: tests raise a weak rubric
    assert grade(2, 0) == (Grade.AGAIN, 0.25)  # code that fails every test pulls it down
    assert grade(2, 0, total=0)[1] == 0.5  # tests not run: the rubric alone, as before
    reason = suggest_grade(
        Assessment(rubric_total=4, covered=frozenset({0}), tests_passed=3, tests_total=5)
    )
    assert reason is not None and "3 of 5 tests passed" in reason.reason
