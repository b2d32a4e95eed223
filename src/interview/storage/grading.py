"""How often the user's confirmed ticks disagree with the grader's suggestions.

Every review made from a typed answer keeps the points the grader ticked
(`review.rubric_suggested`) beside the ones the user confirmed (`review.rubric_covered`).
`interview assess --report` reads them back per category.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection


@dataclass(frozen=True, slots=True)
class TickAgreement:
    """Suggested against confirmed ticks over the reviews of one category."""

    category: str
    reviews: int
    points: int
    """Rubric points judged (reviews times their rubric size)."""
    suggested: int
    confirmed: int
    unticked: int
    """Suggested, then unticked by the user (the grader was too generous)."""
    added: int
    """Not suggested, ticked by the user (the grader missed it)."""

    @property
    def disagreements(self) -> int:
        return self.unticked + self.added

    @property
    def disagreement_rate(self) -> float:
        """Share of judged points where the user changed the suggestion."""
        return self.disagreements / self.points if self.points else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "reviews": self.reviews,
            "points": self.points,
            "suggested": self.suggested,
            "confirmed": self.confirmed,
            "unticked": self.unticked,
            "added": self.added,
            "disagreement_rate": round(self.disagreement_rate, 4),
        }


def tick_agreement(*, connection: Connection) -> list[TickAgreement]:
    """One row per category with at least one review that had suggestions, by name.

    A review whose stored lists are damaged (not JSON lists of ints) is skipped rather
    than failing the whole report.
    """
    rows = connection.exec_driver_sql(
        "SELECT coalesce(q.category, '(retired)'), r.rubric_total, r.rubric_covered,"
        " r.rubric_suggested FROM review r LEFT JOIN question q ON q.id = r.question_id"
        " WHERE r.rubric_suggested IS NOT NULL AND r.rubric_total > 0"
    ).all()
    totals: dict[str, list[int]] = {}
    for category, total, covered_text, suggested_text in rows:
        try:
            covered = set(json.loads(covered_text))
            suggested = set(json.loads(suggested_text))
        except (TypeError, ValueError):
            continue
        if not all(isinstance(i, int) for i in covered | suggested):
            continue
        t = totals.setdefault(str(category), [0, 0, 0, 0, 0, 0])
        t[0] += 1
        t[1] += int(total)
        t[2] += len(suggested)
        t[3] += len(covered)
        t[4] += len(suggested - covered)
        t[5] += len(covered - suggested)
    return [TickAgreement(c, *v) for c, v in sorted(totals.items())]
