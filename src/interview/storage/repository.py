"""Repository functions: keyword-only, the connection first, domain objects in and out."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, select

from interview.core.questions import Difficulty, Question
from interview.storage.engine import driver
from interview.storage.tables import QuestionRow, QuestionTag

question_table = QuestionRow.__table__  # type: ignore[attr-defined]
tag_table = QuestionTag.__table__  # type: ignore[attr-defined]


def question_values(
    question: Question, *, bank: str, now: datetime, retired: bool = False
) -> dict[str, Any]:
    """The column values of a question row (timestamps for a fresh insert)."""
    return {
        "id": question.id,
        "title": question.title,
        "category": question.category,
        "difficulty": question.difficulty.value,
        "time_budget": question.time_budget,
        "source": question.source,
        "license": question.license,
        "entry": question.entry,
        "tags": json.dumps(list(question.tags)),
        "question": question.question,
        "answer": question.answer,
        "rubric": json.dumps(list(question.rubric)),
        "hints": json.dumps(list(question.hints)),
        "follow_ups": json.dumps(list(question.follow_ups)),
        "tests": question.tests,
        "notes": question.notes,
        "extra_sections": json.dumps([list(pair) for pair in question.extra_sections]),
        "section_lines": json.dumps(question.section_lines),
        "content_hash": question.content_hash,
        "path": question.path,
        "bank": bank,
        "retired": retired,
        "added_at": now,
        "updated_at": now,
        "retired_at": None,
    }


def question_from_row(row: Row[Any]) -> Question:
    """The domain `Question` of a `question` row."""
    return Question(
        id=row.id,
        title=row.title,
        category=row.category,
        question=row.question,
        tags=tuple(json.loads(row.tags)),
        difficulty=Difficulty(row.difficulty),
        time_budget=row.time_budget,
        source=row.source,
        license=row.license,
        entry=row.entry,
        answer=row.answer,
        rubric=tuple(json.loads(row.rubric)),
        hints=tuple(json.loads(row.hints)),
        follow_ups=tuple(json.loads(row.follow_ups)),
        tests=row.tests,
        notes=row.notes,
        extra_sections=tuple((a, b) for a, b in json.loads(row.extra_sections)),
        content_hash=row.content_hash,
        path=row.path,
        section_lines=json.loads(row.section_lines),
    )


def get_question(
    *, connection: Connection, question_id: str, include_retired: bool = True
) -> Question | None:
    """The question with this id, or None."""
    query = select(question_table).where(question_table.c.id == question_id)
    if not include_retired:
        query = query.where(question_table.c.retired.is_(False))
    row = connection.execute(query).first()
    return question_from_row(row) if row is not None else None


def is_retired(*, connection: Connection, question_id: str) -> bool:
    """Whether the question exists but its file is gone."""
    query = select(question_table.c.retired).where(question_table.c.id == question_id)
    return bool(connection.execute(query).scalar())


def list_questions(
    *,
    connection: Connection,
    category: str | None = None,
    tag: str | None = None,
    difficulty: Difficulty | None = None,
    include_retired: bool = False,
) -> list[Question]:
    """Questions matching every filter given, ordered by category then id."""
    query = select(question_table)
    if not include_retired:
        query = query.where(question_table.c.retired.is_(False))
    if category is not None:
        query = query.where(question_table.c.category == category)
    if difficulty is not None:
        query = query.where(question_table.c.difficulty == difficulty.value)
    if tag is not None:
        tagged = select(tag_table.c.question_id).where(tag_table.c.tag == tag)
        query = query.where(question_table.c.id.in_(tagged))
    query = query.order_by(question_table.c.category, question_table.c.id)
    return [question_from_row(row) for row in connection.execute(query)]


def category_counts(*, connection: Connection) -> list[tuple[str, int]]:
    """How many active questions each category has, by category name."""
    from sqlalchemy import func

    query = (
        select(question_table.c.category, func.count())
        .where(question_table.c.retired.is_(False))
        .group_by(question_table.c.category)
        .order_by(question_table.c.category)
    )
    return [(str(name), int(count)) for name, count in connection.execute(query)]


def replace_tags(*, connection: Connection, questions: Sequence[Question]) -> None:
    """Make the tag index of each of `questions` match its tags."""
    if not questions:
        return
    ids = [q.id for q in questions]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        connection.execute(tag_table.delete().where(tag_table.c.question_id.in_(chunk)))
    rows = [{"question_id": q.id, "tag": tag} for q in questions for tag in q.tags]
    if rows:
        connection.execute(tag_table.insert(), rows)
    replace_drafts(connection=connection, questions=questions)


def replace_drafts(*, connection: Connection, questions: Sequence[Question]) -> None:
    """Mark each of `questions` as a draft (no answer or no rubric) or not."""
    cursor = driver(connection)
    cursor.executemany(
        "DELETE FROM question_draft WHERE question_id = ?", [(q.id,) for q in questions]
    )
    cursor.executemany(
        "INSERT INTO question_draft (question_id) VALUES (?)",
        [(q.id,) for q in questions if q.is_draft],
    )
