"""The study history as one JSON document: export, and import into an empty database."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine

from interview import __version__
from interview.core.scheduling import CardState, CardStatus, Grade
from interview.storage.engine import driver, write_transaction
from interview.storage.study import ReviewError, from_db, to_db

FORMAT = "interview-history"
"""The `format` field every history file carries."""

VERSION = 1
"""The history format version this release writes and reads."""


class HistoryError(ValueError):
    """A history file cannot be imported; nothing was written. The message says why."""


def _card_json(row: Mapping[str, Any], last_review_key: str = "last_review") -> dict[str, Any]:
    last = row[last_review_key]
    return CardState(
        status=CardStatus(row["status"]),
        step=row["step"],
        stability=row["stability"],
        difficulty=row["difficulty"],
        due=from_db(row["due"]),
        last_review=from_db(last) if last else None,
        reps=row["reps"],
        lapses=row["lapses"],
    ).to_dict()


def export_history(*, connection: Connection, now: datetime) -> dict[str, Any]:
    """Every card, every review and every star and note, as one JSON-ready document."""
    cursor = driver(connection)
    cursor.row_factory = _dict_row
    try:
        cards = [
            {"question_id": row["question_id"], **_card_json(row), "last_grade": row["last_grade"]}
            for row in cursor.execute("SELECT * FROM card ORDER BY question_id")
        ]
        reviews = [
            {
                "question_id": row["question_id"],
                "reviewed_at": from_db(row["reviewed_at"]).isoformat(),
                "grade": row["grade"],
                "suggested_grade": row["suggested_grade"],
                "rubric_total": row["rubric_total"],
                "rubric_covered": json.loads(row["rubric_covered"]),
                "hints_used": row["hints_used"],
                "duration_ms": row["duration_ms"],
                "content_hash": row["content_hash"],
                "source": row["source"],
                "card_before": json.loads(row["card_before"]) if row["card_before"] else None,
                "card_after": _card_json(row, "reviewed_at"),
            }
            for row in cursor.execute("SELECT * FROM review ORDER BY id")
        ]
        user = [
            {
                "question_id": row["question_id"],
                "starred": bool(row["starred"]),
                "note": row["note"],
            }
            for row in cursor.execute("SELECT * FROM question_user ORDER BY question_id")
        ]
    finally:
        cursor.row_factory = None
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": now.isoformat(),
        "cards": cards,
        "reviews": reviews,
        "user": user,
    }


def _dict_row(cursor: Any, row: tuple[Any, ...]) -> dict[str, Any]:
    return {
        description[0]: value for description, value in zip(cursor.description, row, strict=True)
    }


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import wrote."""

    cards: int
    reviews: int
    user: int
    unknown_questions: int
    """Questions in the history that no bank has (kept; they attach if the file returns)."""


def parse_history(text: str) -> dict[str, Any]:
    """The history document in `text`, checked; HistoryError says what is wrong."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise HistoryError(
            f"not a complete JSON document (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "the file may be truncated: export it again"
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise HistoryError("not an interview history file (its 'format' is not interview-history)")
    version = document.get("version")
    if version != VERSION:
        newer = isinstance(version, int) and version > VERSION
        hint = "upgrade interview to import it" if newer else "it is from an unknown version"
        raise HistoryError(
            f"history format version {version!r}, this release reads {VERSION}: {hint}"
        )
    for key in ("cards", "reviews", "user"):
        if not isinstance(document.get(key), list):
            raise HistoryError(f"the history file has no '{key}' list")
    return document


def import_history(*, engine: Engine, document: Mapping[str, Any]) -> ImportReport:
    """Write an exported history into a database that has none, in one transaction.

    Refuses (HistoryError, nothing written) when the database already holds reviews or
    cards, or when any entry is malformed.
    """
    try:
        cards = [_card_row(entry) for entry in document["cards"]]
        reviews = [_review_row(entry) for entry in document["reviews"]]
        user = [
            (str(e["question_id"]), bool(e["starred"]), str(e.get("note", "")))
            for e in document["user"]
        ]
    except (KeyError, TypeError, ValueError) as exc:
        raise HistoryError(f"a malformed entry in the history file: {exc!r}") from exc
    last_seen: dict[str, str] = {}
    for row in reviews:
        question_id, reviewed_at = row[0], row[1]
        if reviewed_at < last_seen.get(question_id, ""):
            raise HistoryError(
                f"reviews of '{question_id}' go back in time ({reviewed_at} after "
                f"{last_seen[question_id]}); the file is damaged"
            )
        last_seen[question_id] = reviewed_at
    with write_transaction(engine) as cursor:
        existing = cursor.execute(
            "SELECT (SELECT count(*) FROM review) + (SELECT count(*) FROM card)"
        ).fetchone()[0]
        if existing:
            raise HistoryError(
                "this database already has study history; import into a new one "
                "(interview --db NEW.db import-history FILE)"
            )
        cursor.executemany(
            "INSERT INTO card (question_id, status, step, stability, difficulty, due,"
            " last_review, reps, lapses, last_grade) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            cards,
        )
        cursor.executemany(
            "INSERT INTO review (question_id, reviewed_at, grade, suggested_grade, rubric_total,"
            " rubric_covered, hints_used, duration_ms, content_hash, source, card_before,"
            " status, step, stability, difficulty, due, reps, lapses)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            reviews,
        )
        # the per-review figures weak areas use, derived as migration 5 does
        cursor.execute(
            "UPDATE review SET covered_count = json_array_length(rubric_covered),"
            " budget_ms = coalesce((SELECT 1000 * q.time_budget FROM question q"
            " WHERE q.id = review.question_id), 0)"
        )
        cursor.executemany(
            "INSERT OR REPLACE INTO question_user (question_id, starred, note) VALUES (?, ?, ?)",
            user,
        )
        ids = {row[0] for row in cards} | {row[0] for row in reviews}
        known = {row[0] for row in cursor.execute("SELECT id FROM question")}
    return ImportReport(len(cards), len(reviews), len(user), len(ids - known))


def _card_row(entry: Mapping[str, Any]) -> tuple[Any, ...]:
    card = CardState.from_dict(entry)
    last_grade = entry.get("last_grade")
    return (
        str(entry["question_id"]),
        card.status.value,
        card.step,
        card.stability,
        card.difficulty,
        to_db(card.due),
        to_db(card.last_review) if card.last_review else None,
        card.reps,
        card.lapses,
        Grade(last_grade).value if last_grade is not None else None,
    )


def _review_row(entry: Mapping[str, Any]) -> tuple[Any, ...]:
    after = CardState.from_dict(entry["card_after"])
    before = entry.get("card_before")
    if before is not None:
        CardState.from_dict(before)  # validate
    suggested = entry.get("suggested_grade")
    covered = entry.get("rubric_covered", [])
    if not isinstance(covered, list) or not all(isinstance(i, int) for i in covered):
        raise ValueError("rubric_covered must be a list of point numbers")
    reviewed_at = datetime.fromisoformat(entry["reviewed_at"])
    if reviewed_at.tzinfo is None:
        raise ReviewError("review times must carry their time zone")
    return (
        str(entry["question_id"]),
        to_db(reviewed_at),
        Grade(entry["grade"]).value,
        Grade(suggested).value if suggested is not None else None,
        int(entry.get("rubric_total", 0)),
        json.dumps(covered),
        int(entry.get("hints_used", 0)),
        int(entry.get("duration_ms", 0)),
        str(entry.get("content_hash", "")),
        str(entry.get("source", "import")),
        json.dumps(before) if before is not None else None,
        after.status.value,
        after.step,
        after.stability,
        after.difficulty,
        to_db(after.due),
        after.reps,
        after.lapses,
    )
