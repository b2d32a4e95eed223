"""Mock interviews in the database: the session saved after every step, and the history.

A graded answer is one transaction: its review (for spaced repetition) and the mock's new
state commit together, so a crash never leaves a review without its place in the mock or
the other way round.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import fsrs
from sqlalchemy import Connection, Engine

from interview.core.mock import Band, Graded, MockSession, PoolEntry, Scorecard, Status
from interview.core.questions import Difficulty
from interview.core.scheduling import Grade
from interview.storage.engine import driver, write_transaction
from interview.storage.study import RecordedReview, ReviewError, from_db, record_in, to_db

RECENT_MOCKS = 3
"""The draw avoids questions from this many latest mocks when it has a choice."""


@dataclass(frozen=True, slots=True)
class MockSummary:
    """One line of the mock history."""

    id: int
    template_key: str
    template_name: str
    status: Status
    started_at: datetime
    finished_at: datetime | None
    total_s: int
    used_s: float
    questions: int
    band: Band | None
    mean_band: float | None
    coverage: float | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "id": self.id,
            "template": self.template_key,
            "name": self.template_name,
            "status": self.status.value,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "total_s": self.total_s,
            "used_s": round(self.used_s, 1),
            "questions": self.questions,
            "band": self.band.label if self.band else None,
            "band_value": int(self.band) if self.band else None,
            "mean_band": self.mean_band,
            "coverage": round(self.coverage, 4) if self.coverage is not None else None,
        }


def _summary_values(session: MockSession) -> tuple[Any, ...]:
    card: Scorecard | None = session.scorecard() if session.status is Status.FINISHED else None
    return (
        session.status.value,
        to_db(session.finished_at) if session.finished_at else None,
        session.used_s,
        len(session.items),
        int(card.band) if card and card.band else None,
        card.mean if card else None,
        card.coverage if card else None,
        json.dumps(session.to_dict()),
    )


def create_mock(*, engine: Engine, session: MockSession, now: datetime) -> int:
    """Save a new (started) mock; sets and returns its id."""
    started = session.started_at or now
    with write_transaction(engine) as cursor:
        mock_id = cursor.execute(
            "INSERT INTO mock (template_key, template_name, started_at, updated_at, total_s,"
            " status, finished_at, used_s, questions, band, mean_band, coverage, state)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                session.template_key,
                session.template_name,
                to_db(started),
                to_db(now),
                session.total_s,
                *_summary_values(session),
            ),
        ).lastrowid
    session.id = int(mock_id)
    return session.id


def _save(cursor: Any, session: MockSession, now: datetime) -> None:
    if session.id is None:
        raise ValueError("the mock has not been created")
    cursor.execute(
        "UPDATE mock SET status = ?, finished_at = ?, used_s = ?, questions = ?, band = ?,"
        " mean_band = ?, coverage = ?, state = ?, updated_at = ? WHERE id = ?",
        (*_summary_values(session), to_db(now), session.id),
    )


def save_mock(*, engine: Engine, session: MockSession, now: datetime) -> None:
    """Save the session's state (after any step: a hint, a pause, a tick)."""
    try:
        with write_transaction(engine) as cursor:
            _save(cursor, session, now)
    except sqlite3.Error as exc:
        raise ReviewError(f"the mock could not be saved ({exc})") from exc


def record_mock_answer(
    *,
    engine: Engine,
    scheduler: fsrs.Scheduler,
    session: MockSession,
    graded: Graded,
    now: datetime,
) -> RecordedReview:
    """Record a graded answer as a review and save the mock, in one transaction.

    The caller has already called `grade_current` and `advance` on the session; on
    ReviewError nothing was written and the caller restores the session.
    """
    try:
        with write_transaction(engine) as cursor:
            recorded = record_in(
                cursor,
                scheduler,
                graded.item.question_id,
                graded.grade,
                now,
                graded.assessment,
                graded.suggested_grade,
                "mock",
            )
            graded.item.review_id = recorded.id
            _save(cursor, session, now)
    except sqlite3.Error as exc:
        raise ReviewError(f"the answer could not be saved ({exc}); nothing was written") from exc
    return recorded


def load_mock(*, connection: Connection, mock_id: int) -> MockSession | None:
    """The saved session (a running one comes back paused), or None."""
    row = driver(connection).execute("SELECT state FROM mock WHERE id = ?", (mock_id,)).fetchone()
    if row is None:
        return None
    return MockSession.from_dict(json.loads(row[0]), mock_id=mock_id)


def open_mocks(*, connection: Connection) -> list[MockSummary]:
    """Mocks left running or paused (after a crash, or quit mid-way), newest first."""
    return _summaries(connection, "status IN ('running', 'paused')", ())


def mock_history(*, connection: Connection, template_key: str | None = None) -> list[MockSummary]:
    """Finished mocks, newest first; only one template's when `template_key` is given."""
    if template_key is None:
        return _summaries(connection, "status = 'finished'", ())
    return _summaries(connection, "status = 'finished' AND template_key = ?", (template_key,))


def _summaries(connection: Connection, where: str, params: Sequence[Any]) -> list[MockSummary]:
    rows = driver(connection).execute(
        "SELECT id, template_key, template_name, status, started_at, finished_at, total_s,"
        f" used_s, questions, band, mean_band, coverage FROM mock WHERE {where}"
        " ORDER BY started_at DESC, id DESC",
        tuple(params),
    )
    return [
        MockSummary(
            id=row[0],
            template_key=row[1],
            template_name=row[2],
            status=Status(row[3]),
            started_at=from_db(row[4]),
            finished_at=from_db(row[5]) if row[5] else None,
            total_s=row[6],
            used_s=row[7],
            questions=row[8],
            band=Band(row[9]) if row[9] is not None else None,
            mean_band=row[10],
            coverage=row[11],
        )
        for row in rows
    ]


def recent_mock_questions(*, connection: Connection, mocks: int = RECENT_MOCKS) -> set[str]:
    """Question ids of the latest `mocks` mocks (abandoned ones included)."""
    rows = driver(connection).execute(
        "SELECT json_extract(item.value, '$.question_id') FROM"
        " (SELECT state FROM mock ORDER BY started_at DESC, id DESC LIMIT ?) AS m,"
        " json_each(m.state, '$.items') AS item",
        (mocks,),
    )
    return {row[0] for row in rows}


def mock_pool(*, connection: Connection, now: datetime) -> list[PoolEntry]:
    """Every active question with what the draw needs: filters and need of practice."""
    rows = driver(connection).execute(
        "SELECT q.id, q.category, q.difficulty, q.tags, q.time_budget,"
        " c.due, c.lapses, c.last_grade"
        " FROM question q LEFT JOIN card c ON c.question_id = q.id WHERE q.retired = 0"
        " AND NOT EXISTS (SELECT 1 FROM question_user u WHERE u.question_id = q.id"
        " AND (u.suspended OR u.buried_until > ?))"
        " AND NOT EXISTS (SELECT 1 FROM question_draft d WHERE d.question_id = q.id)",
        (to_db(now),),
    )
    moment = to_db(now)
    pool = []
    for qid, category, difficulty, tags, budget, due, lapses, last_grade in rows:
        seen = due is not None
        pool.append(
            PoolEntry(
                id=qid,
                category=category,
                difficulty=Difficulty(difficulty),
                tags=tuple(json.loads(tags)),
                time_budget=budget,
                due=seen and due <= moment,
                weak=seen and (lapses >= 1 or (last_grade or 9) <= Grade.HARD.value),
                seen=seen,
            )
        )
    return pool
