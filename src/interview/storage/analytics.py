"""The figures behind weak areas, aggregated in SQL: per question, per day, per week.

Every query is one pass over an index or a GROUP BY; Python only sees one row per
question or per day, never one per review.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Connection

from interview.core.analytics import RECENT_DAYS, QuestionStats
from interview.core.scheduling import Grade
from interview.storage.engine import driver
from interview.storage.study import from_db, to_db

_PER_QUESTION = """
SELECT q.id, q.title, q.category, q.tags, q.difficulty, c.stability, c.last_review,
       c.lapses, r.n, r.again, r.recent, r.recent_ok, r.cov_sum, r.cov_n, r.timed,
       r.over, r.hints, r.week, r.week_ok, r.before, r.before_ok
FROM question q
LEFT JOIN card c ON c.question_id = q.id
LEFT JOIN (
    SELECT rv.question_id,
           count(*) AS n,
           sum(rv.grade = :again) AS again,
           sum(rv.reviewed_at >= :recent) AS recent,
           sum(rv.reviewed_at >= :recent AND rv.grade > :again) AS recent_ok,
           sum(CASE WHEN rv.rubric_total > 0
                    THEN json_array_length(rv.rubric_covered) * 1.0 / rv.rubric_total END)
               AS cov_sum,
           sum(rv.rubric_total > 0) AS cov_n,
           sum(rv.duration_ms > 0) AS timed,
           sum(rv.duration_ms > 1000 * qq.time_budget AND qq.time_budget > 0) AS over,
           sum(rv.hints_used) AS hints,
           sum(rv.reviewed_at >= :week) AS week,
           sum(rv.reviewed_at >= :week AND rv.grade > :again) AS week_ok,
           sum(rv.reviewed_at >= :before AND rv.reviewed_at < :week) AS before,
           sum(rv.reviewed_at >= :before AND rv.reviewed_at < :week AND rv.grade > :again)
               AS before_ok
    FROM review rv JOIN question qq ON qq.id = rv.question_id
    GROUP BY rv.question_id
) r ON r.question_id = q.id
WHERE q.retired = 0
"""


def question_stats(
    *, connection: Connection, now: datetime, decay: float, factor: float
) -> list[QuestionStats]:
    """Every active question's figures at `now` (retention from FSRS's forgetting curve
    R = (1 + factor * t / S) ** decay, t in days since the last review)."""
    params = {
        "again": Grade.AGAIN.value,
        "recent": to_db(now - timedelta(days=RECENT_DAYS)),
        "week": to_db(now - timedelta(days=7)),
        "before": to_db(now - timedelta(days=35)),
    }
    rows = driver(connection).execute(_PER_QUESTION, params)
    result = []
    for row in rows:
        (qid, title, category, tags, difficulty, stability, last_review, lapses, n) = row[:9]
        retention = None
        if n and stability and last_review:
            days = max(0.0, (now - from_db(last_review)).total_seconds() / 86400)
            retention = (1 + factor * days / stability) ** decay
        result.append(
            QuestionStats(
                id=qid,
                title=title,
                category=category,
                tags=tuple(json.loads(tags)),
                difficulty=difficulty,
                retention=retention,
                lapses=lapses or 0,
                reviews=n or 0,
                again=row[9] or 0,
                recent=row[10] or 0,
                recent_recalled=row[11] or 0,
                coverage_sum=row[12] or 0.0,
                coverage_n=row[13] or 0,
                timed=row[14] or 0,
                overtime=row[15] or 0,
                hints=row[16] or 0,
                week=row[17] or 0,
                week_recalled=row[18] or 0,
                before=row[19] or 0,
                before_recalled=row[20] or 0,
            )
        )
    return result


def _shift(offset: timedelta) -> str:
    """An SQLite date modifier moving UTC to the user's study day."""
    return f"{offset.total_seconds() / 60:+.0f} minutes"


def reviews_per_day(
    *, connection: Connection, since: datetime, offset: timedelta
) -> dict[date, int]:
    """Reviews per study day from `since`; `offset` is local time minus the hour a study
    day starts, relative to UTC (for example +1 h - 4 h = -3 h)."""
    rows = driver(connection).execute(
        "SELECT date(reviewed_at, ?) AS day, count(*) FROM review"
        " WHERE reviewed_at >= ? GROUP BY day",
        (_shift(offset), to_db(since)),
    )
    return {date.fromisoformat(day): count for day, count in rows}


def due_per_day(
    *, connection: Connection, now: datetime, days: int, offset: timedelta
) -> dict[date, int]:
    """Reviews falling due per study day for the next `days` days (overdue count today)."""
    shift = _shift(offset)
    today = (now + offset).date()
    until = now + timedelta(days=days)
    rows = driver(connection).execute(
        "SELECT max(date(c.due, ?), date(?, ?)) AS day, count(*)"
        " FROM card c JOIN question q ON q.id = c.question_id"
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


def weekly_scores(
    *, connection: Connection, since: datetime, until: datetime, offset: timedelta
) -> list[WeekPoint]:
    """Recall rate and rubric coverage per week from `since`, weeks ending at `until`
    (the end of the current study day), oldest first; weeks without reviews are left out."""
    rows = driver(connection).execute(
        "SELECT CAST((julianday(?) - julianday(reviewed_at)) / 7 AS INTEGER) AS ago,"
        " count(*), sum(grade > ?),"
        " avg(CASE WHEN rubric_total > 0"
        "     THEN json_array_length(rubric_covered) * 1.0 / rubric_total END)"
        " FROM review WHERE reviewed_at >= ? AND reviewed_at < ? GROUP BY ago ORDER BY ago DESC",
        (to_db(until), Grade.AGAIN.value, to_db(since), to_db(until)),
    )
    last_day = (until + offset).date() - timedelta(days=1)
    return [
        WeekPoint(last_day - timedelta(days=6 + 7 * ago), n, ok / n, coverage)
        for ago, n, ok, coverage in rows
    ]
