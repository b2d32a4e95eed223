"""Scanning bank folders and reading their files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from interview.core import bank as bank_module
from interview.core.bank import read_files, scan_banks
from interview.core.questions import Severity
from tests.conftest import question_text, write


def test_scan_finds_question_files_and_skips_the_rest(bank: Path) -> None:
    write(bank / "evaluation" / "b.md", question_text())
    write(bank / "evaluation" / "a.md", question_text())
    write(bank / "README.md", "# about this bank")
    write(bank / ".hidden" / "c.md", question_text())
    write(bank / "_drafts" / "d.md", question_text())
    write(bank / "evaluation" / "_draft.md", question_text())
    write(bank / "evaluation" / "notes.txt", "not markdown")
    scan = scan_banks([bank])
    assert [Path(f.path).relative_to(bank).as_posix() for f in scan.files] == [
        "evaluation/a.md",
        "evaluation/b.md",
    ]
    assert scan.problems == []
    assert all(f.bank == str(bank) for f in scan.files)


def test_missing_bank_folder_is_an_error_and_others_still_scan(bank: Path, tmp_path: Path) -> None:
    write(bank / "evaluation" / "a.md", question_text())
    scan = scan_banks([tmp_path / "nope", bank])
    assert len(scan.files) == 1
    [problem] = scan.problems
    assert problem.path == str(tmp_path / "nope")
    assert problem.severity is Severity.ERROR
    assert problem.message == "bank folder does not exist"


def test_symlink_loop_is_reported_once_and_scanning_finishes(bank: Path) -> None:
    write(bank / "evaluation" / "a.md", question_text())
    os.symlink(bank, bank / "evaluation" / "loop")
    scan = scan_banks([bank])
    assert len(scan.files) == 1
    [problem] = scan.problems
    assert "symlink loop" in problem.message
    assert problem.path.endswith("loop")


def test_symlinked_folder_outside_the_bank_is_followed(bank: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    write(elsewhere / "a.md", question_text())
    os.symlink(elsewhere, bank / "evaluation")
    scan = scan_banks([bank])
    assert [Path(f.path).name for f in scan.files] == ["a.md"]


def test_broken_symlink_is_named(bank: Path) -> None:
    (bank / "evaluation").mkdir()
    os.symlink(bank / "gone.md", bank / "evaluation" / "dangling.md")
    scan = scan_banks([bank])
    assert scan.files == []
    [problem] = scan.problems
    assert problem.path.endswith("dangling.md")
    assert "broken symlink" in problem.message


def test_unreadable_file_is_an_error_naming_it(bank: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = write(bank / "evaluation" / "good.md", question_text())
    locked = write(bank / "evaluation" / "locked.md", question_text())
    real_open = open

    def guarded_open(path: str, *args: object, **kwargs: object) -> object:
        if path == str(locked):
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(bank_module, "open", guarded_open, raising=False)
    results = {r.file.path: r for r in read_files(scan_banks([bank]).files, workers=1)}
    assert results[str(good)].result is not None
    assert results[str(good)].result.question is not None
    locked_result = results[str(locked)].result
    assert locked_result is not None and locked_result.question is None
    [problem] = locked_result.problems
    assert problem.path == str(locked)
    assert "permission denied" in problem.message


def test_parallel_reading_gives_the_same_results_in_order(
    bank: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(30):
        write(bank / "ml-theory" / f"q{i:02}.md", question_text(title=f"Question {i}"))
    write(bank / "ml-theory" / "bad.md", "---\n- a\n---\n")
    files = scan_banks([bank]).files
    monkeypatch.setattr(bank_module, "PARALLEL_THRESHOLD", 5)
    parallel = read_files(files, workers=2)
    serial = read_files(files, workers=1)
    assert [r.file.path for r in parallel] == [f.path for f in files]
    assert [(r.file_hash, r.result) for r in parallel] == [(r.file_hash, r.result) for r in serial]


def test_known_hash_skips_parsing(bank: Path) -> None:
    write(bank / "ml-theory" / "q.md", question_text())
    [file] = scan_banks([bank]).files
    [first] = read_files([file])
    [again] = read_files([file], known_hashes={file.path: first.file_hash})
    assert first.result is not None
    assert again.result is None
    assert again.file_hash == first.file_hash
