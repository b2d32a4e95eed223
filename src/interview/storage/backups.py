"""Backups of the database: consistent copies made with SQLite's online backup API.

A copy of a live WAL database made by copying its file can miss the last commits or
be torn; `sqlite3.Connection.backup` copies pages under a read transaction instead, so
each backup is the database as of one moment. Backups live in `backups/<name>/` beside
the database, named by the moment they were made (UTC), so they sort oldest first.

Kept, as Anki does: the newest 10, plus the newest of each of the last 7 days and of
each of the last 4 weeks. Nothing here reads the clock: `now` is passed in.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

SUFFIX = ".db"
TIME_FORMAT = "%Y%m%d-%H%M%S"
KEEP_NEWEST = 10
"""Backups always kept, newest first."""
KEEP_DAILY = 7
"""Days back for which the newest backup of each day is kept."""
KEEP_WEEKLY = 4
"""Weeks back for which the newest backup of each week is kept."""
EVERY_REVIEWS = 100
"""A backup is made after this many reviews in one app session."""


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file."""

    path: Path
    made_at: datetime
    """When it was made (UTC), read from its name."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A backup with what is in it, for `interview backups`."""

    backup: Backup
    size: int
    reviews: int | None
    """Reviews it holds; None when it cannot be read."""


class BackupError(Exception):
    """A backup or restore could not be made; the message says why. Nothing changed."""


def backup_folder(database: Path) -> Path:
    """Where the backups of `database` are kept: `<its folder>/backups/<its name>/`."""
    database = database.expanduser()
    return database.parent / "backups" / database.stem


def list_backups(database: Path) -> list[Backup]:
    """The backups of `database`, oldest first."""
    folder = backup_folder(database)
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        if not name.endswith(SUFFIX) or name.startswith("."):
            continue
        try:
            made = datetime.strptime(name[: -len(SUFFIX)], TIME_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(folder / name, made))
    return sorted(found, key=lambda backup: backup.made_at)


def latest_backup(database: Path) -> Path | None:
    """The newest backup of `database`, or None."""
    backups = list_backups(database)
    return backups[-1].path if backups else None


def describe(backups: Iterable[Backup]) -> list[BackupInfo]:
    """Each backup with its size and number of reviews (read-only)."""
    infos = []
    for backup in backups:
        try:
            size = backup.path.stat().st_size
        except OSError:
            continue
        infos.append(BackupInfo(backup, size, _review_count(backup.path)))
    return infos


def _review_count(path: Path) -> int | None:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        return int(connection.execute("SELECT count(*) FROM review").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def due_for_backup(database: Path, *, now: datetime, interval: timedelta) -> bool:
    """Whether the newest backup of an existing `database` is older than `interval`."""
    if not database.expanduser().is_file():
        return False
    backups = list_backups(database)
    return not backups or now - backups[-1].made_at >= interval


def make_backup(database: Path, *, now: datetime, out: Path | None = None) -> Path:
    """Copy `database` as of now into its backup folder (or to `out`); returns the copy.

    The copy is written under a hidden name and renamed into place, so an interrupted
    backup never leaves a file that looks like a good one. BackupError on failure.
    """
    source_path = database.expanduser()
    if not source_path.is_file():
        raise BackupError(f"there is no database at {source_path} to back up")
    target = out if out is not None else backup_folder(database) / _name(now)
    partial = target.with_name(f".{target.name}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True, timeout=10)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                # The backup API copies pages as they are, damage included: a copy that
                # fails the check is never kept (it could push good backups out).
                verdict = [row[0] for row in copy.execute("PRAGMA quick_check(5)")]
            finally:
                copy.close()
        finally:
            source.close()
        if verdict != ["ok"]:
            partial.unlink()
            raise BackupError(
                f"the database {source_path} is damaged ({verdict[0]}); no backup was made, "
                "so the good ones are kept"
            )
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BackupError(f"cannot back up {source_path} to {target}: {exc}") from exc
    return target


def thin(database: Path, *, now: datetime) -> list[Path]:
    """Delete the backups the keeping rule no longer needs; returns those deleted."""
    backups = list_backups(database)
    keep = {backup.path for backup in backups[-KEEP_NEWEST:]}
    newest_per: dict[tuple[str, int], Backup] = {}
    for backup in backups:  # oldest first: the last one of each day or week wins
        age = now - backup.made_at
        if age < timedelta(days=KEEP_DAILY):
            newest_per[("day", backup.made_at.toordinal())] = backup
        if age < timedelta(weeks=KEEP_WEEKLY):
            newest_per[("week", backup.made_at.toordinal() // 7)] = backup
    keep |= {backup.path for backup in newest_per.values()}
    deleted = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                deleted.append(backup.path)
    return deleted


def check_backup(path: Path) -> int:
    """The schema version of a backup file that is whole; BackupError when it is not a
    readable interview database, fails SQLite's integrity check, or is from a newer
    release."""
    from interview.storage.migrations import SCHEMA_VERSION

    if not path.is_file():
        raise BackupError(f"{path} is not a file")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            result = [row[0] for row in connection.execute("PRAGMA integrity_check(20)")]
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
    except sqlite3.Error as exc:
        what = "is damaged" if "malformed" in str(exc) else "is not a readable database"
        raise BackupError(f"{path} {what} ({exc})") from exc
    if result != ["ok"]:
        raise BackupError(f"{path} is damaged: {'; '.join(result[:3])}")
    if not {"review", "card", "question"} <= tables:
        raise BackupError(f"{path} is not an interview database")
    if version > SCHEMA_VERSION:
        raise BackupError(
            f"{path} is from a newer release (schema {version}, this one reads up to "
            f"{SCHEMA_VERSION}); upgrade interview to restore it"
        )
    return version


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore did."""

    source: Path
    database: Path
    previous: Path | None
    """Where the database that was replaced went (a backup, or the damaged file moved
    aside); None when there was none."""


def restore(backup: Path, database: Path, *, now: datetime) -> Restored:
    """Replace `database` with `backup`, after checking the backup and saving the
    current database (as a backup, or moved aside when it is too damaged to copy).

    Close the app first: a window left open would keep writing to the old file.
    """
    check_backup(backup)
    database = database.expanduser()
    staged = database.with_name(f".{database.name}.restoring")
    make_backup(backup, now=now, out=staged)  # a consistent copy, then checked again
    try:
        check_backup(staged)
        previous: Path | None = None
        if database.exists():
            try:
                previous = make_backup(database, now=now)
            except BackupError:  # too damaged to copy: moved aside whole, with its log
                previous = database.with_name(f"{database.name}.damaged-{_name(now)}")
                os.replace(database, previous)
                for suffix in ("-wal", "-shm"):
                    with contextlib.suppress(FileNotFoundError):
                        os.replace(f"{database}{suffix}", f"{previous}{suffix}")
        for suffix in ("-wal", "-shm"):  # the old database's log must not replay onto the new
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{database}{suffix}")
        os.replace(staged, database)
    except OSError as exc:
        raise BackupError(f"cannot restore into {database}: {exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            staged.unlink()
    return Restored(backup, database, previous)


def _name(now: datetime) -> str:
    return now.astimezone(UTC).strftime(TIME_FORMAT) + SUFFIX
