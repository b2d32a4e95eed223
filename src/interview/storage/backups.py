"""Backups of the database: consistent copies made with SQLite's online backup API.

A copy of a live WAL database made by copying its file can miss the last commits or
be torn; `sqlite3.Connection.backup` copies pages under a read transaction instead, so
each backup is the database as of one moment. Backups live in a `backups` folder beside
the database, named by the moment they were made (UTC), newest last when sorted.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

SUFFIX = ".db"
TIME_FORMAT = "%Y%m%d-%H%M%S"


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file."""

    path: Path
    made_at: datetime
    """When it was made (UTC), read from its name."""


class BackupError(Exception):
    """A backup or restore could not be made; the message says why. Nothing changed."""


def backup_folder(database: Path) -> Path:
    """Where the backups of `database` are kept: `<folder>/backups/<name>/`."""
    return database.expanduser().parent / "backups" / database.stem


def list_backups(database: Path) -> list[Backup]:
    """The backups of `database`, oldest first."""
    folder = backup_folder(database)
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        if not name.endswith(SUFFIX):
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


def make_backup(database: Path, *, now: datetime, out: Path | None = None) -> Path:
    """Copy `database` as of now into its backup folder (or to `out`); returns the copy.

    The copy is written beside its final name and renamed into place, so an interrupted
    backup never leaves a file that looks like a good one.
    """
    target = out if out is not None else backup_folder(database) / _name(now)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    source = sqlite3.connect(f"file:{database.expanduser()}?mode=ro", uri=True, timeout=10)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BackupError(f"cannot back up {database} to {target}: {exc}") from exc
    finally:
        source.close()
    return target


def _name(now: datetime) -> str:
    return now.astimezone(UTC).strftime(TIME_FORMAT) + SUFFIX
