"""The result of running a coding question's tests, as shown under the code."""

from __future__ import annotations

from rich.text import Text

from interview.core.runner import Outcome, RunReport
from interview.core.text import printable

SHOWN_FAILURES = 3


def run_summary(report: RunReport) -> Text:
    """'3 of 5 tests passed in 0.08 s', why the run stopped, and the first failures."""
    text = Text()
    style = "bold green" if report.all_passed else "bold red"
    text.append(f"{report.passed} of {report.total} tests passed", style=style)
    text.append(f" in {report.seconds:.2f} s\n")
    if report.problem:
        text.append(printable(report.problem) + "\n", style="red")
    if report.sandbox == "none":
        text.append(
            "Ran without a sandbox (bubblewrap is not installed): run only code you trust; "
            "see docs/running-code.md\n",
            style="yellow",
        )
    failing = [t for t in report.tests if t.outcome not in (Outcome.PASSED, Outcome.NOT_RUN)]
    for test in failing[:SHOWN_FAILURES]:
        first_line = test.source.splitlines()[0] if test.source else ""
        text.append(f"{test.outcome.value.upper()} ", style="bold red")
        text.append(f"tests line {test.line}: {printable(first_line)}\n")
        if test.message:
            text.append(f"  {printable(test.message)}\n", style="yellow")
        if test.stdout:
            text.append(f"  printed: {printable(test.stdout.strip()[:200])}\n", style="dim")
    return text
