"""Cards and reviews in the database: the queue's queries, recording a review, undo.

Every review is its own transaction, begun IMMEDIATE: the card is read, the new state
computed and both rows written before the commit, so two processes grading at once
queue up and neither review is lost. Writes are single plain statements (no ORM
objects): a review is on the hot path of every answer.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import fsrs
from sqlalchemy import Connection, Engine

from interview.core.queue import plan_new
from interview.core.scheduling import (
    CardState,
    CardStatus,
    Grade,
    require_utc,
    review,
)
from interview.core.scoring import Assessment
from interview.storage.engine import driver, write_transaction

TIME_FORMAT = "YYYY-MM-DD HH:MM:SS.ffffff"
"""How times are stored: UTC, fixed width, so text order is time order."""


class ReviewError(ValueError):
    """A review cannot be recorded; nothing was written. The message says why."""


def to_db(moment: datetime) -> str:
    """A time as stored in the database (TIME_FORMAT; isoformat is the fast way to it)."""
    return require_utc(moment).replace(tzinfo=None).isoformat(" ", "microseconds")


def from_db(text: str) -> datetime:
    """The inverse of `to_db` (an aware UTC datetime)."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# -- cards ------------------------------------------------------------------------------

_CARD_COLUMNS = "status, step, stability, difficulty, due, last_review, reps, lapses"

_UPSERT_CARD = (
    f"INSERT INTO card (question_id, {_CARD_COLUMNS}, last_grade)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (question_id) DO UPDATE SET"
    " status = excluded.status, step = excluded.step, stability = excluded.stability,"
    " difficulty = excluded.difficulty, due = excluded.due, last_review = excluded.last_review,"
    " reps = excluded.reps, lapses = excluded.lapses, last_grade = excluded.last_grade"
)
"""Update in place (INSERT OR REPLACE would delete and re-insert, touching every index)."""


def _card_from_row(row: Sequence[Any]) -> CardState:
    status, step, stability, difficulty, due, last_review, reps, lapses = row[:8]
    return CardState(
        status=CardStatus(status),
        step=step,
        stability=stability,
        difficulty=difficulty,
        due=from_db(due),
        last_review=from_db(last_review) if last_review else None,
        reps=reps,
        lapses=lapses,
    )


def get_card(*, connection: Connection, question_id: str) -> CardState | None:
    """The question's card, or None when it has never been reviewed."""
    row = (
        driver(connection)
        .execute(f"SELECT {_CARD_COLUMNS} FROM card WHERE question_id = ?", (question_id,))
        .fetchone()
    )
    return _card_from_row(row) if row else None


# -- recording a review -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecordedReview:
    """A review as stored."""

    id: int
    question_id: str
    reviewed_at: datetime
    grade: Grade
    suggested_grade: Grade | None
    card_before: CardState | None
    card_after: CardState


def record_review(
    *,
    engine: Engine,
    scheduler: fsrs.Scheduler,
    question_id: str,
    grade: Grade,
    now: datetime,
    assessment: Assessment | None = None,
    suggested: Grade | None = None,
    source: str = "practice",
) -> RecordedReview:
    """Grade a question at `now`, schedule it with FSRS and commit, in one transaction.

    Raises ReviewError (and writes nothing) for an unknown or retired question, a grade
    outside the scale, or a time before the question's last review.
    """
    if not isinstance(grade, Grade):
        raise ReviewError(f"grade {grade!r} is not one of again, hard, good, easy")
    moment = require_utc(now, "the review time")
    assessed = assessment or Assessment(rubric_total=0)
    try:
        with write_transaction(engine) as cursor:
            return record_in(
                cursor, scheduler, question_id, grade, moment, assessed, suggested, source
            )
    except sqlite3.Error as exc:
        # Disk full, a lock held past the busy timeout, a read-only file: the transaction
        # rolled back, so nothing was written and the answer can be given again.
        raise ReviewError(f"the review could not be saved ({exc}); nothing was written") from exc


def record_in(
    cursor: Any,
    scheduler: fsrs.Scheduler,
    question_id: str,
    grade: Grade,
    moment: datetime,
    assessed: Assessment,
    suggested: Grade | None,
    source: str,
) -> RecordedReview:
    """Record a review inside the caller's open write transaction (see `record_review`)."""
    found = cursor.execute(
        "SELECT q.retired, q.content_hash, c.status, c.step, c.stability, c.difficulty,"
        " c.due, c.last_review, c.reps, c.lapses"
        " FROM question q INDEXED BY ix_question_sync"  # covering: no answer-text page
        " LEFT JOIN card c ON c.question_id = q.id WHERE q.id = ?",
        (question_id,),
    ).fetchone()
    if found is None:
        raise ReviewError(f"no question with id '{question_id}'")
    retired, content_hash = found[:2]
    if retired:
        raise ReviewError(
            f"question '{question_id}' is retired (its file is gone); restore the file to review it"
        )
    before = _card_from_row(found[2:]) if found[2] is not None else None
    try:
        after = review(scheduler, before, grade, moment)
    except ValueError as exc:
        raise ReviewError(str(exc)) from exc
    reviewed_at = to_db(moment)
    card_values = (
        after.status.value,
        after.step,
        after.stability,
        after.difficulty,
        to_db(after.due),
    )
    review_id = cursor.execute(
        "INSERT INTO review (question_id, reviewed_at, grade, suggested_grade, rubric_total,"
        " rubric_covered, hints_used, duration_ms, content_hash, source, card_before,"
        " status, step, stability, difficulty, due, reps, lapses, covered_count, budget_ms,"
        " code, tests_passed, tests_total, notes, rubric_suggested)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            question_id,
            reviewed_at,
            grade.value,
            suggested.value if suggested is not None else None,
            assessed.rubric_total,
            json.dumps(sorted(assessed.covered)),
            assessed.hints_used,
            round(assessed.duration_s * 1000),
            content_hash,
            source,
            json.dumps(before.to_dict()) if before is not None else None,
            *card_values,
            after.reps,
            after.lapses,
            len(assessed.covered),
            round(assessed.budget_s * 1000),
            assessed.code,
            assessed.tests_passed if assessed.tests_total else None,
            assessed.tests_total or None,
            assessed.notes or None,
            json.dumps(sorted(assessed.suggested)) if assessed.suggested is not None else None,
        ),
    ).lastrowid
    cursor.execute(
        _UPSERT_CARD,
        (
            question_id,
            *card_values,
            reviewed_at,
            after.reps,
            after.lapses,
            grade.value,
        ),
    )
    return RecordedReview(review_id, question_id, moment, grade, suggested, before, after)


def undo_review(*, engine: Engine, review_id: int) -> RecordedReview | None:
    """Take back one review by its id: delete it and put its card back exactly as it was.

    Only the review given (by this window or command) is touched, never another process's.
    Returns the review undone, or None when it is already gone. Raises ReviewError, and
    changes nothing, when the same question has been reviewed again since (in another
    window, say): the card's state now rests on that later review.
    """
    with write_transaction(engine) as cursor:
        row = cursor.execute(
            "SELECT id, question_id, reviewed_at, grade, suggested_grade, card_before,"
            f" {_CARD_COLUMNS.replace('last_review', 'reviewed_at')}"
            " FROM review WHERE id = ?",
            (review_id,),
        ).fetchone()
        if row is None:
            return None
        later = cursor.execute(
            "SELECT 1 FROM review WHERE question_id = ? AND id > ? LIMIT 1",
            (row[1], review_id),
        ).fetchone()
        if later is not None:
            raise ReviewError(
                "this question was reviewed again since (in another window?); "
                "that later review stays, so this one cannot be taken back"
            )
        review_id, question_id, reviewed_at, grade, suggested, before_json = row[:6]
        after = _card_from_row(row[6:])
        before = CardState.from_dict(json.loads(before_json)) if before_json else None
        cursor.execute("DELETE FROM review WHERE id = ?", (review_id,))
        if before is None:
            cursor.execute("DELETE FROM card WHERE question_id = ?", (question_id,))
        else:
            previous = cursor.execute(
                "SELECT grade FROM review WHERE question_id = ? ORDER BY id DESC LIMIT 1",
                (question_id,),
            ).fetchone()
            cursor.execute(
                _UPSERT_CARD,
                (
                    question_id,
                    before.status.value,
                    before.step,
                    before.stability,
                    before.difficulty,
                    to_db(before.due),
                    to_db(before.last_review) if before.last_review else None,
                    before.reps,
                    before.lapses,
                    previous[0] if previous else None,
                ),
            )
    return RecordedReview(
        review_id,
        question_id,
        from_db(reviewed_at),
        Grade(grade),
        Grade(suggested) if suggested is not None else None,
        before,
        after,
    )


# -- the queue --------------------------------------------------------------------------

_CARD_JOIN = "card c CROSS JOIN question q ON q.id = c.question_id"
"""Cards first (SQLite keeps CROSS JOIN's order): the due index then bounds the scan,
instead of the planner walking every active question to find its card."""


_NOT_HIDDEN = (
    "NOT EXISTS (SELECT 1 FROM question_user u WHERE u.question_id = q.id"
    " AND (u.suspended OR u.buried_until > ?))"
    " AND NOT EXISTS (SELECT 1 FROM question_draft d WHERE d.question_id = q.id)"
)
"""Suspended questions, those buried until after the parameter, and drafts are not
drawn."""


@dataclass(frozen=True, slots=True)
class QueueFilters:
    """Which questions a session draws from. Every kind of filter given must hold; the
    values of one kind are alternatives (two categories: questions of either)."""

    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    """Questions with at least one of these tags."""
    difficulties: tuple[str, ...] = ()
    starred: bool = False
    weak: bool = False
    """Only weak questions: forgotten at least once, or last graded Again or Hard."""
    due_only: bool = False
    """Only reviews that are due: no new questions."""
    new_only: bool = False
    """Only new questions: no reviews."""
    question_ids: tuple[str, ...] = ()
    """Only these questions ("practise this question now", "practise these results")."""
    exclude: tuple[str, ...] = field(default=())
    """Question ids to leave out (already answered in this session, say)."""
    at: datetime | None = None
    """The time of the query: questions buried until after it are left out (suspended
    ones always are)."""

    def where(self, params: list[Any]) -> str:
        """SQL conditions on `q` (question) and `c` (card), appending their parameters."""
        clauses = ["q.retired = 0", _NOT_HIDDEN]
        # without a time, burying is not checked ("~" sorts after every stored time)
        params.append(to_db(self.at) if self.at is not None else "~")
        if self.categories:
            clauses.append(f"q.category IN ({', '.join('?' * len(self.categories))})")
            params.extend(self.categories)
        if self.difficulties:
            clauses.append(f"q.difficulty IN ({', '.join('?' * len(self.difficulties))})")
            params.extend(self.difficulties)
        if self.tags:
            clauses.append(
                "EXISTS (SELECT 1 FROM question_tag t WHERE t.question_id = q.id AND t.tag IN"
                f" ({', '.join('?' * len(self.tags))}))"
            )
            params.extend(self.tags)
        if self.starred:
            clauses.append(
                "EXISTS (SELECT 1 FROM question_user u WHERE u.question_id = q.id AND u.starred)"
            )
        if self.weak:
            clauses.append(f"(c.lapses >= 1 OR c.last_grade <= {Grade.HARD.value})")
        if self.question_ids:  # one parameter however many: a JSON list
            clauses.append("q.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(self.question_ids)))
        if self.exclude:
            clauses.append("q.id NOT IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(self.exclude)))
        return " AND ".join(clauses)

    def describe(self) -> str:
        """The filters in a few words, for the bar above a session: 'evaluation #rag hard'."""
        parts = [*self.categories, *(f"#{t}" for t in self.tags), *self.difficulties]
        if self.starred:
            parts.append("starred")
        if self.weak:
            parts.append("weak")
        if self.due_only:
            parts.append("due only")
        if self.new_only:
            parts.append("new only")
        if self.question_ids:
            count = len(self.question_ids)
            parts.append("this question" if count == 1 else f"{count} questions")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A question the queue may offer, with what ordering needs."""

    question_id: str
    category: str
    kind: str
    """'due', 'new' or 'ahead' (not due yet, offered when nothing is)."""
    due: datetime | None = None
    lapses: int = 0


def due_candidates(
    *,
    connection: Connection,
    scheduler: fsrs.Scheduler,
    now: datetime,
    filters: QueueFilters = QueueFilters(),
    limit: int = 500,
) -> list[Candidate]:
    """Reviewed questions due by `now`, lowest retrievability first.

    FSRS's retrievability falls as elapsed time over stability grows, so the order is
    computed in SQL over the due index, without loading every card.
    """
    if filters.new_only:
        return []
    now_text = to_db(now)
    params: list[Any] = [now_text]
    where = filters.where(params)
    rows = (
        driver(connection)
        .execute(
            f"SELECT q.id, q.category, c.due, c.lapses FROM {_CARD_JOIN}"
            f" WHERE c.due <= ? AND {where}"
            " ORDER BY (julianday(?) - julianday(c.last_review))"
            " / coalesce(c.stability, 0.01) DESC, c.due, q.id LIMIT ?",
            (*params, now_text, limit),
        )
        .fetchall()
    )
    return [Candidate(r[0], r[1], "due", from_db(r[2]), r[3]) for r in rows]


def ahead_candidates(
    *,
    connection: Connection,
    now: datetime,
    filters: QueueFilters = QueueFilters(),
    limit: int = 100,
) -> list[Candidate]:
    """Reviewed questions not yet due, soonest first: for reviewing ahead."""
    if filters.new_only:
        return []
    params: list[Any] = [to_db(now)]
    where = filters.where(params)
    rows = (
        driver(connection)
        .execute(
            f"SELECT q.id, q.category, c.due, c.lapses FROM {_CARD_JOIN}"
            f" WHERE c.due > ? AND {where} ORDER BY c.due, q.id LIMIT ?",
            (*params, limit),
        )
        .fetchall()
    )
    return [Candidate(r[0], r[1], "ahead", from_db(r[2]), r[3]) for r in rows]


def new_candidates(
    *,
    connection: Connection,
    filters: QueueFilters = QueueFilters(),
    limit: int = 20,
    since: datetime | None = None,
    after: str | None = None,
) -> list[Candidate]:
    """The next new questions (never reviewed), at most `limit`, categories in turn.

    With `since` (the start of the study day) the turn carries over from the category of
    the last new question introduced before it, and the day's new questions are shared
    among categories by how many each has left (see `plan_new`): every category with new
    questions gets its turn, none repeats while another waits. Within a category,
    questions come in id order. A few small indexed queries per category.
    """
    if limit <= 0 or filters.weak or filters.due_only:  # a question never seen is not weak
        return []
    cursor = driver(connection)
    params: list[Any] = []
    where = filters.where(params)
    remaining = {
        str(category): int(count)
        for category, count in cursor.execute(
            "SELECT q.category, count(*) FROM question q WHERE"
            f" NOT EXISTS (SELECT 1 FROM card c WHERE c.question_id = q.id) AND {where}"
            " GROUP BY q.category",
            params,
        ).fetchall()
    }
    introduced: dict[str, int] = {}
    anchor: str | None = None
    if since is not None:
        moment = to_db(since)
        introduced = {
            str(category): int(count)
            for category, count in cursor.execute(
                "SELECT q.category, count(*) FROM review r JOIN question q ON q.id = r.question_id"
                " WHERE r.reviewed_at >= ? AND r.card_before IS NULL GROUP BY q.category",
                (moment,),
            ).fetchall()
        }
        row = cursor.execute(
            "SELECT q.category FROM review r JOIN question q ON q.id = r.question_id"
            " WHERE r.reviewed_at < ? AND r.card_before IS NULL"
            " ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1",
            (moment,),
        ).fetchone()
        anchor = str(row[0]) if row is not None else None
    quota = sum(introduced.get(c, 0) for c in remaining) + limit
    plan = plan_new(
        remaining,
        {c: n for c, n in introduced.items() if c in remaining},
        quota=quota,
        anchor=anchor,
        after=after,
    )[:limit]
    wanted = {category: plan.count(category) for category in set(plan)}
    ids: dict[str, list[str]] = {}
    for category, count in wanted.items():
        rows = cursor.execute(
            "SELECT q.id FROM question q WHERE q.category = ? AND"
            " NOT EXISTS (SELECT 1 FROM card c WHERE c.question_id = q.id)"
            f" AND {where} ORDER BY q.id LIMIT ?",
            (category, *params, count),
        ).fetchall()
        ids[category] = [row[0] for row in rows]
    merged: list[Candidate] = []
    taken = dict.fromkeys(ids, 0)
    for category in plan:
        if taken[category] < len(ids[category]):
            merged.append(Candidate(ids[category][taken[category]], category, "new"))
            taken[category] += 1
    return merged


def set_suspended(*, engine: Engine, question_id: str, suspended: bool) -> None:
    """Suspend a question (out of every queue and mock) or bring it back; committed."""
    with write_transaction(engine) as cursor:
        cursor.execute(
            "INSERT INTO question_user (question_id, starred, note, suspended)"
            " VALUES (?, 0, '', ?) ON CONFLICT (question_id) DO UPDATE SET"
            " suspended = excluded.suspended",
            (question_id, suspended),
        )


def set_buried(*, engine: Engine, question_id: str, until: datetime | None) -> None:
    """Bury a question until `until` (the next study day), or unbury it (None)."""
    with write_transaction(engine) as cursor:
        cursor.execute(
            "INSERT INTO question_user (question_id, starred, note, buried_until)"
            " VALUES (?, 0, '', ?) ON CONFLICT (question_id) DO UPDATE SET"
            " buried_until = excluded.buried_until",
            (question_id, to_db(until) if until is not None else None),
        )


def hidden(*, connection: Connection, at: datetime) -> tuple[set[str], set[str]]:
    """Ids of the suspended questions, and of those buried at `at`."""
    suspended: set[str] = set()
    buried: set[str] = set()
    moment = to_db(at)
    for question_id, is_suspended, until in driver(connection).execute(
        "SELECT question_id, suspended, buried_until FROM question_user"
        " WHERE suspended OR buried_until > ?",
        (moment,),
    ):
        if is_suspended:
            suspended.add(question_id)
        if until is not None and until > moment:
            buried.add(question_id)
    return suspended, buried


def next_due(
    *, connection: Connection, after: datetime, filters: QueueFilters = QueueFilters()
) -> datetime | None:
    """When the next reviewed question falls due after `after` (None: none ever will).

    Walks the due index from `after`: the first card that passes the filters answers.
    """
    params: list[Any] = [to_db(after)]
    where = filters.where(params)
    row = (
        driver(connection)
        .execute(
            f"SELECT c.due FROM {_CARD_JOIN} WHERE c.due > ? AND {where} ORDER BY c.due LIMIT 1",
            params,
        )
        .fetchone()
    )
    return from_db(row[0]) if row is not None else None


def new_started_since(*, connection: Connection, since: datetime) -> int:
    """How many questions got their first review at or after `since`."""
    row = (
        driver(connection)
        .execute(
            "SELECT count(*) FROM review WHERE reviewed_at >= ? AND card_before IS NULL",
            (to_db(since),),
        )
        .fetchone()
    )
    return int(row[0])


def due_counts(
    *, connection: Connection, until: datetime, filters: QueueFilters = QueueFilters()
) -> dict[str, int]:
    """Reviewed questions due by `until`, per category."""
    params: list[Any] = [to_db(until)]
    where = filters.where(params)
    rows = (
        driver(connection)
        .execute(
            f"SELECT q.category, count(*) FROM {_CARD_JOIN}"
            f" WHERE c.due <= ? AND {where} GROUP BY q.category ORDER BY q.category",
            params,
        )
        .fetchall()
    )
    return {str(category): int(count) for category, count in rows}


def new_counts(*, connection: Connection, at: datetime | None = None) -> dict[str, int]:
    """Questions never reviewed, per category (neither suspended nor buried at `at`)."""
    params: list[Any] = []
    where = QueueFilters(at=at).where(params)
    rows = (
        driver(connection)
        .execute(
            "SELECT q.category, count(*) FROM question q LEFT JOIN card c ON c.question_id = q.id"
            f" WHERE c.question_id IS NULL AND {where} GROUP BY q.category",
            params,
        )
        .fetchall()
    )
    return {str(category): int(count) for category, count in rows}


def review_points(*, connection: Connection) -> list[tuple[str, datetime, int]]:
    """Every review as (question id, time, grade), oldest first: the optimizer's input."""
    rows = (
        driver(connection)
        .execute("SELECT question_id, reviewed_at, grade FROM review ORDER BY reviewed_at, id")
        .fetchall()
    )
    return [(r[0], from_db(r[1]), int(r[2])) for r in rows]
