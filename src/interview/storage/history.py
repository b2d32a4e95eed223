"""The study history as one JSON document: export, and import into an empty database."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, overload

from sqlalchemy import Connection, Engine

from interview import __version__
from interview.core.scheduling import CardState, CardStatus, Grade
from interview.storage.engine import driver, write_transaction
from interview.storage.study import from_db, to_db

FORMAT = "interview-history"
"""The `format` field every history file carries."""

VERSION = 2
"""The history format version this release writes. Version 1 files (cards, reviews,
stars and notes only) still import."""

READABLE = (1, 2)
"""The versions this release can import."""


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


def _card_entry(row: Mapping[str, Any]) -> dict[str, Any]:
    return {"question_id": row["question_id"], **_card_json(row), "last_grade": row["last_grade"]}


def _review_entry(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
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
        "notes": row.get("notes") or "",
        "code": row.get("code"),
        "tests_passed": row.get("tests_passed"),
        "tests_total": row.get("tests_total"),
        "rubric_suggested": (
            json.loads(row["rubric_suggested"]) if row.get("rubric_suggested") else None
        ),
    }


_MOCK_TIMES = ("started_at", "updated_at", "finished_at")


def _mock_entry(row: Mapping[str, Any]) -> dict[str, Any]:
    entry = {key: row[key] for key in _MOCK_COLUMNS if key != "state"}
    for key in _MOCK_TIMES:
        entry[key] = from_db(row[key]).isoformat() if row[key] else None
    entry["state"] = json.loads(row["state"])
    return entry


_MOCK_COLUMNS = (
    "id",
    "template_key",
    "template_name",
    "status",
    "started_at",
    "updated_at",
    "finished_at",
    "total_s",
    "used_s",
    "questions",
    "band",
    "mean_band",
    "coverage",
    "state",
)
"""The mock table's columns, in the order they are written back."""


def _code_entry(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "question_id": row["question_id"],
        "code": row["code"],
        "saved_at": from_db(row["saved_at"]).isoformat(),
    }


def _user_entry(row: Mapping[str, Any]) -> dict[str, Any]:
    buried = row.get("buried_until")
    return {
        "question_id": row["question_id"],
        "starred": bool(row["starred"]),
        "note": row["note"],
        "suspended": bool(row.get("suspended", False)),
        "buried_until": from_db(buried).isoformat() if buried else None,
    }


_TABLES: tuple[tuple[str, str, str, Callable[[Mapping[str, Any]], dict[str, Any]]], ...] = (
    ("cards", "card", "question_id", _card_entry),
    ("reviews", "review", "id", _review_entry),
    ("user", "question_user", "question_id", _user_entry),
    ("mocks", "mock", "id", _mock_entry),
    ("code", "question_code", "question_id", _code_entry),
)
"""The document's lists: key, table, its primary key, and how a row becomes an entry."""


def _document(
    now: datetime,
    lists: Mapping[str, list[dict[str, Any]]],
    settings: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": now.isoformat(),
        "settings": {"study": dict(settings or {})},
        **lists,
    }


def export_history(
    *, connection: Connection, now: datetime, settings: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Everything the user made, as one JSON-ready document: cards, reviews (with the
    typed answer, ticks and code), stars, notes, suspended and buried questions, mocks
    with their state and scorecard, the last code per question, and `settings` (the
    study settings that shape scheduling)."""
    cursor = driver(connection)
    cursor.row_factory = _dict_row
    try:
        lists = {
            key: [entry(row) for row in cursor.execute(f"SELECT * FROM {table} ORDER BY {order}")]
            for key, table, order, entry in _TABLES
        }
    finally:
        cursor.row_factory = None
    return _document(now, lists, settings)


@dataclass(frozen=True, slots=True)
class Salvage:
    """What reading a damaged database around its damage gave, per list."""

    read: dict[str, int]
    lost: dict[str, int]
    """Rows that could not be read or made sense of (a lower bound: rows on a lost
    page that left no trace cannot be counted)."""
    unreadable_tables: tuple[str, ...] = ()
    rebuilt_cards: int = 0
    """Cards lost with their page but rebuilt from the newest review of their question."""

    def summary(self) -> str:
        """One line for the user."""
        text = (
            f"{len_or(self.read, 'cards') + self.rebuilt_cards} cards"
            f"{f' ({self.rebuilt_cards} rebuilt from their reviews)' if self.rebuilt_cards else ''}"
            f", {len_or(self.read, 'reviews')} reviews, {len_or(self.read, 'user')} stars and notes"
            f"; about {sum(self.lost.values())} rows lost"
        )
        if self.unreadable_tables:
            text += f"; unreadable: {', '.join(self.unreadable_tables)}"
        return text


def len_or(counts: Mapping[str, int], key: str) -> int:
    """A count, 0 when missing."""
    return counts.get(key, 0)


SALVAGE_PROBES = 1_000
"""Probes past damaged spots before the rest of a table is given up (jumps double)."""


def salvage_history(path: Path, *, now: datetime) -> tuple[dict[str, Any], Salvage]:
    """The history document of a damaged database: every row that can still be read.

    Opens the file read-only with SQLite alone (no migration, no write). Reviews are
    walked in id order, stepping over the pages that fail to read; cards, stars and notes
    are looked up one question at a time (ids from the question table and the reviews),
    so a damaged page costs only the rows on it. Text that is not UTF-8 is kept with
    replacement characters; a row that makes no sense is counted as lost.
    """
    import sqlite3

    lists: dict[str, list[dict[str, Any]]] = {key: [] for key, *_ in _TABLES}
    read: dict[str, int] = {}
    lost: dict[str, int] = {}
    unreadable: list[str] = []
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
    connection.text_factory = lambda data: data.decode("utf-8", "replace")
    try:
        reviews, reviews_lost, reviews_ok = _salvage_by_id(connection, "review")
        reviewed = {str(row["question_id"]) for row in reviews}
        ids = sorted(_question_ids(connection) | reviewed)
        for key, table, order, entry in _TABLES:
            if table == "review":
                rows, missing, ok = reviews, reviews_lost, reviews_ok
            elif order == "id":
                rows, missing, ok = _salvage_by_id(connection, table)
            else:
                rows, failed, ok = _salvage_by_question(connection, table, ids)
                # a reviewed question always has a card; other failed lookups may be empty
                missing = len(failed & reviewed) if table == "card" else 0
            if not ok:
                unreadable.append(table)
            for row in rows:
                try:
                    lists[key].append(entry(row))
                except (KeyError, TypeError, ValueError):
                    missing += 1
            read[key] = len(lists[key])
            lost[key] = missing
    finally:
        connection.close()
    rebuilt = _rebuild_cards(lists)
    lost["cards"] = max(0, lost["cards"] - rebuilt)
    return _document(now, lists), Salvage(read, lost, tuple(unreadable), rebuilt)


def _rebuild_cards(lists: dict[str, list[dict[str, Any]]]) -> int:
    """Give each reviewed question whose card was lost the card its newest review left
    (a review stores the card state after it); returns how many were rebuilt."""
    have = {card["question_id"] for card in lists["cards"]}
    newest: dict[str, dict[str, Any]] = {}
    for review in lists["reviews"]:  # in id order: the last one wins
        newest[review["question_id"]] = review
    rebuilt = [
        {
            "question_id": question_id,
            **review["card_after"],
            "last_review": review["reviewed_at"],
            "last_grade": review["grade"],
        }
        for question_id, review in newest.items()
        if question_id not in have
    ]
    lists["cards"].extend(rebuilt)
    lists["cards"].sort(key=lambda card: str(card["question_id"]))
    return len(rebuilt)


def _columns(connection: Any, table: str) -> list[str]:
    import sqlite3

    try:
        return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
    except sqlite3.DatabaseError:
        return []


def _question_ids(connection: Any) -> set[str]:
    """The question ids that can be read from the question table (by its index first)."""
    import sqlite3

    found: set[str] = set()
    for query in ("SELECT id FROM question INDEXED BY ix_question_sync", "SELECT id FROM question"):
        try:
            for (question_id,) in connection.execute(query):
                found.add(str(question_id))
        except sqlite3.DatabaseError:
            continue
    return found


def _salvage_by_question(
    connection: Any, table: str, ids: list[str]
) -> tuple[list[dict[str, Any]], set[str], bool]:
    """The rows of a table keyed by question id, looked up one id at a time when the
    table does not read whole; with the ids whose lookup failed."""
    import sqlite3

    columns = _columns(connection, table)
    if not columns:
        return [], set(ids), False
    rows: list[dict[str, Any]] = []
    failed: set[str] = set()
    try:  # the whole table at once when it reads cleanly
        for values in connection.execute(f"SELECT * FROM {table} ORDER BY question_id"):
            rows.append(dict(zip(columns, values, strict=False)))
        return rows, failed, True
    except sqlite3.DatabaseError:
        rows = []
    for question_id in ids:
        try:
            values = connection.execute(
                f"SELECT * FROM {table} WHERE question_id = ?", (question_id,)
            ).fetchone()
        except sqlite3.DatabaseError:
            failed.add(question_id)
            continue
        if values is not None:
            rows.append(dict(zip(columns, values, strict=False)))
    return rows, failed, True


def _salvage_by_id(connection: Any, table: str) -> tuple[list[dict[str, Any]], int, bool]:
    """The readable rows of a table with an integer key, the rows known lost, and
    whether it could be read at all."""
    import sqlite3

    columns = _columns(connection, table)
    if not columns:
        return [], 0, False
    rows: list[dict[str, Any]] = []
    lost = 0
    floor = -(2**63)  # the next id to read from
    gap: int | None = None  # the first id not read when the last failure happened
    jump = 1
    probes = 0
    while True:
        progressed = False
        try:
            for values in connection.execute(
                f"SELECT * FROM {table} WHERE id >= ? ORDER BY id", (floor,)
            ):
                if gap is not None:  # back on readable pages after a gap
                    lost += max(0, values[0] - gap)
                    gap = None
                rows.append(dict(zip(columns, values, strict=False)))
                floor = values[0] + 1
                progressed = True
            return rows, lost, True
        except sqlite3.DatabaseError:
            pass
        if progressed or gap is None:
            gap, jump = floor, 1
        else:
            jump *= 2  # the row the probe found sat on the damaged page itself
        # Probe ever further ahead for the next row that can be read. (A probe may
        # return an id from an interior page whose leaf is the damaged one; the read
        # above then fails without progress, and the jump grows.)
        while True:
            probes += 1
            if probes > SALVAGE_PROBES:
                return rows, lost + 1, True
            try:
                found = connection.execute(
                    f"SELECT id FROM {table} WHERE id >= ? ORDER BY id LIMIT 1",
                    (max(gap, 0) + jump,),
                ).fetchone()
            except sqlite3.DatabaseError:
                jump *= 2
                continue
            if found is None:
                return rows, lost + 1, True
            floor = found[0]
            break


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
    duplicate_reviews: int = 0
    """Reviews that appeared more than once in the file, imported once."""
    mocks: int = 0
    code: int = 0
    """Questions whose last code was restored."""
    skipped_reviews: int = 0
    """With --merge: reviews the database already had (same question and time)."""


def parse_history(text: str) -> dict[str, Any]:
    """The history document in `text`, checked; HistoryError says what is wrong."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise HistoryError(
            f"not a complete JSON document (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "the file may be truncated: export it again"
        ) from exc
    except RecursionError as exc:
        raise HistoryError(
            "the JSON is nested thousands of levels deep; no history file is: "
            "this is not one of ours"
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise HistoryError("not an interview history file (its 'format' is not interview-history)")
    version = document.get("version")
    if version not in READABLE:
        newer = isinstance(version, int) and version > VERSION
        hint = "upgrade interview to import it" if newer else "it is from an unknown version"
        raise HistoryError(
            f"history format version {version!r}, this release reads "
            f"{' and '.join(map(str, READABLE))}: {hint}"
        )
    for key in ("cards", "reviews", "user"):
        if not isinstance(document.get(key), list):
            raise HistoryError(f"the history file has no '{key}' list")
    for key in ("mocks", "code"):  # version 2
        if not isinstance(document.get(key, []), list):
            raise HistoryError(f"the history file's '{key}' is not a list")
    return document


def import_history(
    *, engine: Engine, document: Mapping[str, Any], merge: bool = False
) -> ImportReport:
    """Write an exported history into a database that has none, in one transaction.

    Refuses (HistoryError, nothing written) when the database already holds reviews or
    cards (unless `merge`, see `_merge`), or when any entry is malformed.
    """
    cards = _unique(
        _entries(document, "cards", _card_row), "card", key=lambda row: row[0], describe=str
    )
    reviews_given = _entries(document, "reviews", _review_row)
    # the same review given twice (a file merged by hand, say) is imported once
    reviews = list(dict.fromkeys(reviews_given))
    duplicates = len(reviews_given) - len(reviews)
    _unique(
        [row for row in reviews if row[-1] is not None],
        "review",
        key=lambda row: row[-1],
        describe=lambda review_id: f"id {review_id}",
    )
    mocks = _unique(
        _entries(document, "mocks", _mock_row) if "mocks" in document else [],
        "mock",
        key=lambda row: row[0],
        describe=lambda mock_id: f"id {mock_id}",
    )
    code = _unique(
        _entries(document, "code", _code_row) if "code" in document else [],
        "last code",
        key=lambda row: row[0],
        describe=str,
    )
    user = _unique(
        _entries(document, "user", _user_row), "star/note", key=lambda row: row[0], describe=str
    )
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
        if existing and merge:
            return _merge(cursor, cards, reviews, user, mocks, code, duplicates)
        if existing:
            raise HistoryError(
                "this database already has study history; import into a new one "
                "(interview --db NEW.db import-history FILE), or add --merge to merge them"
            )
        cursor.executemany(
            "INSERT INTO card (question_id, status, step, stability, difficulty, due,"
            " last_review, reps, lapses, last_grade) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            cards,
        )
        cursor.executemany(_REVIEW_INSERT, reviews)
        cursor.executemany(
            f"INSERT INTO mock ({', '.join(_MOCK_COLUMNS)})"
            f" VALUES ({', '.join('?' * len(_MOCK_COLUMNS))})",
            mocks,
        )
        cursor.executemany(
            "INSERT INTO question_code (question_id, code, saved_at) VALUES (?, ?, ?)", code
        )
        _derive_review_figures(cursor)
        cursor.executemany(
            "INSERT OR REPLACE INTO question_user (question_id, starred, note, suspended,"
            " buried_until) VALUES (?, ?, ?, ?, ?)",
            user,
        )
        ids = {row[0] for row in cards} | {row[0] for row in reviews}
        known = {row[0] for row in cursor.execute("SELECT id FROM question")}
    return ImportReport(
        len(cards), len(reviews), len(user), len(ids - known), duplicates, len(mocks), len(code)
    )


_REVIEW_INSERT = (
    "INSERT INTO review (question_id, reviewed_at, grade, suggested_grade, rubric_total,"
    " rubric_covered, hints_used, duration_ms, content_hash, source, card_before,"
    " status, step, stability, difficulty, due, reps, lapses, notes, code,"
    " tests_passed, tests_total, rubric_suggested, id)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _merge(
    cursor: Any,
    cards: list[tuple[Any, ...]],
    reviews: list[tuple[Any, ...]],
    user: list[tuple[Any, ...]],
    mocks: list[tuple[Any, ...]],
    code: list[tuple[Any, ...]],
    duplicates: int,
) -> ImportReport:
    """Add a history to a database that has one (inside the caller's transaction).

    A review is the same one when it has the same question and time (ids differ between
    databases): those already here are skipped, the others get new ids. Each question
    keeps the card left by its newest review, from either side. Stars and suspensions
    from either side hold; a note, burial or saved code is taken when newer or missing.
    Mocks already here (same template and start) are skipped; the others get new ids,
    their reviews pointed at the reviews' new ids.
    """
    here = {
        (question_id, reviewed_at): review_id
        for review_id, question_id, reviewed_at in cursor.execute(
            "SELECT id, question_id, reviewed_at FROM review"
        )
    }
    new_ids: dict[int, int] = {}
    added = 0
    for row in reviews:
        key = (row[0], row[1])
        old_id = row[-1]
        if key in here:
            if old_id is not None:
                new_ids[old_id] = here[key]
            continue
        review_id = cursor.execute(_REVIEW_INSERT, (*row[:-1], None)).lastrowid
        here[key] = review_id
        if old_id is not None:
            new_ids[old_id] = review_id
        added += 1
    cards_taken = 0
    for row in cards:  # (question_id, status, step, stability, difficulty, due, last_review, ...)
        mine = cursor.execute(
            "SELECT last_review FROM card WHERE question_id = ?", (row[0],)
        ).fetchone()
        if mine is None or (row[6] or "") > (mine[0] or ""):
            cursor.execute(
                "INSERT OR REPLACE INTO card (question_id, status, step, stability,"
                " difficulty, due, last_review, reps, lapses, last_grade)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
            cards_taken += 1
    for question_id, starred, note, suspended, buried in user:
        cursor.execute(
            "INSERT INTO question_user (question_id, starred, note, suspended, buried_until)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (question_id) DO UPDATE SET"
            " starred = starred OR excluded.starred,"
            " note = CASE WHEN note = '' THEN excluded.note ELSE note END,"
            " suspended = suspended OR excluded.suspended,"
            " buried_until = max(coalesce(buried_until, ''), coalesce(excluded.buried_until, ''))",
            (question_id, starred, note, suspended, buried),
        )
    cursor.execute("UPDATE question_user SET buried_until = NULL WHERE buried_until = ''")
    started = {
        (key, started_at)
        for key, started_at in cursor.execute("SELECT template_key, started_at FROM mock")
    }
    mocks_added = 0
    for row in mocks:
        if (row[1], row[4]) in started:
            continue
        state = json.loads(row[-1])
        for item in state.get("items", []) if isinstance(state, dict) else []:
            if isinstance(item, dict) and item.get("review_id") in new_ids:
                item["review_id"] = new_ids[item["review_id"]]
        cursor.execute(
            f"INSERT INTO mock ({', '.join(_MOCK_COLUMNS)})"
            f" VALUES ({', '.join('?' * len(_MOCK_COLUMNS))})",
            (None, *row[1:-1], json.dumps(state)),
        )
        mocks_added += 1
    for question_id, text, saved_at in code:
        cursor.execute(
            "INSERT INTO question_code (question_id, code, saved_at) VALUES (?, ?, ?)"
            " ON CONFLICT (question_id) DO UPDATE SET code = excluded.code,"
            " saved_at = excluded.saved_at WHERE excluded.saved_at > saved_at",
            (question_id, text, saved_at),
        )
    _derive_review_figures(cursor)
    known = {row[0] for row in cursor.execute("SELECT id FROM question")}
    ids = {row[0] for row in cards} | {row[0] for row in reviews}
    return ImportReport(
        cards_taken,
        added,
        len(user),
        len(ids - known),
        duplicates,
        mocks_added,
        len(code),
        skipped_reviews=len(reviews) - added,
    )


def _derive_review_figures(cursor: Any) -> None:
    """The per-review figures weak areas use, derived as migration 5 does."""
    cursor.execute(
        "UPDATE review SET covered_count = json_array_length(rubric_covered),"
        " budget_ms = coalesce((SELECT 1000 * q.time_budget FROM question q"
        " WHERE q.id = review.question_id), 0)"
    )


MAX_INT = 2**53
"""Counts and durations above this are damage, not data (SQLite stops at 2**63)."""
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(9000, 1, 1, tzinfo=UTC)
"""Times outside these are damage: FSRS never schedules more than a century ahead."""


def _entries(
    document: Mapping[str, Any], key: str, convert: Callable[[Any], tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """Each entry of a list converted to a row; HistoryError names the first bad one."""
    rows = []
    for number, entry in enumerate(document[key], start=1):
        try:
            if not isinstance(entry, dict):
                raise TypeError("not an object")
            rows.append(convert(entry))
        except (KeyError, TypeError, ValueError, OverflowError, ArithmeticError) as exc:
            reason = f"missing '{exc.args[0]}'" if isinstance(exc, KeyError) else str(exc)
            raise HistoryError(f"entry {number} of '{key}' is malformed: {reason}") from exc
    return rows


def _unique(
    rows: list[tuple[Any, ...]],
    what: str,
    *,
    key: Callable[[tuple[Any, ...]], Any],
    describe: Callable[[Any], str],
) -> list[tuple[Any, ...]]:
    """Rows with one per key: exact repeats are dropped, conflicting ones refused."""
    seen: dict[Any, tuple[Any, ...]] = {}
    for row in rows:
        first = seen.setdefault(key(row), row)
        if first != row:
            raise HistoryError(
                f"the {what} of '{describe(key(row))}' appears twice with different values; "
                "the file is damaged or was merged by hand: keep one of them"
            )
    return list(seen.values())


@overload
def _count(
    entry: Mapping[str, Any],
    key: str,
    default: int = 0,
    *,
    none: Literal[False] = False,
    low: int = 0,
) -> int: ...
@overload
def _count(
    entry: Mapping[str, Any], key: str, default: int = 0, *, none: Literal[True], low: int = 0
) -> int | None: ...
def _count(
    entry: Mapping[str, Any], key: str, default: int = 0, *, none: bool = False, low: int = 0
) -> int | None:
    value = entry.get(key, None if none else default)
    if value is None and none:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= MAX_INT:
        raise ValueError(f"'{key}' must be a whole number from {low} to {MAX_INT}, not {value!r}")
    return value


def _moment(text: Any, what: str) -> str:
    """A time from the file as stored, checked to lie in a plausible range."""
    if not isinstance(text, str):
        raise ValueError(f"{what} must be an ISO date and time, not {text!r}")
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"{what} {text!r} must carry its time zone")
    try:
        moment = moment.astimezone(UTC)
    except OverflowError:  # year 1 or 9999 shifted past the calendar's ends
        moment = EARLIEST - timedelta(days=1)
    if not EARLIEST <= moment <= LATEST:
        raise ValueError(f"{what} {text!r} is outside 1970-9000")
    return to_db(moment)


def _card(data: Any, what: str) -> CardState:
    if not isinstance(data, dict):
        raise TypeError(f"{what} must be an object")
    card = CardState.from_dict(data)
    for moment in (card.due, card.last_review):
        if moment is not None and not EARLIEST <= moment <= LATEST:
            raise ValueError(f"{what} has a date outside 1970-9000")
    for number in (card.stability, card.difficulty):
        if number is not None and not math.isfinite(number):
            raise ValueError(f"{what} has a stability or difficulty that is not a number")
    for count in (card.reps, card.lapses, card.step or 0):
        if not 0 <= count <= MAX_INT:
            raise ValueError(f"{what} has a count out of range")
    return card


def _user_row(entry: Mapping[str, Any]) -> tuple[Any, ...]:
    note = entry.get("note", "")
    if not isinstance(note, str):
        raise TypeError("'note' must be text")
    buried = entry.get("buried_until")
    return (
        str(entry["question_id"]),
        bool(entry["starred"]),
        note,
        bool(entry.get("suspended", False)),
        _moment(buried, "buried_until") if buried is not None else None,
    )


def _card_row(entry: Mapping[str, Any]) -> tuple[Any, ...]:
    card = _card(entry, "the card")
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
    after = _card(entry["card_after"], "card_after")
    before = entry.get("card_before")
    if before is not None:
        _card(before, "card_before")  # validate
    suggested = entry.get("suggested_grade")
    covered = entry.get("rubric_covered", [])
    if not _point_list(covered):
        raise ValueError("rubric_covered must be a list of point numbers")
    auto = entry.get("rubric_suggested")
    if auto is not None and not _point_list(auto):
        raise ValueError("rubric_suggested must be a list of point numbers or null")
    return (
        str(entry["question_id"]),
        _moment(entry["reviewed_at"], "reviewed_at"),
        Grade(entry["grade"]).value,
        Grade(suggested).value if suggested is not None else None,
        _count(entry, "rubric_total"),
        json.dumps(covered),
        _count(entry, "hints_used"),
        _count(entry, "duration_ms"),
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
        _text(entry, "notes") or None,
        _text(entry, "code", none=True),
        _count(entry, "tests_passed", none=True),
        _count(entry, "tests_total", none=True),
        json.dumps(auto) if auto is not None else None,
        _count(entry, "id", none=True, low=1),  # last: the merge replaces it
    )


def _point_list(value: object) -> bool:
    return isinstance(value, list) and all(
        isinstance(i, int) and not isinstance(i, bool) and 0 <= i < 10_000 for i in value
    )


MAX_TEXT = 1_000_000
"""A typed answer, a note or code longer than this is damage."""


def _text(entry: Mapping[str, Any], key: str, *, none: bool = False) -> str | None:
    value = entry.get(key)
    if value is None:
        return None if none else ""
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise ValueError(f"'{key}' must be text of at most {MAX_TEXT} characters")
    return value


def _mock_row(entry: Mapping[str, Any]) -> tuple[Any, ...]:
    from interview.core.mock import Status

    state = entry["state"]
    if not isinstance(state, dict):
        raise ValueError("'state' must be an object")
    times = {
        key: _moment(entry[key], key) if entry.get(key) is not None else None for key in _MOCK_TIMES
    }
    if times["started_at"] is None or times["updated_at"] is None:
        raise ValueError("a mock needs 'started_at' and 'updated_at'")
    for key in ("used_s", "mean_band", "coverage"):
        value = entry.get(key)
        if value is not None and (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or not 0 <= value <= MAX_INT
        ):
            raise ValueError(f"'{key}' must be a number from 0")
    return (
        _count(entry, "id", low=1),
        _text(entry, "template_key"),
        _text(entry, "template_name"),
        Status(entry["status"]).value,
        times["started_at"],
        times["updated_at"],
        times["finished_at"],
        _count(entry, "total_s"),
        float(entry.get("used_s") or 0),
        _count(entry, "questions"),
        _count(entry, "band", none=True),
        entry.get("mean_band"),
        entry.get("coverage"),
        json.dumps(state),
    )


def _code_row(entry: Mapping[str, Any]) -> tuple[Any, ...]:
    return (
        str(entry["question_id"]),
        _text(entry, "code"),
        _moment(entry["saved_at"], "saved_at"),
    )
