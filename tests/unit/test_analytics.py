"""Weak areas from per-question figures: every figure against hand-computed values."""

from __future__ import annotations

import pytest

from interview.core.analytics import (
    AreaKind,
    QuestionStats,
    area_table,
    forgotten_most,
    weakness_score,
)


def q(
    qid: str, category: str = "ml-theory", tags: tuple[str, ...] = (), **kw: object
) -> QuestionStats:
    return QuestionStats(id=qid, title=qid, category=category, tags=tags, **kw)  # type: ignore[arg-type]


def test_weakness_is_the_weighted_mean_of_the_known_parts() -> None:
    # forgetting 0.2, misses 0.5, gaps 0.4, overtime 0.1, hints 1/2 = 0.5
    score = weakness_score(
        retention=0.8, recall=0.5, coverage=0.6, overtime_rate=0.1, hints_per_review=1.0
    )
    expected = 0.35 * 0.2 + 0.25 * 0.5 + 0.25 * 0.4 + 0.10 * 0.1 + 0.05 * 0.5
    assert score == pytest.approx(expected)  # 0.33
    # without recent reviews or a rubric, the other weights are scaled up
    partial = weakness_score(
        retention=0.8, recall=None, coverage=None, overtime_rate=0.0, hints_per_review=0.0
    )
    assert partial == pytest.approx((0.35 * 0.2) / 0.5)
    assert (
        weakness_score(
            retention=None, recall=None, coverage=None, overtime_rate=None, hints_per_review=None
        )
        is None
    )
    assert (
        weakness_score(
            retention=1.0, recall=1.0, coverage=1.0, overtime_rate=0.0, hints_per_review=0.0
        )
        == 0
    )
    assert weakness_score(
        retention=0.0, recall=0.0, coverage=0.0, overtime_rate=1.0, hints_per_review=5.0
    ) == pytest.approx(1.0)


STATS = [
    # attention: two seen questions, one forgotten twice (a leech at threshold 2)
    q(
        "ml-theory/a",
        tags=("attention",),
        retention=0.5,
        lapses=2,
        reviews=4,
        again=2,
        recent=4,
        recent_recalled=2,
        coverage_sum=2.0,
        coverage_n=4,
        timed=4,
        overtime=2,
        hints=4,
        week=2,
        week_recalled=2,
        before=2,
        before_recalled=0,
    ),
    q(
        "ml-theory/b",
        tags=("attention", "optimizers"),
        retention=0.9,
        reviews=2,
        recent=2,
        recent_recalled=2,
        coverage_sum=2.0,
        coverage_n=2,
        timed=2,
    ),
    q("ml-theory/c", tags=("optimizers",)),  # never seen
    q("evaluation/d", category="evaluation", tags=("metrics",)),  # a category with no reviews
]


def test_per_area_figures() -> None:
    areas = {a.key: a for a in area_table(STATS, leech_threshold=2)}
    theory = areas["category:ml-theory"]
    assert (theory.total, theory.seen) == (3, 2)
    assert theory.retention == pytest.approx(0.7)  # mean of 0.5 and 0.9 (seen only)
    assert theory.recall == pytest.approx(4 / 6)
    assert theory.coverage == pytest.approx(4 / 6)
    assert theory.overtime_rate == pytest.approx(2 / 6)
    assert theory.hints_per_review == pytest.approx(4 / 6)
    assert (theory.lapses, theory.leeches, theory.reviews) == (2, 1, 6)
    assert theory.trend == pytest.approx(2 / 2 - 0 / 2)  # this week 100%, before 0%
    attention = areas["tag:attention"]
    assert attention.seen == 2 and attention.retention == pytest.approx(0.7)
    optimizers = areas["tag:optimizers"]
    assert (optimizers.total, optimizers.seen, optimizers.leeches) == (2, 1, 0)
    assert optimizers.retention == pytest.approx(0.9) and optimizers.trend is None
    assert optimizers.weakness == pytest.approx((0.35 * 0.1) / 1.0)
    evaluation = areas["category:evaluation"]
    assert evaluation.seen == 0 and evaluation.weakness is None
    assert evaluation.retention is None and evaluation.recall is None


def test_areas_are_ranked_weakest_first_and_unstarted_last() -> None:
    ranked = area_table(STATS, leech_threshold=2)
    scores = [a.weakness for a in ranked if a.weakness is not None]
    assert scores == sorted(scores, reverse=True)
    assert ranked[0].key in {"tag:attention", "category:ml-theory"}
    assert [a.key for a in ranked if a.weakness is None] == [
        "category:evaluation",
        "tag:metrics",
    ]
    assert {a.kind for a in ranked} == {AreaKind.CATEGORY, AreaKind.TAG}


def test_empty_history_gives_areas_without_scores() -> None:
    areas = area_table([q("ml-theory/x", tags=("gradients",))], leech_threshold=6)
    assert [(a.key, a.seen, a.weakness) for a in areas] == [
        ("category:ml-theory", 0, None),
        ("tag:gradients", 0, None),
    ]
    assert area_table([], leech_threshold=6) == []


def test_the_questions_forgotten_most() -> None:
    worst = forgotten_most(STATS)
    assert [s.id for s in worst] == ["ml-theory/a"]  # b was never forgotten
