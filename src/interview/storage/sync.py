"""Bank folders -> database, incrementally, keeping every question's history.

Rules:
- A file whose size and mtime match the last sync is not read. A file whose bytes hash
  to the last sync's hash is not parsed.
- Identity is the question id. An edited file updates its question; a file renamed or
  moved (even to another bank) that keeps its id keeps its question and its history.
- A question whose file is gone is retired, never deleted; a file that brings its id
  back restores it. A bank folder that is missing retires nothing.
- A file with errors does not load; if an earlier version of it loaded, that version
  stays as it was. Two files with one id: the file that held the id keeps it (else the
  first by path), the other gets an error naming both.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine, bindparam
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from interview.core.bank import BankFile, bank_root, read_files, scan_banks
from interview.core.questions import Problem, Question, Severity
from interview.storage.engine import driver
from interview.storage.repository import question_table, question_values, replace_tags
from interview.storage.tables import BankFileRow

file_table = BankFileRow.__table__  # type: ignore[attr-defined]


@dataclass(slots=True)
class SyncReport:
    """What a sync did, by question id, and every problem it met."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    renamed: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    unchanged: int = 0
    files: int = 0
    """Question files seen in the banks."""
    parsed: int = 0
    """Files that had to be parsed (new or changed content)."""
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> int:
        """How many problems are errors."""
        return sum(p.severity is Severity.ERROR for p in self.problems)

    @property
    def warnings(self) -> int:
        """How many problems are warnings."""
        return sum(p.severity is Severity.WARNING for p in self.problems)

    def summary(self) -> str:
        """One line: added / updated / renamed / retired / restored / unchanged / errors."""
        return (
            f"added {len(self.added)}, updated {len(self.updated)}, "
            f"renamed {len(self.renamed)}, retired {len(self.retired)}, "
            f"restored {len(self.restored)}, unchanged {self.unchanged}, "
            f"errors {self.errors}, warnings {self.warnings}"
        )


class _KnownFile(NamedTuple):
    size: int
    mtime_ns: int
    file_hash: str
    question_id: str | None
    problems: str


class _KnownQuestion(NamedTuple):
    path: str
    bank: str
    content_hash: str
    retired: bool


@dataclass(slots=True)
class _Claim:
    """A file that says it holds a question id."""

    file: BankFile
    question_id: str
    question: Question | None
    """New content to store; None when the stored content is still right."""


def _utc(now: datetime) -> datetime:
    if now.tzinfo is None:
        raise ValueError("sync needs an aware datetime (UTC), not a naive one")
    return now.astimezone(UTC)


def sync_banks(
    *,
    engine: Engine,
    folders: Iterable[str | Path],
    now: datetime,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> SyncReport:
    """Bring the database in line with the question files under `folders`.

    Only questions of these banks can be retired. Runs in one transaction: a sync that
    fails half-way leaves the database as it was. `progress(done, total)` is called as
    files that need reading are read (total is 0 when none do).
    """
    stamp = _utc(now)
    roots = list(dict.fromkeys(bank_root(folder) for folder in folders))
    scan = scan_banks(roots)
    active = [root for root in roots if os.path.isdir(root)]
    report = SyncReport(problems=list(scan.problems), files=len(scan.files))

    with engine.connect() as connection:
        known_files = _known_files(connection, active)
        known_questions = _known_questions(connection)

    to_read: list[BankFile] = []
    hashes: dict[str, str] = {}
    claims: list[_Claim] = []
    kept: dict[str, BankFile] = {}  # ids whose file is as the last sync left it
    file_rows: list[dict[str, Any]] = []
    for file in scan.files:
        known = known_files.get(file.path)
        if known is None:
            to_read.append(file)
            continue
        question_id = known.question_id
        owner = known_questions.get(question_id) if question_id is not None else None
        holds_its_id = owner is not None and owner.path == file.path
        untouched = known.size == file.size and known.mtime_ns == file.mtime_ns
        if untouched and (question_id is None or holds_its_id):
            if known.problems != "[]":
                _stored_problems(report, known)
            if question_id is not None:
                kept[question_id] = file
            continue
        if holds_its_id:
            hashes[file.path] = known.file_hash  # touched but maybe not edited
        to_read.append(file)

    total = len(to_read)
    if progress is not None:
        progress(0, total)
    report_read = None if progress is None else (lambda done: progress(done, total))
    for result in read_files(to_read, known_hashes=hashes, workers=workers, progress=report_read):
        file = result.file
        known = known_files.get(file.path)
        if result.result is None:  # same bytes as last time
            assert known is not None
            _stored_problems(report, known)
            if known.question_id is not None:
                kept[known.question_id] = file
            problems_json = known.problems
            question_id = known.question_id
        else:
            report.parsed += 1
            parsed = result.result
            report.problems.extend(parsed.problems)
            problems_json = json.dumps([p.to_dict() for p in parsed.problems])
            if parsed.question is not None:
                question_id = parsed.question.id
                claims.append(_Claim(file, question_id, parsed.question))
            elif known is not None and known.question_id is not None:
                # An edit broke the file: the version that loaded before stays.
                question_id = known.question_id
                claims.append(_Claim(file, question_id, None))
            else:
                question_id = None
        file_rows.append(
            {
                "path": file.path,
                "bank": file.bank,
                "size": file.size,
                "mtime_ns": file.mtime_ns,
                "file_hash": result.file_hash,
                "question_id": question_id,
                "problems": problems_json,
            }
        )

    plan = _plan(claims, kept, known_questions, active, report)
    seen_paths = {file.path for file in scan.files}
    gone_files = [path for path in known_files if path not in seen_paths]

    if file_rows or gone_files or plan.has_writes:
        with engine.begin() as connection:
            _write(connection, plan, file_rows, gone_files, stamp)
    return report


def _stored_problems(report: SyncReport, known: _KnownFile) -> None:
    if known.problems != "[]":
        report.problems.extend(Problem.from_dict(p) for p in json.loads(known.problems))


def _raw_rows(connection: Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    # Plain DB-API: these two reads run on every start, and SQLAlchemy's row processing
    # would triple their cost for 10,000 files.
    cursor = driver(connection).execute(sql, params)
    return list(cursor.fetchall())


def _known_files(connection: Connection, roots: Sequence[str]) -> dict[str, _KnownFile]:
    if not roots:
        return {}
    marks = ", ".join("?" * len(roots))
    rows = _raw_rows(
        connection,
        "SELECT path, size, mtime_ns, file_hash, question_id, problems FROM bank_file"
        f" WHERE bank IN ({marks})",
        roots,
    )
    return {row[0]: _KnownFile(*row[1:]) for row in rows}


def _known_questions(connection: Connection) -> dict[str, _KnownQuestion]:
    rows = _raw_rows(connection, "SELECT id, path, bank, content_hash, retired FROM question")
    return {row[0]: _KnownQuestion(row[1], row[2], row[3], bool(row[4])) for row in rows}


@dataclass(slots=True)
class _Plan:
    """The writes a sync decided on."""

    upserts: list[tuple[Question, str]] = field(default_factory=list)
    """(new content, bank) to insert or overwrite."""
    moves: list[dict[str, Any]] = field(default_factory=list)
    """Questions whose file moved (or came back) with unchanged content."""
    retire: list[str] = field(default_factory=list)

    @property
    def has_writes(self) -> bool:
        return bool(self.upserts or self.moves or self.retire)


def _plan(
    claims: list[_Claim],
    kept: dict[str, BankFile],
    known: dict[str, _KnownQuestion],
    active: Sequence[str],
    report: SyncReport,
) -> _Plan:
    plan = _Plan()
    by_id: dict[str, list[_Claim]] = {}
    for claim in claims:
        by_id.setdefault(claim.question_id, []).append(claim)
    for question_id, claimants in by_id.items():
        if question_id in kept:  # an untouched holder meets a newcomer with its id
            claimants.append(_Claim(kept[question_id], question_id, None))
        claimants.sort(key=lambda c: c.file.path)
    report.unchanged += sum(1 for question_id in kept if question_id not in by_id)
    active_set = set(active)

    for question_id, claimants in by_id.items():
        existing = known.get(question_id)
        owner = _owner(claimants, existing, active_set)
        holder = owner.file.path if owner is not None else existing.path if existing else ""
        for claim in claimants:
            if claim is not owner:
                line = claim.question.section_lines.get("id", 1) if claim.question else 1
                report.problems.append(
                    Problem(
                        claim.file.path,
                        line,
                        Severity.ERROR,
                        f"duplicate id '{question_id}', also used by {holder}",
                        "give one of the two files another 'id:'",
                    )
                )
        if owner is None:
            continue
        _plan_owner(plan, owner, existing, report)

    for question_id, state in known.items():
        if state.retired or question_id in by_id or question_id in kept:
            continue
        if state.bank not in active_set:
            continue
        plan.retire.append(question_id)
        report.retired.append(question_id)
    return plan


def _owner(
    claimants: list[_Claim], existing: _KnownQuestion | None, active: set[str]
) -> _Claim | None:
    """Which claimant holds the id; None when a file outside this sync still does."""
    if existing is not None:
        for claim in claimants:
            if claim.file.path == existing.path:
                return claim
        held_elsewhere = (
            not existing.retired and existing.bank not in active and os.path.exists(existing.path)
        )
        if held_elsewhere:
            return None
    return claimants[0]


def _plan_owner(
    plan: _Plan, claim: _Claim, existing: _KnownQuestion | None, report: SyncReport
) -> None:
    question, file = claim.question, claim.file
    if existing is None:
        if question is None:  # cannot happen: an unknown id always comes from a parse
            return
        plan.upserts.append((question, file.bank))
        report.added.append(claim.question_id)
        return
    moved = existing.path != file.path
    changed = question is not None and question.content_hash != existing.content_hash
    if existing.retired:
        report.restored.append(claim.question_id)
    elif moved:
        report.renamed.append(claim.question_id)
    elif changed:
        report.updated.append(claim.question_id)
    else:
        report.unchanged += 1
    if question is not None and (changed or moved or existing.retired):
        plan.upserts.append((question, file.bank))
    elif moved or existing.retired:
        plan.moves.append({"_id": claim.question_id, "path": file.path, "bank": file.bank})


def _write(
    connection: Connection,
    plan: _Plan,
    file_rows: list[dict[str, Any]],
    gone_files: list[str],
    now: datetime,
) -> None:
    if plan.upserts:
        rows = [question_values(q, bank=bank, now=now) for q, bank in plan.upserts]
        insert = sqlite_insert(question_table)
        keep = {"id", "added_at"}
        update = {c.name: insert.excluded[c.name] for c in question_table.c if c.name not in keep}
        connection.execute(insert.on_conflict_do_update(index_elements=["id"], set_=update), rows)
        replace_tags(connection=connection, questions=[q for q, _ in plan.upserts])
    if plan.moves:
        move = (
            question_table.update()
            .where(question_table.c.id == bindparam("_id"))
            .values(
                path=bindparam("path"),
                bank=bindparam("bank"),
                retired=False,
                retired_at=None,
                updated_at=now,
            )
        )
        connection.execute(move, plan.moves)
    for start in range(0, len(plan.retire), 500):
        chunk = plan.retire[start : start + 500]
        connection.execute(
            question_table.update()
            .where(question_table.c.id.in_(chunk))
            .values(retired=True, retired_at=now, updated_at=now)
        )
    for start in range(0, len(gone_files), 500):
        chunk = gone_files[start : start + 500]
        connection.execute(file_table.delete().where(file_table.c.path.in_(chunk)))
    if file_rows:
        insert = sqlite_insert(file_table)
        update = {c.name: insert.excluded[c.name] for c in file_table.c if c.name != "path"}
        connection.execute(
            insert.on_conflict_do_update(index_elements=["path"], set_=update), file_rows
        )
