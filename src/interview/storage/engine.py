"""The engine: one SQLite file in WAL mode, migrated to the current schema on open."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry

BUSY_TIMEOUT_MS = 10_000
"""How long a writer waits for another process's write to finish before giving up."""


class DatabaseError(Exception):
    """The database cannot be used as it is; the message says what to do."""


def make_engine(path: str | Path) -> Engine:
    """An engine on the SQLite file at `path` (created with its folder if missing).

    Every connection runs in WAL mode with a busy timeout and foreign keys on. Reads never
    block writers. A transaction that reads and then writes must use `write_transaction`
    (BEGIN IMMEDIATE), so that two processes writing at once queue up instead of one
    failing half-way. The schema is not touched: `open_database` migrates.
    """
    target = Path(path).expanduser()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create the folder for the database {target}: {exc}") from exc
    engine = create_engine(f"sqlite:///{target}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _: ConnectionPoolEntry) -> None:
        # Take transaction control from the driver so that BEGIN IMMEDIATE below is ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        # In WAL mode, NORMAL still makes every commit survive a crash or kill of the app
        # (the WAL is written before COMMIT returns); only a power cut or OS crash can
        # lose the last commits. FULL would add an fsync per review.
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA cache_size = -8000")  # 8 MB of pages per connection
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def driver(connection: Connection) -> Any:
    """The sqlite3 connection under a SQLAlchemy one, for plain statements on hot paths."""
    raw = connection.connection.driver_connection
    assert raw is not None
    return raw


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Any]:
    """A pooled sqlite3 connection inside BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error).

    IMMEDIATE takes the write lock up front (waiting up to the busy timeout), so what the
    transaction reads cannot change before it writes. It skips SQLAlchemy's connection and
    event machinery, which on the review path would cost as much as the statements.
    """
    proxy = engine.raw_connection()
    try:
        raw = proxy.driver_connection
        assert raw is not None
        raw.execute("BEGIN IMMEDIATE")
        try:
            yield raw
        except BaseException:
            if raw.in_transaction:  # SQLite has already rolled back after e.g. a full disk
                raw.execute("ROLLBACK")
            raise
        raw.execute("COMMIT")
    finally:
        proxy.close()


def open_database(path: str | Path) -> Engine:
    """An engine on `path` with the schema migrated to the current version.

    DatabaseError, with a message that says what to do, when the path cannot hold a
    database, the file is damaged, the disk is full or read-only, or it stays locked.
    """
    from sqlalchemy.exc import DBAPIError

    from interview.storage.failures import check_database_path, explain
    from interview.storage.migrations import migrate

    target = Path(path).expanduser()
    unusable = check_database_path(target)
    if unusable is not None:
        raise DatabaseError(unusable.message)
    engine = make_engine(target)
    try:
        migrate(engine)
    except (DBAPIError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        failure = explain(exc, target)
        if failure is not None:
            raise DatabaseError(failure.message) from exc
        original = getattr(exc, "orig", None)
        reason = str(original) if original is not None else str(exc)
        raise DatabaseError(f"cannot open the database {target}: {reason}") from exc
    except DatabaseError:
        engine.dispose()
        raise
    return engine
