"""SQL questions (`entry: sql`) run in SQLite inside the sandboxed runner, and a question's
wrong solutions are read from its `## Wrong solutions` section (issue 17)."""

from __future__ import annotations

from pathlib import Path

from interview.core.coding import (
    reference_solution,
    run_question,
    wrong_solutions,
)
from interview.core.parser import parse_text
from interview.core.runner import Limits, Outcome, starter_code

SHORT = Limits(timeout_s=20)

TESTS = """
```sql
CREATE TABLE t (user_id INTEGER, amount REAL);
INSERT INTO t VALUES (1, 10), (1, 5), (2, 3);
```

```python
assert result_is(["user_id", "total"], [(2, 3), (1, 15.0)])
assert result_is(["user_id", "total"], [(1, 15), (2, 3)], ordered=True)
assert result_is(["user_id", "total"], [(1, 15), (2, 3), (3, 1)], extra="INSERT INTO t VALUES (3, 1);")
```
"""

GOOD = "SELECT user_id, SUM(amount) AS total FROM t GROUP BY user_id ORDER BY total DESC;"


def outcomes(query: str) -> list[str]:
    report = run_question(query, TESTS, "sql", limits=SHORT)
    return [t.outcome.value for t in report.tests]


def test_a_correct_query_passes_every_test() -> None:
    report = run_question(GOOD, TESTS, "sql", limits=SHORT)
    assert report.all_passed, report.to_dict()
    assert [t.line for t in report.tests] == [1, 2, 3]  # lines of the question's python block


def test_row_order_counts_only_when_the_test_asks_for_it() -> None:
    ascending = "SELECT user_id, SUM(amount) AS total FROM t GROUP BY user_id ORDER BY total"
    assert outcomes(ascending) == ["passed", "failed", "passed"]


def test_columns_are_matched_by_name_in_any_order_ignoring_case() -> None:
    swapped = "SELECT SUM(amount) AS TOTAL, user_id FROM t GROUP BY user_id ORDER BY 1 DESC"
    assert outcomes(swapped) == ["passed", "passed", "passed"]
    report = run_question(
        "SELECT user_id, SUM(amount) AS revenue FROM t GROUP BY user_id", TESTS, "sql", limits=SHORT
    )
    assert "the columns should be ['user_id', 'total']" in report.tests[0].message


def test_a_wrong_result_says_what_was_expected_and_what_came() -> None:
    report = run_question("SELECT user_id, amount AS total FROM t", TESTS, "sql", limits=SHORT)
    message = report.tests[0].message
    assert report.tests[0].outcome is Outcome.FAILED
    assert "expected 2 rows (in any order)" in message and "got 3" in message


def test_the_query_is_read_only_and_one_statement() -> None:
    for query in ("DELETE FROM t", "ATTACH DATABASE 'x.db' AS x", "PRAGMA table_info(t)"):
        assert set(outcomes(query)) == {"failed"}, query
    report = run_question("SELECT 1; SELECT 2", TESTS, "sql", limits=SHORT)
    assert "one statement at a time" in report.tests[0].message


def test_a_syntax_error_names_sqlite() -> None:
    report = run_question("SELEC user_id FROM t", TESTS, "sql", limits=SHORT)
    assert report.tests[0].message.startswith("SQLite: near")


def test_quotes_and_backslashes_in_the_query_stay_sql() -> None:
    query = "SELECT user_id, SUM(amount) AS total FROM t WHERE 'it''s' <> '\"\"\"\\n' GROUP BY 1"
    assert outcomes(query)[0] == "passed"


def test_a_sql_question_without_a_setup_block_cannot_run() -> None:
    report = run_question(GOOD, "```python\nassert result_is([], [])\n```", "sql")
    assert report.outcome is Outcome.ERROR and "```sql block" in report.problem


def test_the_starter_and_the_reference_of_an_sql_question() -> None:
    assert starter_code("sql").rstrip().endswith("SELECT")
    answer = "Use a window.\n\n```sql\nSELECT 1;\n```\n\n```sql\nSELECT 2;\n```\n"
    assert reference_solution(answer, "sql") == "SELECT 1;\n"


QUESTION = """---
category: algorithms
entry: sql
---
# Q

## Question
Sum by user.

## Answer
```sql
SELECT 1;
```

## Rubric
- point

## Tests
```sql
CREATE TABLE t (a INTEGER);
```

```python
assert result_is(["a"], [(1,)])
```

## Wrong solutions
Forgets the filter.

```sql
SELECT 2;
```

```sql
SELECT 3;
```
"""


def test_wrong_solutions_are_read_with_their_reasons_and_lint_wants_a_reason() -> None:
    result = parse_text(QUESTION, path="bank/q.md", bank_root="bank")
    assert result.question is not None
    found = wrong_solutions(result.question.extra_sections)
    assert [(w.why, w.code) for w in found] == [
        ("Forgets the filter.", "SELECT 2;\n"),
        ("", "SELECT 3;\n"),
    ]
    messages = [p.message for p in result.problems]
    assert "wrong solution 2 has no explanation" in messages
    assert not any("unknown section" in m for m in messages)
    broken = parse_text(QUESTION.replace("```sql\nCREATE", "```\nCREATE"), path="q.md")
    assert broken.question is None
    assert "'entry: sql' but the Tests have no ```sql block" in [p.message for p in broken.problems]


def test_the_editor_highlights_sql_for_an_sql_question() -> None:
    from interview.tui.screens.practice import code_area, set_language

    editor = code_area()
    set_language(editor, "sql")
    assert editor.language == "sql"  # tree-sitter-sql is a dependency
    set_language(editor, "two_sum")
    assert editor.language == "python"


def test_a_torch_question_without_torch_says_how_to_get_it(tmp_path: Path) -> None:
    """A Python without torch (a venv without the extra) gets the install command."""
    import subprocess
    import sys

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    tests = "```python\nimport torch\nassert f() == 1\n```\n"
    report = run_question(
        "def f():\n    return 1\n", tests, "f", python=str(venv / "bin" / "python")
    )
    assert not report.all_passed
    assert "pip install 'interview[torch]'" in report.problem


def test_wrong_solutions_are_shown_after_the_answer_as_common_mistakes() -> None:
    from interview.core.questions import question_markdown

    result = parse_text(QUESTION, path="bank/q.md", bank_root="bank")
    assert result.question is not None
    shown = question_markdown(result.question)
    answer_at = shown.index("## Answer")
    mistakes_at = shown.index("### Common mistakes")
    assert answer_at < mistakes_at < shown.index("## Rubric")
    assert "Forgets the filter.\n\n```sql\nSELECT 2;\n```" in shown
    assert "## Wrong solutions" not in shown  # shown once, as the common mistakes
