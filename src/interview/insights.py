"""Weak areas and activity over the database, for the TUI and `interview stats`.

No clock is read here and textual is never imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from interview.core.analytics import (
    AreaKind,
    AreaStats,
    QuestionStats,
    forgotten_most,
    worst_in,
)
from interview.core.scheduling import decay_factor
from interview.storage.analytics import (
    WeekPoint,
    area_stats,
    due_per_day,
    question_stats,
    reviews_per_day,
    weekly_scores,
)
from interview.study import Study

HEATMAP_DAYS = 182
"""The activity heatmap covers about six months."""
FORECAST_DAYS = 30


@dataclass(frozen=True, slots=True)
class WeakAreas:
    """The ranked table of areas at `now`, and the per-question figures on demand."""

    areas: list[AreaStats]
    study: Study | None = None
    now: datetime | None = None

    def weakest(self, count: int, *, kind: AreaKind | None = None) -> list[AreaStats]:
        """The `count` weakest areas that have been started (optionally of one kind)."""
        started = [a for a in self.areas if a.weakness is not None]
        if kind is not None:
            started = [a for a in started if a.kind is kind]
        return started[:count]

    def questions(self, area: AreaStats | None = None) -> list[QuestionStats]:
        """Per-question figures: one area's, or every active question's."""
        if self.study is None or self.now is None:
            return []
        decay, factor = decay_factor(self.study.scheduler)
        with self.study.engine.connect() as connection:
            return question_stats(
                connection=connection,
                now=self.now,
                decay=decay,
                factor=factor,
                category=area.name if area and area.kind is AreaKind.CATEGORY else None,
                tag=area.name if area and area.kind is AreaKind.TAG else None,
            )

    def worst_questions(self, area: AreaStats, limit: int = 10) -> list[QuestionStats]:
        """The area's seen questions, worst first."""
        return worst_in(self.questions(area), limit=limit)

    def forgotten_most(self, limit: int = 10) -> list[QuestionStats]:
        """The questions forgotten most, over all areas."""
        return forgotten_most(self.questions(), limit=limit)


@dataclass(frozen=True, slots=True)
class Activity:
    """The charts' data: reviews per day, due per day ahead, and scores per week."""

    per_day: dict[date, int]
    today: date
    forecast: dict[date, int]
    weeks: list[WeekPoint]


def weak_areas(*, study: Study, now: datetime) -> WeakAreas:
    """Every category and tag, weakest first, at `now`."""
    decay, factor = decay_factor(study.scheduler)
    with study.engine.connect() as connection:
        areas = area_stats(
            connection=connection,
            now=now,
            decay=decay,
            factor=factor,
            leech_threshold=study.settings.leech_threshold,
        )
    return WeakAreas(areas, study, now)


def _offset(study: Study, now: datetime) -> timedelta:
    local = now.astimezone(study.zone).utcoffset() or timedelta(0)
    return local - timedelta(hours=study.settings.day_starts_at)


def activity(*, study: Study, now: datetime) -> Activity:
    """Reviews per study day (about six months), due per day (30 days), weekly scores."""
    offset = _offset(study, now)
    since = now - timedelta(days=HEATMAP_DAYS)
    today = (now + offset).date()
    with study.engine.connect() as connection:
        days = reviews_per_day(connection=connection, since=since, offset=offset)
        forecast = due_per_day(connection=connection, now=now, days=FORECAST_DAYS, offset=offset)
    per_day = {day: figures.reviews for day, figures in days.items()}
    return Activity(per_day, today, forecast, weekly_scores(days, today=today))
