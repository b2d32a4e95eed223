"""Bank -> database sync: each rule of identity, history and incrementality."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from interview.core.questions import Severity
from interview.storage.engine import open_database
from interview.storage.repository import get_question, list_questions
from interview.storage.sync import SyncReport, sync_banks
from tests.conftest import NOW, question_text, write


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return open_database(tmp_path / "db" / "interview.db")


def sync(engine: Engine, *banks: Path, minutes: int = 0) -> SyncReport:
    return sync_banks(engine=engine, folders=banks, now=NOW + timedelta(minutes=minutes), workers=1)


def row(engine: Engine, question_id: str) -> dict[str, object]:
    with engine.connect() as connection:
        found = (
            connection.execute(text("SELECT * FROM question WHERE id = :id"), {"id": question_id})
            .mappings()
            .first()
        )
    assert found is not None, question_id
    return dict(found)


def bump_mtime(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_first_sync_adds_every_question(engine: Engine, bank: Path) -> None:
    write(bank / "evaluation" / "a.md", question_text(title="A", question="First?"))
    write(bank / "ml-theory" / "b.md", question_text(title="B", question="Second?"))
    report = sync(engine, bank)
    assert sorted(report.added) == ["evaluation/a", "ml-theory/b"]
    assert report.errors == 0
    with engine.connect() as connection:
        assert [q.id for q in list_questions(connection=connection)] == [
            "evaluation/a",
            "ml-theory/b",
        ]
        q = get_question(connection=connection, question_id="evaluation/a")
    assert q is not None and q.title == "A" and q.path == str(bank / "evaluation" / "a.md")


def test_unchanged_files_are_not_read_again(engine: Engine, bank: Path) -> None:
    write(bank / "evaluation" / "a.md", question_text())
    sync(engine, bank)
    report = sync(engine, bank, minutes=1)
    assert (report.unchanged, report.parsed, report.added, report.updated) == (1, 0, [], [])


def test_touched_file_with_same_bytes_is_not_parsed(engine: Engine, bank: Path) -> None:
    path = write(bank / "evaluation" / "a.md", question_text())
    sync(engine, bank)
    bump_mtime(path)
    report = sync(engine, bank, minutes=1)
    assert (report.unchanged, report.parsed, report.updated) == (1, 0, [])
    # and the new stat is remembered, so the next sync does not even hash it
    assert sync(engine, bank, minutes=2).parsed == 0


def test_edited_file_updates_its_question_and_keeps_when_it_was_added(
    engine: Engine, bank: Path
) -> None:
    path = write(bank / "evaluation" / "a.md", question_text(title="Old title"))
    sync(engine, bank)
    write(
        path,
        question_text(title="New title", front="difficulty: hard\ntags: [metrics, calibration]"),
    )
    bump_mtime(path)
    report = sync(engine, bank, minutes=5)
    assert report.updated == ["evaluation/a"]
    stored = row(engine, "evaluation/a")
    assert stored["title"] == "New title"
    assert stored["difficulty"] == "hard"
    assert str(stored["added_at"]).startswith("2026-11-21 09:30")
    assert str(stored["updated_at"]).startswith("2026-11-21 09:35")
    with engine.connect() as connection:
        tagged = list_questions(connection=connection, tag="calibration")
        old_tag = list_questions(connection=connection, tag="bias-variance")
    assert [q.id for q in tagged] == ["evaluation/a"]
    assert old_tag == []


def test_renamed_file_keeping_its_id_keeps_its_question(engine: Engine, bank: Path) -> None:
    old = write(bank / "evaluation" / "old-name.md", question_text(front="id: evaluation/stable"))
    sync(engine, bank)
    new = bank / "evaluation" / "new-name.md"
    old.rename(new)
    report = sync(engine, bank, minutes=1)
    assert report.renamed == ["evaluation/stable"]
    assert report.retired == [] and report.added == []
    stored = row(engine, "evaluation/stable")
    assert stored["path"] == str(new)
    assert not stored["retired"]
    assert str(stored["added_at"]).startswith("2026-11-21 09:30")


def test_moving_a_file_to_another_bank_is_a_rename(engine: Engine, tmp_path: Path) -> None:
    first = write(tmp_path / "one" / "evaluation" / "q.md", question_text(front="id: shared/q"))
    sync(engine, tmp_path / "one", tmp_path / "two")
    write(tmp_path / "two" / "evaluation" / "q.md", first.read_text())
    first.unlink()
    report = sync(engine, tmp_path / "one", tmp_path / "two", minutes=1)
    assert report.renamed == ["shared/q"]
    assert row(engine, "shared/q")["bank"] == str(tmp_path / "two")


def test_deleted_file_retires_its_question_and_returning_restores_it(
    engine: Engine, bank: Path
) -> None:
    path = write(bank / "evaluation" / "a.md", question_text())
    keep = write(bank / "evaluation" / "b.md", question_text(title="B", question="Other?"))
    sync(engine, bank)
    content = path.read_text()
    path.unlink()
    report = sync(engine, bank, minutes=1)
    assert report.retired == ["evaluation/a"]
    stored = row(engine, "evaluation/a")
    assert stored["retired"] and stored["retired_at"] is not None
    with engine.connect() as connection:
        assert [q.id for q in list_questions(connection=connection)] == ["evaluation/b"]
        assert len(list_questions(connection=connection, include_retired=True)) == 2
    write(path, content)
    report = sync(engine, bank, minutes=2)
    assert report.restored == ["evaluation/a"]
    stored = row(engine, "evaluation/a")
    assert not stored["retired"] and stored["retired_at"] is None
    assert str(stored["added_at"]).startswith("2026-11-21 09:30")
    assert keep.exists()


def test_changing_the_id_in_a_file_retires_the_old_id(engine: Engine, bank: Path) -> None:
    path = write(bank / "evaluation" / "a.md", question_text(front="id: evaluation/one"))
    sync(engine, bank)
    write(path, question_text(front="id: evaluation/two"))
    bump_mtime(path)
    report = sync(engine, bank, minutes=1)
    assert (report.added, report.retired) == (["evaluation/two"], ["evaluation/one"])


def test_duplicate_id_keeps_the_first_holder_and_names_both(engine: Engine, bank: Path) -> None:
    holder = write(
        bank / "evaluation" / "z-first.md", question_text(front="id: dup", title="Holder")
    )
    sync(engine, bank)
    newcomer = write(
        bank / "evaluation" / "a-second.md", question_text(front="id: dup", title="Intruder")
    )
    report = sync(engine, bank, minutes=1)
    [error] = [p for p in report.problems if p.severity is Severity.ERROR]
    assert error.path == str(newcomer)
    assert str(holder) in error.message
    assert row(engine, "dup")["title"] == "Holder"
    # still reported while both exist, even though neither file changed
    again = sync(engine, bank, minutes=2)
    assert again.errors == 1
    # when the holder goes, the other file takes the id over
    holder.unlink()
    report = sync(engine, bank, minutes=3)
    assert report.errors == 0
    assert report.renamed == ["dup"]
    assert row(engine, "dup")["title"] == "Intruder"


def test_duplicate_in_a_new_bank_is_first_by_path(engine: Engine, bank: Path) -> None:
    write(bank / "evaluation" / "b.md", question_text(front="id: dup", title="B"))
    write(bank / "evaluation" / "a.md", question_text(front="id: dup", title="A"))
    report = sync(engine, bank)
    assert report.added == ["dup"]
    assert report.errors == 1
    assert row(engine, "dup")["title"] == "A"


def test_id_held_by_a_bank_outside_this_sync_is_a_duplicate(engine: Engine, tmp_path: Path) -> None:
    write(tmp_path / "one" / "evaluation" / "q.md", question_text(front="id: shared", title="One"))
    sync(engine, tmp_path / "one")
    write(tmp_path / "two" / "evaluation" / "q.md", question_text(front="id: shared", title="Two"))
    report = sync(engine, tmp_path / "two", minutes=1)
    assert report.errors == 1
    assert str(tmp_path / "one") in report.problems[0].message
    assert row(engine, "shared")["title"] == "One"


def test_a_bad_file_does_not_stop_the_others(engine: Engine, bank: Path) -> None:
    write(bank / "evaluation" / "bad.md", "---\n- just a list\n---\n")
    write(bank / "evaluation" / "empty.md", "")
    write(bank / "evaluation" / "binary.md", b"\x00\xff\xfe garbage")
    write(bank / "evaluation" / "good.md", question_text())
    report = sync(engine, bank)
    assert report.added == ["evaluation/good"]
    assert report.errors == 3
    assert {Path(p.path).name for p in report.problems} == {"bad.md", "empty.md", "binary.md"}
    # unchanged bad files are not parsed again but their errors are still reported
    again = sync(engine, bank, minutes=1)
    assert (again.parsed, again.errors) == (0, 3)


def test_an_edit_that_breaks_a_file_keeps_the_last_good_version(engine: Engine, bank: Path) -> None:
    path = write(bank / "evaluation" / "a.md", question_text(title="Good"))
    sync(engine, bank)
    write(path, "---\ndifficulty: [\n---\n# Broken\n")
    bump_mtime(path)
    report = sync(engine, bank, minutes=1)
    assert report.errors == 1
    assert report.retired == []
    stored = row(engine, "evaluation/a")
    assert (stored["title"], stored["retired"]) == ("Good", False)
    # fixed again: updated
    write(path, question_text(title="Fixed"))
    bump_mtime(path)
    report = sync(engine, bank, minutes=2)
    assert report.updated == ["evaluation/a"]
    assert row(engine, "evaluation/a")["title"] == "Fixed"


def test_a_missing_bank_retires_nothing(engine: Engine, tmp_path: Path) -> None:
    bank = tmp_path / "usb-stick"
    write(bank / "evaluation" / "a.md", question_text())
    sync(engine, bank)
    moved = tmp_path / "elsewhere"
    shutil.move(bank, moved)
    report = sync(engine, bank, minutes=1)
    assert report.retired == []
    assert report.errors == 1
    assert "bank folder does not exist" in report.problems[0].message
    assert not row(engine, "evaluation/a")["retired"]


def test_syncing_one_bank_leaves_other_banks_alone(engine: Engine, tmp_path: Path) -> None:
    write(tmp_path / "one" / "evaluation" / "a.md", question_text(title="A", question="A?"))
    write(tmp_path / "two" / "evaluation" / "b.md", question_text(title="B", question="B?"))
    sync(engine, tmp_path / "one", tmp_path / "two")
    report = sync(engine, tmp_path / "two", minutes=1)
    assert report.retired == []
    assert not row(engine, "evaluation/a")["retired"]


def test_warnings_do_not_stop_a_file_from_loading(engine: Engine, bank: Path) -> None:
    write(bank / "evaluation" / "a.md", question_text(answer="", rubric=()))
    report = sync(engine, bank)
    assert report.added == ["evaluation/a"]
    assert (report.errors, report.warnings) == (0, 2)


def test_parallel_sync_matches_serial(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from interview.core import bank as bank_module

    monkeypatch.setattr(bank_module, "PARALLEL_THRESHOLD", 10)
    bank = tmp_path / "bank"
    for i in range(40):
        write(
            bank / "ml-theory" / f"q{i:02}.md",
            question_text(title=f"Q{i}", question=f"Number {i}?"),
        )
    serial = open_database(tmp_path / "serial.db")
    parallel = open_database(tmp_path / "parallel.db")
    sync_banks(engine=serial, folders=[bank], now=NOW, workers=1)
    report = sync_banks(engine=parallel, folders=[bank], now=NOW, workers=2)
    assert len(report.added) == 40
    with serial.connect() as a, parallel.connect() as b:
        assert list_questions(connection=a) == list_questions(connection=b)


def test_summary_line_names_every_count(engine: Engine, bank: Path) -> None:
    write(bank / "evaluation" / "a.md", question_text())
    assert sync(engine, bank).summary() == (
        "added 1, updated 0, renamed 0, retired 0, restored 0, unchanged 0, errors 0, warnings 0"
    )


def test_naive_clock_is_refused(engine: Engine, bank: Path) -> None:
    with pytest.raises(ValueError, match="aware"):
        sync_banks(engine=engine, folders=[bank], now=NOW.replace(tzinfo=None))


def test_a_sync_by_another_process_is_seen_here(engine: Engine, bank: Path, tmp_path: Path) -> None:
    write(bank / "evaluation" / "a.md", question_text())
    code = (
        "from interview.storage.engine import open_database\n"
        "from interview.storage.sync import sync_banks\n"
        "from datetime import datetime, UTC\n"
        f"e = open_database({str(tmp_path / 'db' / 'interview.db')!r})\n"
        f"print(sync_banks(engine=e, folders=[{str(bank)!r}], now=datetime.now(UTC)).summary())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("added 1")
    with engine.connect() as connection:
        assert get_question(connection=connection, question_id="evaluation/a") is not None


def test_progress_reports_files_read_out_of_the_total(engine: Engine, bank: Path) -> None:
    for i in range(5):
        write(bank / "ml-theory" / f"q{i}.md", question_text(title=f"Q{i}", question=f"N {i}?"))
    seen: list[tuple[int, int]] = []
    sync_banks(
        engine=engine, folders=[bank], now=NOW, workers=1, progress=lambda d, t: seen.append((d, t))
    )
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    seen.clear()
    sync_banks(
        engine=engine, folders=[bank], now=NOW, workers=1, progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(0, 0)]
