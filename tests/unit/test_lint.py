"""Lint across banks: per-file problems, duplicate ids, near-duplicates."""

from __future__ import annotations

from pathlib import Path

from interview.core.lint import lint_banks
from interview.core.questions import Severity
from tests.conftest import question_text, write


def test_clean_bank_has_no_problems(bank: Path) -> None:
    write(
        bank / "evaluation" / "a.md",
        question_text(title="What is recall?", question="Define recall."),
    )
    write(bank / "ml-theory" / "b.md", question_text())
    report = lint_banks([bank])
    assert report.problems == []
    assert report.files == 2
    assert len(report.questions) == 2


def test_duplicate_id_across_banks_names_both_files(tmp_path: Path) -> None:
    first = write(tmp_path / "a" / "evaluation" / "x.md", question_text(front="id: shared/id"))
    second = write(
        tmp_path / "b" / "ml-theory" / "y.md",
        question_text(front="id: shared/id", title="Another", question="Something else entirely."),
    )
    report = lint_banks([tmp_path / "a", tmp_path / "b"])
    errors = [p for p in report.problems if p.severity is Severity.ERROR]
    assert len(errors) == 1
    assert errors[0].path == str(second)
    assert errors[0].line == 2
    assert str(first) in errors[0].message
    assert "duplicate id 'shared/id'" in errors[0].message
    assert report.errors == 1


def test_near_duplicate_questions_are_warned_naming_both(bank: Path) -> None:
    write(
        bank / "ml-theory" / "a.md",
        question_text(title="Bias and variance", question="Explain the bias-variance trade-off."),
    )
    copy = write(
        bank / "ml-theory" / "b.md",
        question_text(
            title="Bias and variance", question="Explain the bias\u2013variance tradeoff!"
        ),
    )
    write(
        bank / "ml-theory" / "c.md",
        question_text(title="Dropout", question="Why does dropout reduce overfitting?"),
    )
    report = lint_banks([bank])
    [warning] = report.problems
    assert warning.severity is Severity.WARNING
    assert warning.path == str(copy)
    assert str(bank / "ml-theory" / "a.md") in warning.message
    assert "near-duplicate" in warning.message


def test_one_bad_file_does_not_hide_the_others(bank: Path) -> None:
    write(bank / "evaluation" / "bad.md", "---\nid: [\n---\n")
    write(bank / "evaluation" / "good.md", question_text())
    report = lint_banks([bank])
    assert len(report.questions) == 1
    assert report.errors == 1
    assert report.problems[0].path.endswith("bad.md")


def test_problems_are_sorted_by_file_then_line(bank: Path) -> None:
    write(bank / "b" / "q.md", question_text(title="Other", question="Why?", answer="", rubric=()))
    write(bank / "a" / "q.md", question_text(front="difficulty: easy\nfoo: 1", answer=""))
    report = lint_banks([bank])
    keys = [(p.path, p.line) for p in report.problems]
    assert keys == sorted(keys)
    assert [p.message for p in report.problems] == [
        "unknown front-matter key 'foo'",
        "no Answer",
        "no Answer",
        "no Rubric",
    ]
