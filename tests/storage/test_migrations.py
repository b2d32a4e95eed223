"""Schema versions: new databases, upgrades that keep data, and refusing the future."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlmodel import SQLModel

from interview.storage import tables  # noqa: F401 - registers the tables
from interview.storage.engine import DatabaseError, make_engine, open_database
from interview.storage.migrations import MIGRATIONS, SCHEMA_VERSION, migrate
from interview.storage.repository import list_questions


def version_of(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])


def test_a_new_database_gets_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "new" / "interview.db"
    open_database(path)
    assert version_of(path) == SCHEMA_VERSION


def test_migrated_schema_matches_the_table_models(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "interview.db")
    inspector = inspect(engine)
    for table in SQLModel.metadata.sorted_tables:
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert columns == {c.name for c in table.columns}, table.name
        indexes = {tuple(ix["column_names"]) for ix in inspector.get_indexes(table.name)}
        for index in table.indexes:
            assert tuple(c.name for c in index.columns) in indexes, index.name


def test_database_in_wal_mode_with_busy_timeout(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "interview.db")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_version_1_database_is_upgraded_with_its_questions_kept(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(path)
    migrate(engine, target=1)
    engine.dispose()
    with sqlite3.connect(path) as connection:  # data as release 1 wrote it
        connection.execute(
            "INSERT INTO question VALUES ('ml-theory/old', 'Old question', 'ml-theory', 'easy',"
            " 300, NULL, NULL, NULL, '[\"optimizers\", \"gradients\"]', 'Why?', 'Because.',"
            " '[\"a\"]', '[]', '[]', '', '', '[]', '{}', 'hash', '/bank/ml-theory/old.md',"
            " '/bank', 0,"
            " '2025-01-01 00:00:00', '2025-01-01 00:00:00', NULL)"
        )
    assert version_of(path) == 1

    upgraded = open_database(path)
    assert version_of(path) == SCHEMA_VERSION
    with upgraded.connect() as connection:
        [question] = list_questions(connection=connection, tag="gradients")
    assert question.id == "ml-theory/old"
    assert question.tags == ("optimizers", "gradients")
    assert question.rubric == ("a",)


def test_opening_twice_does_not_migrate_twice(tmp_path: Path) -> None:
    path = tmp_path / "interview.db"
    open_database(path).dispose()
    assert migrate(open_database(path)) == SCHEMA_VERSION


def test_a_database_from_a_newer_release_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(DatabaseError, match="newer than this release"):
        open_database(path)
    assert version_of(path) == SCHEMA_VERSION + 1


def test_a_file_that_is_not_a_database_says_so(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello, not sqlite " * 100)
    with pytest.raises(DatabaseError, match="not an interview database"):
        open_database(path)


def test_every_migration_is_frozen_sql() -> None:
    assert len(MIGRATIONS) == SCHEMA_VERSION
    assert all(isinstance(s, str) and s.strip() for step in MIGRATIONS for s in step)
