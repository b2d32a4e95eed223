"""The figures behind weak areas, aggregated in SQL: per question, per day, per week.

Every query is one pass over an index or a GROUP BY; Python only sees one row per
question or per day, never one per review.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from interview.core.analytics import (
    RECENT_DAYS,
    AreaKind,
    AreaStats,
    QuestionStats,
    area_from_sums,
    rank,
)
from interview.core.scheduling import Grade
from interview.storage.engine import driver
from interview.storage.study import to_db

_RECENT_TOTALS = """
SELECT question_id,
       sum(reviewed_at >= :recent) AS recent,
       sum(reviewed_at >= :recent AND grade > :again) AS recent_ok,
       sum(reviewed_at >= :week) AS week,
       sum(reviewed_at >= :week AND grade > :again) AS week_ok,
       sum(reviewed_at < :week) AS before,
       sum(reviewed_at < :week AND grade > :again) AS before_ok
FROM review INDEXED BY ix_review_time_figures
WHERE reviewed_at >= :before
GROUP BY question_id
"""
"""The last 35 days' figures per question: only those reviews are read."""

_PER_QUESTION = f"""
SELECT q.id, q.title, q.category, q.tags, q.difficulty,
       CASE WHEN r.n > 0 AND c.stability > 0
            THEN fsrs_retention(julianday(:now) - julianday(c.last_review), c.stability)
       END AS retention,
       coalesce(c.lapses, 0) AS lapses, coalesce(r.n, 0) AS n, coalesce(r.again, 0) AS again,
       coalesce(w.recent, 0) AS recent, coalesce(w.recent_ok, 0) AS recent_ok,
       coalesce(r.cov_sum, 0.0) AS cov_sum, coalesce(r.cov_n, 0) AS cov_n,
       coalesce(r.timed, 0) AS timed, coalesce(r.over, 0) AS over,
       coalesce(r.hints, 0) AS hints, coalesce(w.week, 0) AS week,
       coalesce(w.week_ok, 0) AS week_ok, coalesce(w.before, 0) AS before,
       coalesce(w.before_ok, 0) AS before_ok
FROM question q
LEFT JOIN card c ON c.question_id = q.id
LEFT JOIN question_figures r ON r.question_id = q.id
LEFT JOIN ({_RECENT_TOTALS}) w ON w.question_id = q.id
WHERE q.retired = 0
"""

_FIGURES = [
    "n",
    "again",
    "recent",
    "recent_ok",
    "cov_sum",
    "cov_n",
    "timed",
    "over",
    "hints",
    "week",
    "week_ok",
    "before",
    "before_ok",
]


def _params(now: datetime) -> dict[str, object]:
    return {
        "again": Grade.AGAIN.value,
        "now": to_db(now),
        "recent": to_db(now - timedelta(days=RECENT_DAYS)),
        "week": to_db(now - timedelta(days=7)),
        "before": to_db(now - timedelta(days=35)),
    }


def _register(raw: Any, decay: float, factor: float) -> None:
    """FSRS's forgetting curve as an SQL function (SQLite's pow() is not in every build)."""

    def retention(days: float | None, stability: float | None) -> float | None:
        if days is None or not stability:
            return None
        return float((1 + factor * max(0.0, days) / stability) ** decay)

    raw.create_function("fsrs_retention", 2, retention, deterministic=True)


def question_stats(
    *,
    connection: Connection,
    now: datetime,
    decay: float,
    factor: float,
    category: str | None = None,
    tag: str | None = None,
) -> list[QuestionStats]:
    """Active questions' figures at `now` (optionally one category's or tag's only).

    Retention is FSRS's forgetting curve R = (1 + factor * t / S) ** decay, t in days since
    the last review.
    """
    raw = driver(connection)
    _register(raw, decay, factor)
    sql, params = _PER_QUESTION, _params(now)
    if category is not None:
        sql += " AND q.category = :category"
        params["category"] = category
    if tag is not None:
        sql += " AND q.id IN (SELECT question_id FROM question_tag WHERE tag = :tag)"
        params["tag"] = tag
    return [
        QuestionStats(
            id=row[0],
            title=row[1],
            category=row[2],
            tags=tuple(json.loads(row[3])),
            difficulty=row[4],
            retention=row[5],
            lapses=row[6],
            reviews=row[7],
            again=row[8],
            recent=row[9],
            recent_recalled=row[10],
            coverage_sum=row[11],
            coverage_n=row[12],
            timed=row[13],
            overtime=row[14],
            hints=row[15],
            week=row[16],
            week_recalled=row[17],
            before=row[18],
            before_recalled=row[19],
        )
        for row in raw.execute(sql, params)
    ]


def area_stats(
    *, connection: Connection, now: datetime, decay: float, factor: float, leech_threshold: int
) -> list[AreaStats]:
    """Every category's and tag's figures, summed in SQL (Python sees one row per area)."""
    raw = driver(connection)
    _register(raw, decay, factor)
    select = "SELECT q.id AS id, q.category AS category," + _PER_QUESTION[
        _PER_QUESTION.index("CASE WHEN r.n") :
    ].replace("FROM question q\n", "FROM question q INDEXED BY ix_question_live\n", 1)
    raw.execute("DROP TABLE IF EXISTS temp.weak_figures")
    # Keyed by question id, so the per-tag sums walk the tag index and look each question
    # up here: no sort of every (tag, question) pair.
    columns = ", ".join(f"{name} NUMERIC" for name in _FIGURES)
    raw.execute(
        "CREATE TEMP TABLE weak_figures (id TEXT PRIMARY KEY, category TEXT, retention REAL,"
        f" lapses INTEGER, {columns}) WITHOUT ROWID"
    )
    raw.execute(f"INSERT INTO temp.weak_figures {select}", _params(now))
    try:
        sums = ", ".join(f"sum({name})" for name in _FIGURES)
        common = (
            "count(*), sum(n > 0), sum(CASE WHEN n > 0 THEN coalesce(retention, 0) END),"
            f" sum(CASE WHEN n > 0 THEN lapses ELSE 0 END),"
            f" sum(n > 0 AND lapses >= :leech), {sums}"
        )
        leech = {"leech": leech_threshold}
        categories = raw.execute(
            f"SELECT category, {common} FROM temp.weak_figures GROUP BY category", leech
        ).fetchall()
        tags = raw.execute(
            f"SELECT t.tag, {common} FROM question_tag t INDEXED BY ix_question_tag_tag"
            " JOIN temp.weak_figures f ON f.id = t.question_id GROUP BY t.tag",
            leech,
        ).fetchall()
    finally:
        raw.execute("DROP TABLE IF EXISTS temp.weak_figures")
    areas = [area_from_sums(AreaKind.CATEGORY, row[0], row[1:]) for row in categories]
    areas += [area_from_sums(AreaKind.TAG, row[0], row[1:]) for row in tags]
    return rank(areas)


def _shift(offset: timedelta) -> str:
    """An SQLite date modifier moving UTC to the user's study day."""
    return f"{offset.total_seconds() / 60:+.0f} minutes"


@dataclass(frozen=True, slots=True)
class DayFigures:
    """One study day of reviews."""

    reviews: int
    recalled: int
    """Reviews not graded Again."""
    coverage_sum: float
    coverage_n: int


def reviews_per_day(
    *, connection: Connection, since: datetime, offset: timedelta
) -> dict[date, DayFigures]:
    """Reviews per study day from `since`; `offset` is local time minus the hour a study
    day starts, relative to UTC (for example +1 h - 4 h = -3 h).

    Reads the per-hour sums the triggers keep (at most 24 rows a day) and moves each hour
    into its study day. An offset that is not whole hours (India, Nepal) needs the
    reviews themselves.
    """
    minutes = round(offset.total_seconds() / 60)
    if minutes % 60:
        return _reviews_per_day_exact(connection, since, offset)
    rows = driver(connection).execute(
        "SELECT hour, n, recalled, cov_sum, cov_n FROM review_hours"
        " WHERE hour >= ? AND n > 0 ORDER BY hour",
        (to_db(since)[:13],),
    )
    days: dict[date, DayFigures] = {}
    shift = timedelta(minutes=minutes)
    for hour, n, recalled, cov_sum, cov_n in rows:
        day = (datetime.fromisoformat(hour + ":00") + shift).date()
        seen = days.get(day)
        days[day] = (
            DayFigures(n, recalled, cov_sum, cov_n)
            if seen is None
            else DayFigures(
                seen.reviews + n,
                seen.recalled + recalled,
                seen.coverage_sum + cov_sum,
                seen.coverage_n + cov_n,
            )
        )
    return days


def _reviews_per_day_exact(
    connection: Connection, since: datetime, offset: timedelta
) -> dict[date, DayFigures]:
    rows = driver(connection).execute(
        "SELECT date(reviewed_at, ?) AS day, count(*), sum(grade > ?),"
        " sum(CASE WHEN rubric_total > 0 THEN covered_count * 1.0 / rubric_total END),"
        " sum(rubric_total > 0)"
        " FROM review INDEXED BY ix_review_time_figures WHERE reviewed_at >= ? GROUP BY day",
        (_shift(offset), Grade.AGAIN.value, to_db(since)),
    )
    return {
        date.fromisoformat(day): DayFigures(n, ok, cov_sum or 0.0, cov_n)
        for day, n, ok, cov_sum, cov_n in rows
    }


def due_per_day(
    *, connection: Connection, now: datetime, days: int, offset: timedelta
) -> dict[date, int]:
    """Reviews falling due per study day for the next `days` days (overdue count today)."""
    shift = _shift(offset)
    today = (now + offset).date()
    until = now + timedelta(days=days)
    rows = driver(connection).execute(
        "SELECT max(date(c.due, ?), date(?, ?)) AS day, count(*)"
        " FROM card c JOIN question q INDEXED BY ix_question_sync ON q.id = c.question_id"
        " WHERE q.retired = 0 AND c.due < ? GROUP BY day",
        (shift, to_db(now), shift, to_db(until)),
    )
    found = {date.fromisoformat(day): count for day, count in rows}
    return {today + timedelta(days=i): found.get(today + timedelta(days=i), 0) for i in range(days)}


@dataclass(frozen=True, slots=True)
class WeekPoint:
    """One week of reviews: how many, recall rate and mean rubric coverage."""

    start: date
    reviews: int
    recall: float
    coverage: float | None


def weekly_scores(days: dict[date, DayFigures], *, today: date) -> list[WeekPoint]:
    """Recall rate and rubric coverage per week, the last week ending today, oldest first;
    weeks without reviews are left out."""
    weeks: dict[int, list[DayFigures]] = {}
    for day, figures in days.items():
        ago = (today - day).days // 7
        if ago >= 0:
            weeks.setdefault(ago, []).append(figures)
    points = []
    for ago in sorted(weeks, reverse=True):
        group = weeks[ago]
        n = sum(f.reviews for f in group)
        covered_n = sum(f.coverage_n for f in group)
        points.append(
            WeekPoint(
                today - timedelta(days=6 + 7 * ago),
                n,
                sum(f.recalled for f in group) / n,
                sum(f.coverage_sum for f in group) / covered_n if covered_n else None,
            )
        )
    return points
