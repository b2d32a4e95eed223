"""A coding question's run: Python or SQL, its reference solution and its wrong solutions.

Python questions: the learner's code defines the function named by `entry:`, and the
python block of `## Tests` calls it (`core.runner`).

SQL questions (`entry: sql`): the learner's answer is one SQL query. `## Tests` holds a
```sql block (the schema and the data) and a ```python block of asserts that call
`result_is(columns, rows, ordered=False, extra="")`. The query runs in the same sandboxed
runner, in a fresh in-memory SQLite database per call: the setup block, then `extra`
(more data for an edge case), then the query, read-only. docs/question-format.md has the
format; the comparison is the one an interviewer makes: column names as stated (in any
order, ignoring case), rows as a multiset unless `ordered=True`, numbers equal to 6
decimals (2 and 2.0 are the same).
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from dataclasses import dataclass

from interview.core.parser import fenced_code
from interview.core.runner import Limits, Outcome, RunReport, run_tests

__all__ = [
    "SQL_ENTRY",
    "WRONG_SECTION",
    "WrongSolution",
    "answer_with_mistakes",
    "is_sql",
    "missing_module",
    "reference_solution",
    "run_question",
    "wrong_solutions",
]

SQL_ENTRY = "sql"
"""`entry: sql` marks an SQL question."""
WRONG_SECTION = "Wrong solutions"
"""The section holding plausible wrong solutions (the common mistakes)."""

# The helpers the tests of an SQL question call, run as one setup line before them. The
# learner's query reaches them as the return value of the solution's `sql()`.
_SQL_HELPERS = '''
def _normal(value):
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        number = round(float(value), 6) + 0.0
        return int(number) if number.is_integer() and abs(number) < 2**53 else number
    return value

def _key(row):
    return tuple((type(v).__name__, repr(v)) for v in row)

def _database(extra):
    connection = sqlite3.connect(":memory:")
    connection.executescript(_SETUP)
    if extra:
        connection.executescript(extra)
    allowed = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
               getattr(sqlite3, "SQLITE_RECURSIVE", 33)}
    connection.set_authorizer(
        lambda action, *rest: sqlite3.SQLITE_OK if action in allowed else sqlite3.SQLITE_DENY)
    return connection

def _show(rows, limit=8):
    shown = "\\n".join("    " + repr(tuple(r)) for r in rows[:limit])
    more = "\\n    ... and %d more" % (len(rows) - limit) if len(rows) > limit else ""
    return (shown or "    (no rows)") + more

def query_result(extra=""):
    """(column names, rows) of the query on the setup data (plus `extra`)."""
    query = sql()
    if not isinstance(query, str) or not query.strip():
        raise AssertionError("the answer holds no SQL query")
    connection = _database(extra)
    try:
        cursor = connection.execute(query.strip())
    except sqlite3.Warning as exc:
        raise AssertionError("write one SELECT statement (" + str(exc) + ")") from None
    except sqlite3.DatabaseError as exc:
        raise AssertionError("SQLite: " + str(exc)) from None
    if cursor.description is None:
        raise AssertionError("the query returns no result set: write a SELECT")
    columns = [d[0] for d in cursor.description]
    return columns, [tuple(r) for r in cursor.fetchall()]

def result_is(columns, rows, ordered=False, extra=""):
    """True when the query gives these columns (named as stated, any order) and rows
    (in this order when `ordered`); an AssertionError saying what differs otherwise."""
    got_columns, got_rows = query_result(extra)
    wanted = [c.lower() for c in columns]
    got = [c.lower() for c in got_columns]
    if sorted(got) != sorted(wanted):
        raise AssertionError("the columns should be " + repr(list(columns)) + ", the query gives "
                             + repr(got_columns))
    if len(set(got)) != len(got):
        raise AssertionError("two columns have the same name: " + repr(got_columns))
    where = [got.index(c) for c in wanted]
    actual = [tuple(_normal(r[i]) for i in where) for r in got_rows]
    expected = [tuple(_normal(v) for v in r) for r in rows]
    if ordered:
        same = actual == expected
    else:
        same = sorted(actual, key=_key) == sorted(expected, key=_key)
    if not same:
        order = " in this order" if ordered else " (in any order)"
        raise AssertionError("expected " + str(len(expected)) + " rows" + order + ":\\n"
                             + _show(expected) + "\\ngot " + str(len(actual)) + ":\\n"
                             + _show(actual))
    return True
'''


def is_sql(entry: str | None) -> bool:
    """Whether a question with this `entry:` is an SQL question."""
    return entry == SQL_ENTRY


def sql_solution(query: str) -> str:
    """The Python the runner loads for an SQL answer: one function returning the query."""
    return f"def {SQL_ENTRY}():\n    return {query!r}\n"


def _sql_tests(setup: str, tests: str) -> str:
    """The tests of an SQL question: the helpers (one line), then the question's asserts."""
    helpers = f"_SETUP = {setup!r}\n{_SQL_HELPERS}"
    return f"import sqlite3; exec({helpers!r})\n{tests}"


def tests_problem(tests_markdown: str, entry: str | None) -> str:
    """What is missing from a question's `## Tests` for it to run ('' when nothing)."""
    if not fenced_code(tests_markdown):
        return "it needs a '## Tests' section with a python block of asserts"
    if is_sql(entry) and not fenced_code(tests_markdown, "sql"):
        return "an SQL question (entry: sql) needs a ```sql block of schema and data in '## Tests'"
    return ""


def missing_module(report: RunReport) -> str:
    """For a run that failed because a library is not installed: how to get it ('' else)."""
    text = " ".join([report.problem, *(t.message for t in report.tests)])
    for module, hint in _OPTIONAL.items():
        if f"No module named '{module}'" in text:
            return hint
    return ""


_OPTIONAL = {
    "torch": "PyTorch is not installed: pip install 'interview[torch]' (the CPU build)",
    "pandas": "pandas is not installed: pip install pandas",
}


def run_question(
    code: str,
    tests_markdown: str,
    entry: str | None,
    *,
    limits: Limits | None = None,
    python: str = sys.executable,
    sandbox: str | None = None,
    run: Callable[..., RunReport] = run_tests,
) -> RunReport:
    """Run the learner's `code` (Python, or an SQL query for `entry: sql`) against a
    question's `## Tests` section (its Markdown)."""
    limits = limits or Limits()
    problem = tests_problem(tests_markdown, entry)
    if problem:
        return RunReport(Outcome.ERROR, problem="the question cannot be run: " + problem)
    tests = fenced_code(tests_markdown)[0]
    if not is_sql(entry):
        if not _imports_torch(tests):
            report = run(code, tests, entry=entry, limits=limits, python=python, sandbox=sandbox)
            return _with_install_hint(report)
        limits = dataclasses.replace(limits, timeout_s=limits.timeout_s + TORCH_IMPORT_S)
        report = run(
            code, TORCH_PRELUDE + tests, entry=entry, limits=limits, python=python, sandbox=sandbox
        )
        return _with_install_hint(_shifted(report, TORCH_PRELUDE.count("\n")))
    setup = "\n".join(fenced_code(tests_markdown, "sql"))
    report = run(
        sql_solution(code),
        _sql_tests(setup, tests),
        entry=SQL_ENTRY,
        limits=limits,
        python=python,
        sandbox=sandbox,
    )
    # the helpers take line 1: lines are given as the question's tests block numbers them
    return _shifted(report, 1)


def _shifted(report: RunReport, lines: int) -> RunReport:
    """The report with test lines counted from the question's block, not the prelude."""
    shifted = tuple(dataclasses.replace(t, line=max(1, t.line - lines)) for t in report.tests)
    return dataclasses.replace(report, tests=shifted)


TORCH_PRELUDE = "import torch.fx.experimental.symbolic_shapes\n"
"""Imported before the code loads (with the tests' other imports) for torch questions:
`backward()` imports it lazily, and an import that late meets the runner's lock-down
(sympy's import inspects frames)."""
TORCH_IMPORT_S = 20.0
"""Added to the time limit of a run whose tests import torch: importing it alone takes
1-3 s on a laptop and over 10 s on a loaded two-core machine (measured in CI-like runs), and
is not the learner's time."""


def _imports_torch(tests: str) -> bool:
    import re

    return re.search(r"^\s*(import torch\b|from torch\b)", tests, re.MULTILINE) is not None


def _with_install_hint(report: RunReport) -> RunReport:
    """A run that failed on a library not installed says how to install it."""
    hint = missing_module(report)
    if not hint or hint in report.problem:
        return report
    problem = f"{report.problem}\n{hint}" if report.problem else hint
    return dataclasses.replace(report, problem=problem)


def reference_solution(answer: str, entry: str | None) -> str | None:
    """The reference solution in an Answer: its first ```sql block for an SQL question,
    else the first python block defining the entry function."""
    if is_sql(entry):
        blocks = fenced_code(answer, "sql")
        return blocks[0] if blocks else None
    if entry is None:
        return None
    for block in fenced_code(answer):
        if f"def {entry}(" in block or f"class {entry}(" in block or f"class {entry}:" in block:
            return block
    return None


@dataclass(frozen=True, slots=True)
class WrongSolution:
    """A plausible wrong solution: its code and why it is wrong."""

    code: str
    why: str


def wrong_solutions(sections: tuple[tuple[str, str], ...]) -> tuple[WrongSolution, ...]:
    """The wrong solutions of a question (its `## Wrong solutions` section): each fenced
    block, with the paragraph just before it as the reason."""
    text = next((body for head, body in sections if _is_wrong_heading(head)), "")
    if not text:
        return ()
    from markdown_it import MarkdownIt

    found: list[WrongSolution] = []
    why = ""
    for token in MarkdownIt("commonmark").parse(text):
        if token.type == "inline":
            why = token.content.strip()
        elif token.type == "fence":
            found.append(WrongSolution(token.content, why))
            why = ""
    return tuple(found)


def answer_with_mistakes(
    answer: str, sections: tuple[tuple[str, str], ...], entry: str | None
) -> str:
    """The model answer followed by its wrong solutions as "Common mistakes" (Markdown),
    shown once the answer is revealed."""
    found = wrong_solutions(sections)
    if not found:
        return answer
    language = "sql" if is_sql(entry) else "python"
    parts = [answer.rstrip(), "### Common mistakes"]
    for wrong in found:
        fence = "````" if "```" in wrong.code else "```"
        parts.append(
            f"{wrong.why or 'A wrong solution:'}\n\n{fence}{language}\n{wrong.code}{fence}"
        )
    return "\n\n".join(parts) + "\n"


def is_wrong_heading(heading: str) -> bool:
    """Whether a section heading names the wrong solutions."""
    return _is_wrong_heading(heading)


def _is_wrong_heading(heading: str) -> bool:
    return " ".join(heading.lower().replace("-", " ").split()) in (
        "wrong solutions",
        "wrong solution",
        "common mistakes",
    )
