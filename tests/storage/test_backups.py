"""Backups: consistent copies, the keeping rule, restore, and the app's automatic ones."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from interview.config import Config
from interview.core.scheduling import Grade, StudySettings
from interview.core.scoring import Assessment
from interview.storage.backups import (
    BackupError,
    backup_folder,
    check_backup,
    latest_backup,
    list_backups,
    make_backup,
    restore,
    thin,
)
from interview.storage.engine import open_database
from interview.storage.sync import sync_banks
from interview.study import Study
from tests.cli.test_cli import run
from tests.cli.test_failures import damage, reviewed_database
from tests.conftest import NOW
from tests.storage.test_study import make_bank


def reviews_in(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        count = int(connection.execute("SELECT count(*) FROM review").fetchone()[0])
    connection.close()
    return count


def test_a_backup_holds_every_committed_review_even_those_still_in_the_wal(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.db"
    engine = open_database(path)
    sync_banks(engine=engine, folders=[make_bank(tmp_path / "bank")], now=NOW, workers=1)
    study = Study(engine=engine, settings=StudySettings(fuzz=False), zone=UTC)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
    for minute in range(7):
        study.answer(
            question_id="ml-theory/q1", grade=Grade.GOOD, now=NOW + timedelta(minutes=minute)
        )
    assert Path(f"{path}-wal").stat().st_size > 0  # the reviews are not in the main file yet
    made = make_backup(path, now=NOW)
    assert made == backup_folder(path) / "20261121-093000.db"
    assert reviews_in(made) == 7
    assert check_backup(made) >= 1
    engine.dispose()


def test_keeping_rule_newest_ten_then_one_a_day_for_a_week_and_one_a_week_for_a_month(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.db"
    reviewed_database(path, tmp_path / "bank", reviews=1)
    moments = [NOW - timedelta(hours=6 * step) for step in range(200)]  # 50 days, 4 a day
    for moment in moments:
        make_backup(path, now=moment)
    thin(path, now=NOW)
    kept = [backup.made_at for backup in list_backups(path)]
    newest_ten = sorted(moments)[-10:]
    assert set(newest_ten) <= set(kept)
    for days in range(7):  # one for each of the last 7 days
        day = (NOW - timedelta(days=days)).date()
        assert any(moment.date() == day for moment in kept)
    assert min(kept) >= NOW - timedelta(weeks=4)  # nothing older than a month
    assert len(kept) < 10 + 7 + 5
    assert all(not p.name.startswith(".") for p in backup_folder(path).iterdir())


def test_a_damaged_database_is_never_backed_up_over_good_backups(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    reviewed_database(path, tmp_path / "bank", reviews=40)
    good = make_backup(path, now=NOW - timedelta(days=1))
    damage(path, "card")
    with pytest.raises(BackupError, match=r"malformed|damaged"):
        make_backup(path, now=NOW)
    assert [b.path for b in list_backups(path)] == [good]


def test_restore_checks_the_backup_saves_the_current_database_then_replaces_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.db"
    reviewed_database(path, tmp_path / "bank", reviews=5)
    saved = make_backup(path, now=NOW - timedelta(days=1))
    engine = open_database(path)
    study = Study(engine=engine, settings=StudySettings(fuzz=False), zone=UTC)
    for minute in range(3):
        study.answer(
            question_id="evaluation/q1",
            grade=Grade.AGAIN,
            now=NOW + timedelta(days=1, minutes=minute),
        )
    engine.dispose()
    assert reviews_in(path) == 8

    done = restore(saved, path, now=NOW + timedelta(days=2))
    assert reviews_in(path) == 5
    assert not Path(f"{path}-wal").exists()  # no log from the old file replays onto it
    assert done.previous is not None and reviews_in(done.previous) == 8  # nothing lost


def test_restore_refuses_a_damaged_or_foreign_or_newer_file(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    reviewed_database(path, tmp_path / "bank", reviews=40)
    damaged = make_backup(path, now=NOW)
    damage(damaged, "review")
    with pytest.raises(BackupError, match="is damaged"):
        restore(damaged, path, now=NOW)
    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(BackupError, match="not an interview database"):
        check_backup(foreign)
    newer = make_backup(path, now=NOW + timedelta(seconds=1))
    with sqlite3.connect(newer) as connection:
        connection.execute("PRAGMA user_version = 9999")
    connection.close()
    with pytest.raises(BackupError, match="from a newer release"):
        restore(newer, path, now=NOW)
    assert reviews_in(path) == 40


def test_the_app_backs_up_at_start_when_due_and_after_every_hundred_reviews(
    tmp_path: Path,
) -> None:
    from interview.backend import Backend

    path = tmp_path / "a.db"
    reviewed_database(path, tmp_path / "bank", reviews=1)
    bank = [tmp_path / "bank"]

    backend, _ = Backend.open(db_path=path, banks=bank, config=Config(), zone=UTC, now=NOW)
    assert [b.made_at for b in list_backups(path)] == [NOW]
    backend.engine.dispose()
    later = NOW + timedelta(hours=23)
    backend, _ = Backend.open(db_path=path, banks=bank, config=Config(), zone=UTC, now=later)
    assert len(list_backups(path)) == 1  # the last one is under a day old
    for number in range(100):
        backend.answer(
            question_id="ml-theory/q1",
            now=later + timedelta(minutes=number),
            assessment=Assessment(rubric_total=0),
            grade=Grade.GOOD,
        )
    assert len(list_backups(path)) == 2
    assert reviews_in(list_backups(path)[-1].path) == 101
    backend.engine.dispose()

    off = Config(backup_interval_hours=0)
    Backend.open(db_path=path, banks=bank, config=off, zone=UTC, now=NOW + timedelta(days=9))
    assert len(list_backups(path)) == 2


# -- the command line -----------------------------------------------------------------------


def test_backup_backups_and_restore_commands(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    reviewed_database(path, tmp_path / "bank", reviews=4)
    made = run("--db", str(path), "backup")
    assert made.exit_code == 0
    backup = Path(made.stdout.strip())
    assert backup.parent == backup_folder(path) and reviews_in(backup) == 4

    listed = run("--db", str(path), "backups")
    assert listed.exit_code == 0
    [line] = listed.stdout.splitlines()
    assert line.split("\t")[2:] == ["4 reviews", str(backup)]

    refused = run("--db", str(path), "restore", str(backup))  # no terminal to ask on
    assert refused.exit_code == 1 and "--yes" in refused.stderr
    restored = run("--db", str(path), "restore", "--yes", str(backup))
    assert restored.exit_code == 0, restored.stderr
    assert "the database it replaced is kept at" in restored.stderr


def test_the_damaged_message_names_the_latest_backup_and_how_to_restore(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    reviewed_database(path, tmp_path / "bank", reviews=40)
    run("--db", str(path), "backup")
    newest = latest_backup(path)
    damage(path, "card")
    result = run("--db", str(path), "due")
    assert result.exit_code == 1
    assert f"interview restore {newest}" in result.stderr


def test_the_backup_interval_is_a_setting() -> None:
    assert run("config", "set", "backup.interval_hours", "6").exit_code == 0
    refused = run("config", "set", "backup.interval_hours", "99999")
    assert refused.exit_code == 1
    assert "backup.interval_hours must be a number of hours from 0 (off) to 8760" in (
        refused.stderr
    )


def test_backup_names_are_utc_times(tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    path = tmp_path / "a.db"
    reviewed_database(path, tmp_path / "bank", reviews=1)
    local = datetime(2026, 11, 22, 8, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert make_backup(path, now=local).name == "20261121-233000.db"


def test_restore_after_corruption_brings_back_every_review_up_to_the_backup(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.db"
    reviewed_database(path, tmp_path / "bank", reviews=60)
    backup = make_backup(path, now=NOW + timedelta(days=1))
    with sqlite3.connect(path) as connection:
        before = connection.execute("SELECT * FROM review ORDER BY id").fetchall()
    connection.close()
    damage(path, "review")  # the disk goes bad after the backup
    with pytest.raises(sqlite3.DatabaseError), sqlite3.connect(path) as connection:
        connection.execute("SELECT * FROM review").fetchall()
    connection.close()
    done = restore(backup, path, now=NOW + timedelta(days=2))
    with sqlite3.connect(path) as connection:
        after = connection.execute("SELECT * FROM review ORDER BY id").fetchall()
    connection.close()
    assert after == before and len(after) == 60
    assert done.previous is not None and ".damaged-" in done.previous.name  # kept aside
