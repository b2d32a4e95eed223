"""What went wrong with the database or its disk, said in the user's words.

Commands and the app turn a failure from SQLite or the file system into one of these
messages instead of a traceback. Nothing here imports SQLAlchemy: it runs on the error
path of every command, including ones that never opened the database.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class FailureKind(StrEnum):
    """The kinds of failure a user can act on."""

    DAMAGED = "damaged"
    FULL = "full"
    READ_ONLY = "read-only"
    LOCKED = "locked"
    NOT_A_FILE = "not a file"
    UNREACHABLE = "unreachable"
    IO = "io"


@dataclass(frozen=True, slots=True)
class Failure:
    """A failure explained: its kind and the message to show."""

    kind: FailureKind
    message: str


LOW_SPACE_BYTES = 1_000_000
"""Free space under which a vague I/O error is reported as a full disk."""


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception, the driver error SQLAlchemy wraps, and the chain of causes."""
    found: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in found and len(found) < 10:
        found.append(current)
        original = getattr(current, "orig", None)
        if isinstance(original, BaseException) and original not in found:
            found.append(original)
        current = current.__cause__ or current.__context__
    return found


def _free_bytes(path: Path) -> int | None:
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _latest_backup_hint(path: Path) -> str:
    from interview.storage.backups import latest_backup

    backup = latest_backup(path)
    if backup is None:
        return ""
    return f"; or bring back the latest backup ({backup}) with: interview restore {backup}"


def explain(exc: BaseException, path: Path | None) -> Failure | None:
    """What `exc` means for the database at `path`, or None when it is not a database or
    disk failure (a bug, which should show its traceback)."""
    where = f"the database {path}" if path is not None else "the database"
    for cause in _causes(exc):
        if isinstance(cause, sqlite3.Error):
            failure = _from_sqlite(cause, path, where)
            if failure is not None:
                return failure
        elif isinstance(cause, OSError):
            failure = _from_os(cause, path, where)
            if failure is not None:
                return failure
    return None


def _short(exc: BaseException) -> str:
    """The first line of an error, cut short: SQLite quotes whole column values."""
    text = str(exc).split("\n", 1)[0]
    return text if len(text) <= 90 else text[:87] + "..."


def _from_sqlite(exc: sqlite3.Error, path: Path | None, where: str) -> Failure | None:
    text = str(exc).lower()
    if "not a database" in text:
        return Failure(
            FailureKind.DAMAGED,
            f"{where} is not an interview database (not SQLite, or its first page is "
            "damaged): give --db another path"
            f"{_latest_backup_hint(path) if path else ''}",
        )
    if "malformed" in text or "could not decode to utf-8" in text or "file is encrypted" in text:
        salvage = f"interview --db {path} export json --out rescue.json" if path else ""
        return Failure(
            FailureKind.DAMAGED,
            f"{where} is damaged ({_short(exc)}). Save what can still be read with: {salvage}"
            f"{_latest_backup_hint(path) if path else ''}; then start a fresh database "
            "and load the rescue file with 'interview --db NEW.db import-history rescue.json'",
        )
    if "disk is full" in text:
        return _full(where)
    if "readonly" in text or "read-only" in text:
        return Failure(
            FailureKind.READ_ONLY,
            f"{where} cannot be written (read-only file or file system): nothing was changed; "
            "make it writable, or copy it somewhere writable and use --db",
        )
    if "locked" in text or "busy" in text:
        return Failure(
            FailureKind.LOCKED,
            f"{where} is busy: another interview process held its write lock too long; "
            "nothing was changed, try again in a moment",
        )
    if "unable to open" in text or "disk i/o error" in text:
        if path is not None:
            special = _not_a_regular_file(path)
            if special is not None:
                return special
            free = _free_bytes(path)
            if free is not None and free < LOW_SPACE_BYTES:
                return _full(where)
            if not os.access(path.parent if not path.exists() else path, os.W_OK):
                return Failure(
                    FailureKind.READ_ONLY,
                    f"{where} cannot be written (no write permission or a read-only file "
                    "system): nothing was changed; use --db with a writable path",
                )
        return Failure(
            FailureKind.IO,
            f"{where} could not be read or written ({_short(exc)}): check that its disk is there "
            "and has free space, then try again",
        )
    return None


def _from_os(exc: OSError, path: Path | None, where: str) -> Failure | None:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _full(where)
    if exc.errno == errno.EROFS:
        return Failure(
            FailureKind.READ_ONLY,
            f"{exc.filename or where} is on a read-only file system: nothing was changed",
        )
    return None


def _full(where: str) -> Failure:
    return Failure(
        FailureKind.FULL,
        f"the disk holding {where.removeprefix('the database ')} is full: nothing was written "
        "(the change was rolled back); free some space and run it again",
    )


def _not_a_regular_file(path: Path) -> Failure | None:
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    what = "a folder" if stat.S_ISDIR(mode) else "a device or special file"
    return Failure(
        FailureKind.NOT_A_FILE,
        f"{path} is {what}, not a database file; give --db the path of a file "
        "(it is created if missing)",
    )


def check_database_path(path: Path) -> Failure | None:
    """A failure for a `--db` path that can never hold a database, before opening it."""
    return _not_a_regular_file(path)
