"""Weak areas: per category and per tag, how well the user knows it, and a ranking.

The database aggregates the reviews per question (one pass, in SQL); this module turns
those per-question figures into per-area figures and the weakness score. The clock is
passed in as the per-question figures' reference time; nothing here reads it.

The weakness score (also in docs/weak-areas.md) of an area the user has started is the
weighted mean of the parts it has figures for:

| part | weight | from |
|---|---|---|
| forgetting: 1 - retention now | 0.35 | mean FSRS retrievability of the seen questions |
| misses: 1 - recall rate | 0.25 | share of the last 30 days' reviews not graded Again |
| gaps: 1 - rubric coverage | 0.25 | mean share of the rubric covered, all reviews |
| overtime rate | 0.10 | share of timed answers over the question's budget |
| hints | 0.05 | hints per review, counted as 1 from 2 per review up |

A part without figures (no review in 30 days, no rubric, no timed answer) is left out
and the others' weights are scaled up. 0 is perfect; 1 is forgetting everything. An
area nobody has started has no score and ranks last.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

WEIGHTS: dict[str, float] = {
    "forgetting": 0.35,
    "misses": 0.25,
    "gaps": 0.25,
    "overtime": 0.10,
    "hints": 0.05,
}
"""The weakness score's parts and their weights (they sum to 1)."""
HINTS_FULL = 2.0
"""Hints per review that count as the worst (1.0) for the hints part."""
RECENT_DAYS = 30
"""The recall rate covers this many days."""


class AreaKind(StrEnum):
    """What an area groups questions by."""

    CATEGORY = "category"
    TAG = "tag"


@dataclass(frozen=True, slots=True)
class QuestionStats:
    """One active question's figures, aggregated from its reviews by the database."""

    id: str
    title: str
    category: str
    tags: tuple[str, ...] = ()
    difficulty: str = "medium"
    retention: float | None = None
    """FSRS retrievability now; None for a question never reviewed."""
    lapses: int = 0
    reviews: int = 0
    again: int = 0
    recent: int = 0
    """Reviews in the last 30 days."""
    recent_recalled: int = 0
    """... of which not graded Again."""
    coverage_sum: float = 0.0
    """Sum over reviews with a rubric of the share of the rubric covered."""
    coverage_n: int = 0
    timed: int = 0
    """Reviews with a duration (the others were graded without a timer)."""
    overtime: int = 0
    hints: int = 0
    week: int = 0
    """Reviews in the last 7 days ..."""
    week_recalled: int = 0
    before: int = 0
    """... and in the 28 days before those."""
    before_recalled: int = 0

    @property
    def seen(self) -> bool:
        """Whether the question has been reviewed."""
        return self.reviews > 0


@dataclass(slots=True)
class _Totals:
    total: int = 0
    seen: int = 0
    retention_sum: float = 0.0
    lapses: int = 0
    leeches: int = 0
    reviews: int = 0
    recent: int = 0
    recent_recalled: int = 0
    coverage_sum: float = 0.0
    coverage_n: int = 0
    timed: int = 0
    overtime: int = 0
    hints: int = 0
    week: int = 0
    week_recalled: int = 0
    before: int = 0
    before_recalled: int = 0
    question_ids: list[str] = field(default_factory=list)

    def add(self, stats: QuestionStats, leech_threshold: int) -> None:
        self.total += 1
        self.question_ids.append(stats.id)
        if not stats.seen:
            return
        self.seen += 1
        self.retention_sum += stats.retention or 0.0
        self.lapses += stats.lapses
        self.leeches += stats.lapses >= leech_threshold
        self.reviews += stats.reviews
        self.recent += stats.recent
        self.recent_recalled += stats.recent_recalled
        self.coverage_sum += stats.coverage_sum
        self.coverage_n += stats.coverage_n
        self.timed += stats.timed
        self.overtime += stats.overtime
        self.hints += stats.hints
        self.week += stats.week
        self.week_recalled += stats.week_recalled
        self.before += stats.before
        self.before_recalled += stats.before_recalled


@dataclass(frozen=True, slots=True)
class AreaStats:
    """One category's or tag's figures."""

    kind: AreaKind
    name: str
    total: int
    """Active questions in the area."""
    seen: int
    retention: float | None
    recall: float | None
    """Share of the last 30 days' reviews not graded Again."""
    coverage: float | None
    overtime_rate: float | None
    hints_per_review: float | None
    lapses: int
    leeches: int
    reviews: int
    trend: float | None
    """Recall rate of the last 7 days minus that of the 28 days before (+ is better)."""
    weakness: float | None
    question_ids: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """'category:ml-theory' or 'tag:attention'."""
        return f"{self.kind.value}:{self.name}"

    def to_dict(self) -> dict[str, object]:
        """JSON-ready (shares rounded to 4 places)."""
        return {
            "kind": self.kind.value,
            "name": self.name,
            "questions": self.total,
            "seen": self.seen,
            "retention": _round(self.retention),
            "recall_30d": _round(self.recall),
            "coverage": _round(self.coverage),
            "overtime_rate": _round(self.overtime_rate),
            "hints_per_review": _round(self.hints_per_review),
            "lapses": self.lapses,
            "leeches": self.leeches,
            "reviews": self.reviews,
            "trend": _round(self.trend),
            "weakness": _round(self.weakness),
        }


def weakness_score(
    *,
    retention: float | None,
    recall: float | None,
    coverage: float | None,
    overtime_rate: float | None,
    hints_per_review: float | None,
) -> float | None:
    """The weighted mean of the parts with figures (see the module doc); None without any."""
    parts = {
        "forgetting": None if retention is None else 1 - retention,
        "misses": None if recall is None else 1 - recall,
        "gaps": None if coverage is None else 1 - coverage,
        "overtime": overtime_rate,
        "hints": None if hints_per_review is None else min(1.0, hints_per_review / HINTS_FULL),
    }
    known = {name: value for name, value in parts.items() if value is not None}
    if not known:
        return None
    weight = sum(WEIGHTS[name] for name in known)
    return sum(WEIGHTS[name] * value for name, value in known.items()) / weight


def _area(kind: AreaKind, name: str, totals: _Totals) -> AreaStats:
    retention = totals.retention_sum / totals.seen if totals.seen else None
    recall = totals.recent_recalled / totals.recent if totals.recent else None
    coverage = totals.coverage_sum / totals.coverage_n if totals.coverage_n else None
    overtime = totals.overtime / totals.timed if totals.timed else None
    hints = totals.hints / totals.reviews if totals.reviews else None
    trend = None
    if totals.week and totals.before:
        trend = totals.week_recalled / totals.week - totals.before_recalled / totals.before
    weakness = (
        weakness_score(
            retention=retention,
            recall=recall,
            coverage=coverage,
            overtime_rate=overtime,
            hints_per_review=hints,
        )
        if totals.seen
        else None
    )
    return AreaStats(
        kind=kind,
        name=name,
        total=totals.total,
        seen=totals.seen,
        retention=retention,
        recall=recall,
        coverage=coverage,
        overtime_rate=overtime,
        hints_per_review=hints,
        lapses=totals.lapses,
        leeches=totals.leeches,
        reviews=totals.reviews,
        trend=trend,
        weakness=weakness,
        question_ids=tuple(totals.question_ids),
    )


def area_from_sums(kind: AreaKind, name: str, sums: Sequence[Any]) -> AreaStats:
    """An area from the database's sums, in this order: questions, seen, retention sum,
    lapses, leeches, reviews, again, recent, recent recalled, coverage sum, coverage count,
    timed, overtime, hints, week, week recalled, before, before recalled."""
    (total, seen, retention_sum, lapses, leeches, reviews, _again) = sums[:7]
    rest = sums[7:]
    totals = _Totals(
        total=total,
        seen=seen or 0,
        retention_sum=retention_sum or 0.0,
        lapses=lapses or 0,
        leeches=leeches or 0,
        reviews=reviews or 0,
        recent=rest[0] or 0,
        recent_recalled=rest[1] or 0,
        coverage_sum=rest[2] or 0.0,
        coverage_n=rest[3] or 0,
        timed=rest[4] or 0,
        overtime=rest[5] or 0,
        hints=rest[6] or 0,
        week=rest[7] or 0,
        week_recalled=rest[8] or 0,
        before=rest[9] or 0,
        before_recalled=rest[10] or 0,
    )
    return _area(kind, name, totals)


def area_table(questions: Iterable[QuestionStats], *, leech_threshold: int) -> list[AreaStats]:
    """Every category and tag, weakest first (areas not started last, by name)."""
    categories: dict[str, _Totals] = {}
    tags: dict[str, _Totals] = {}
    for stats in questions:
        categories.setdefault(stats.category, _Totals()).add(stats, leech_threshold)
        for tag in stats.tags:
            tags.setdefault(tag, _Totals()).add(stats, leech_threshold)
    areas = [_area(AreaKind.CATEGORY, n, t) for n, t in categories.items()]
    areas += [_area(AreaKind.TAG, n, t) for n, t in tags.items()]
    return rank(areas)


def rank(areas: Iterable[AreaStats]) -> list[AreaStats]:
    """Weakest first; ties and areas not started by kind then name."""
    return sorted(
        areas,
        key=lambda a: (
            a.weakness is None,
            -(a.weakness or 0.0),
            a.kind != AreaKind.CATEGORY,
            a.name,
        ),
    )


def forgotten_most(questions: Sequence[QuestionStats], *, limit: int = 10) -> list[QuestionStats]:
    """The questions forgotten most: lapses, then Again grades, then lowest retention."""
    seen = [q for q in questions if q.seen and (q.lapses or q.again)]
    seen.sort(key=lambda q: (-q.lapses, -q.again, q.retention or 0.0, q.id))
    return seen[:limit]


def worst_in(members: Iterable[QuestionStats], *, limit: int = 10) -> list[QuestionStats]:
    """An area's seen questions, worst first (lowest retention, then most lapses)."""
    seen = [q for q in members if q.seen]
    seen.sort(
        key=lambda q: (
            q.retention if q.retention is not None else 1.0,
            -q.lapses,
            -q.again,
            q.id,
        )
    )
    return seen[:limit]


def _round(value: float | None) -> float | None:
    return round(value, 4) if value is not None else None
