"""The grader's suggested ticks are kept with each review, survive an export and import,
and an old database (schema 13) gains the column without losing its reviews."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine

from interview.core.scheduling import Grade, StudySettings, make_scheduler
from interview.core.scoring import Assessment
from interview.storage.engine import make_engine, open_database
from interview.storage.grading import tick_agreement
from interview.storage.migrations import SCHEMA_VERSION, migrate
from interview.storage.study import record_review
from interview.storage.sync import sync_banks
from tests.conftest import NOW, question_text, write


def bank(folder: Path) -> Path:
    for category in ("ml-theory", "evaluation"):
        write(
            folder / category / "q.md",
            question_text(title=f"{category} q", rubric=("one", "two", "three", "four")),
        )
    return folder


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = open_database(tmp_path / "interview.db")
    sync_banks(engine=engine, folders=[bank(tmp_path / "bank")], now=NOW, workers=1)
    return engine


def answer(engine: Engine, qid: str, covered: set[int], suggested: set[int] | None) -> None:
    record_review(
        engine=engine,
        scheduler=make_scheduler(StudySettings(fuzz=False)),
        question_id=qid,
        grade=Grade.GOOD,
        now=NOW,
        assessment=Assessment(
            rubric_total=4,
            covered=frozenset(covered),
            suggested=frozenset(suggested) if suggested is not None else None,
            notes="my typed answer",
        ),
    )


def test_suggested_and_confirmed_ticks_are_stored_side_by_side(engine: Engine) -> None:
    answer(engine, "ml-theory/q", covered={0, 2}, suggested={0, 1})
    answer(engine, "evaluation/q", covered={1}, suggested=None)
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT question_id, rubric_covered, rubric_suggested FROM review ORDER BY id"
        ).all()
    assert rows[0][1:] == ("[0, 2]", "[0, 1]")
    assert rows[1][2] is None  # no typed answer graded: no suggestion, not an empty one


def test_report_counts_unticked_and_added_points_per_category(engine: Engine) -> None:
    answer(engine, "ml-theory/q", covered={0, 2}, suggested={0, 1})  # unticked 2nd, added 3rd
    answer(engine, "ml-theory/q", covered={0, 1}, suggested={0, 1})  # agreed
    answer(engine, "evaluation/q", covered={3}, suggested=None)  # not part of the report
    with engine.connect() as connection:
        [row] = tick_agreement(connection=connection)
    assert (row.category, row.reviews, row.points) == ("ml-theory", 2, 8)
    assert (row.suggested, row.confirmed, row.unticked, row.added) == (4, 4, 1, 1)
    assert row.disagreement_rate == pytest.approx(2 / 8)


def test_a_schema_13_database_migrates_and_keeps_its_reviews(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = make_engine(path)
    migrate(old, target=13)
    sync_banks(engine=old, folders=[bank(tmp_path / "bank")], now=NOW, workers=1)
    old.dispose()
    with sqlite3.connect(path) as connection:  # a review as release 13 wrote it
        columns = [r[1] for r in connection.execute("PRAGMA table_info(review)")]
        assert "rubric_suggested" not in columns
        connection.execute(
            "INSERT INTO review (question_id, reviewed_at, grade, rubric_total, rubric_covered,"
            " hints_used, duration_ms, content_hash, source, status, due, reps, lapses,"
            " covered_count, budget_ms, notes) VALUES ('ml-theory/q', '2026-11-20 09:00:00',"
            " 3, 4, '[1]', 0, 60000, 'h', 'practice', 2, '2026-11-25 09:00:00', 1, 0, 1, 300000,"
            " 'old answer')"
        )
    engine = open_database(path)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA user_version").scalar_one() == SCHEMA_VERSION
        row = connection.exec_driver_sql(
            "SELECT rubric_covered, notes, rubric_suggested FROM review"
        ).one()
        assert tuple(row) == ("[1]", "old answer", None)
        assert tick_agreement(connection=connection) == []


def test_suggestions_survive_export_and_import(engine: Engine, tmp_path: Path) -> None:
    from interview.storage.history import export_history, import_history

    answer(engine, "ml-theory/q", covered={0, 2}, suggested={0, 1})
    with engine.connect() as connection:
        data = export_history(connection=connection, now=NOW)
    [review] = data["reviews"]
    assert review["rubric_suggested"] == [0, 1]
    fresh = open_database(tmp_path / "fresh.db")
    import_history(engine=fresh, document=json.loads(json.dumps(data)))
    with fresh.connect() as connection:
        stored = connection.exec_driver_sql("SELECT rubric_suggested FROM review").scalar_one()
    assert stored == "[0, 1]"
