"""Fitting FSRS parameters to the user's own review history.

Uses fsrs-rs-python (the Rust FSRS optimizer; no PyTorch), installed with the
`optimizer` extra. Without enough history the defaults are kept and the user is told
how many more reviews are needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

import fsrs

MIN_REVIEWS = 400
"""Reviews needed before fitting is worth it (Anki's optimizer asks for the same)."""

INSTALL_HINT = "pip install 'interview[optimizer]'"
"""How to get the optimizer."""


class OptimizerMissing(RuntimeError):
    """fsrs-rs-python is not installed."""


@dataclass(frozen=True, slots=True)
class ReviewPoint:
    """One review as the optimizer sees it."""

    question_id: str
    reviewed_at: datetime
    grade: int


@dataclass(frozen=True, slots=True)
class FitResult:
    """What fitting gave: parameters (None when kept at the defaults) and why."""

    parameters: tuple[float, ...] | None
    reviews: int
    message: str
    log_loss_before: float | None = None
    log_loss_after: float | None = None


def _study_date(moment: datetime, zone: tzinfo, starts_at: int) -> date:
    return (moment.astimezone(zone) - timedelta(hours=starts_at)).date()


def training_items(
    reviews: Iterable[ReviewPoint], *, zone: tzinfo, day_starts_at: int
) -> list[Any]:
    """fsrs-rs items: for each question, its reviews up to each later review, with the
    gap in study days before each one (0 for the first)."""
    import fsrs_rs_python as rs

    by_question: dict[str, list[ReviewPoint]] = {}
    for point in reviews:
        by_question.setdefault(point.question_id, []).append(point)
    items = []
    for points in by_question.values():
        points.sort(key=lambda p: p.reviewed_at)
        sequence = []
        previous: date | None = None
        for point in points:
            day = _study_date(point.reviewed_at, zone, day_starts_at)
            gap = 0 if previous is None else (day - previous).days
            sequence.append(rs.FSRSReview(point.grade, gap))
            previous = day
        for end in range(2, len(sequence) + 1):
            item = rs.FSRSItem(sequence[:end])
            if item.long_term_review_cnt() > 0:
                items.append(item)
    return items


def clamp_parameters(parameters: Sequence[float]) -> tuple[float, ...]:
    """Parameters moved inside the bounds py-fsrs accepts (the two libraries differ slightly)."""
    lower = fsrs.scheduler.LOWER_BOUNDS_PARAMETERS
    upper = fsrs.scheduler.UPPER_BOUNDS_PARAMETERS
    return tuple(
        min(max(float(value), low), high)
        for value, low, high in zip(parameters, lower, upper, strict=True)
    )


def fit_parameters(
    reviews: Sequence[ReviewPoint], *, zone: tzinfo, day_starts_at: int
) -> FitResult:
    """Fit FSRS-6 parameters to `reviews`, or say how many more reviews are needed."""
    try:
        import fsrs_rs_python as rs
    except ImportError as exc:
        raise OptimizerMissing(
            f"the optimizer is an optional extra; install it with: {INSTALL_HINT}"
        ) from exc
    count = len(reviews)
    if count < MIN_REVIEWS:
        return FitResult(
            None,
            count,
            f"{count} reviews so far; fitting needs {MIN_REVIEWS}, so {MIN_REVIEWS - count} "
            "more. Keeping the default parameters.",
        )
    items = training_items(reviews, zone=zone, day_starts_at=day_starts_at)
    if not items:
        return FitResult(
            None,
            count,
            "no question has been reviewed on two different days yet; keeping the defaults.",
        )
    defaults = list(fsrs.scheduler.DEFAULT_PARAMETERS)
    model = rs.FSRS(defaults)
    fitted = clamp_parameters(model.compute_parameters(items))
    before = rs.FSRS(defaults).evaluate(items).log_loss
    after = rs.FSRS(list(fitted)).evaluate(items).log_loss
    return FitResult(
        fitted,
        count,
        f"fitted to {count} reviews ({len(items)} training items): "
        f"log loss {before:.4f} with the defaults, {after:.4f} with your parameters.",
        before,
        after,
    )
