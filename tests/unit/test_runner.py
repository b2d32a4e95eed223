"""The test runner: a clear result for good, wrong and hostile code, within the time limit."""

from __future__ import annotations

import time

import pytest

from interview.core.runner import Limits, Outcome, plan_tests, run_tests

TESTS = """\
def double(x):
    return 2 * x

assert add(1, 2) == 3
assert add(-1, 1) == 0
assert add(double(2), 0) == 5, "two doubled is four, not five"
"""
GOOD = "def add(a, b):\n    return a + b\n"
SHORT = Limits(timeout_s=2.0)


def run(code: str, tests: str = TESTS, limits: Limits = SHORT) -> tuple[object, float]:
    start = time.monotonic()
    report = run_tests(code, tests, limits=limits)
    return report, time.monotonic() - start


def test_each_assert_is_a_test_with_its_line_and_message() -> None:
    report, _ = run(GOOD)
    assert report.outcome is Outcome.FAILED  # type: ignore[attr-defined]
    first, second, third = report.tests  # type: ignore[attr-defined]
    assert (first.outcome, first.line, first.source) == (Outcome.PASSED, 4, "assert add(1, 2) == 3")
    assert second.outcome is Outcome.PASSED
    assert third.outcome is Outcome.FAILED
    assert third.message == "two doubled is four, not five"
    assert 'File "tests.py", line 6' in third.traceback
    assert report.passed == 2 and report.total == 3  # type: ignore[attr-defined]
    data = report.to_dict()  # type: ignore[attr-defined]
    assert data["outcome"] == "failed" and data["tests"][2]["line"] == 6


def test_all_passing() -> None:
    report, _ = run(GOOD, "assert add(1, 2) == 3\nassert add(0, 0) == 0\n")
    assert report.all_passed and report.passed == 2  # type: ignore[attr-defined]


def test_an_error_points_at_the_users_line() -> None:
    code = "def add(a, b):\n    total = a + b\n    return total / 0\n"
    report, _ = run(code)
    first = report.tests[0]  # type: ignore[attr-defined]
    assert first.outcome is Outcome.ERROR
    assert first.message == "ZeroDivisionError: division by zero"
    assert 'File "solution.py", line 3, in add' in first.traceback
    assert "harness" not in first.traceback


def test_printed_output_is_kept_per_test() -> None:
    report, _ = run("def add(a, b):\n    print('adding', a, b)\n    return a + b\n")
    assert report.tests[0].stdout == "adding 1 2\n"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "code", "expect"),
    [
        ("syntax error", "def add(a, b)\n    return a + b\n", "syntax error on line 1"),
        ("failing import", "import nothing_here\n", "No module named 'nothing_here'"),
    ],
)
def test_code_that_does_not_load_says_why(name: str, code: str, expect: str) -> None:
    report, seconds = run(code)
    assert report.outcome is Outcome.ERROR  # type: ignore[attr-defined]
    assert expect in report.problem  # type: ignore[attr-defined]
    assert all(t.outcome is Outcome.NOT_RUN for t in report.tests)  # type: ignore[attr-defined]
    assert seconds < SHORT.timeout_s + 1


@pytest.mark.parametrize(
    ("name", "code", "expect"),
    [
        ("unbounded recursion", "def add(a, b):\n    return add(a, b)\n", "maximum recursion"),
        (
            "10 GB allocation",
            "def add(a, b):\n    block = bytearray(10 * 1024**3)\n    return a + b\n",
            "out of memory",
        ),
        (
            "fork loop",
            "import os\ndef add(a, b):\n    while True:\n        os.fork()\n",
            "disabled",
        ),
        (
            "subprocess",
            "import subprocess\ndef add(a, b):\n    subprocess.run(['true'])\n",
            "disabled",
        ),
        (
            "printing without end",
            "def add(a, b):\n    while True:\n        print('x')\n",
            "printed more",
        ),
        ("sys.exit", "import sys\ndef add(a, b):\n    sys.exit(3)\n", "sys.exit(3)"),
        ("reading stdin", "def add(a, b):\n    return int(input())\n", "stdin"),
        (
            "killing its parent",
            "import os, signal\ndef add(a, b):\n    os.kill(os.getppid(), signal.SIGKILL)\n",
            "signals",
        ),
    ],
)
def test_hostile_code_gets_a_clear_error_per_test(name: str, code: str, expect: str) -> None:
    report, seconds = run(code)
    assert report.outcome is Outcome.ERROR  # type: ignore[attr-defined]
    first = report.tests[0]  # type: ignore[attr-defined]
    assert first.outcome is Outcome.ERROR and expect in first.message, first
    assert seconds < SHORT.timeout_s + 1


def test_an_endless_loop_times_out_and_the_process_group_is_killed() -> None:
    report, seconds = run("def add(a, b):\n    while True:\n        pass\n")
    assert report.outcome is Outcome.TIMEOUT  # type: ignore[attr-defined]
    assert "timed out after 2 s during test 1" in report.problem  # type: ignore[attr-defined]
    first, second, _ = report.tests  # type: ignore[attr-defined]
    assert first.outcome is Outcome.TIMEOUT and second.outcome is Outcome.NOT_RUN
    assert SHORT.timeout_s <= seconds < SHORT.timeout_s + 1


def test_os_exit_ends_the_run_with_what_ran_so_far() -> None:
    code = "import os\ndef add(a, b):\n    if a < 0:\n        os._exit(0)\n    return a + b\n"
    report, _ = run(code)
    first, second, third = report.tests  # type: ignore[attr-defined]
    assert first.outcome is Outcome.PASSED
    assert second.outcome is Outcome.ERROR and third.outcome is Outcome.NOT_RUN
    assert "ended" in report.problem and "during test 2" in report.problem  # type: ignore[attr-defined]


def test_output_written_around_python_stops_the_run() -> None:
    code = "import os\ndef add(a, b):\n    while True:\n        os.write(1, b'x' * 4096)\n"
    report, seconds = run(code)
    assert "printed more than 64 KB during test 1" in report.problem  # type: ignore[attr-defined]
    assert seconds < SHORT.timeout_s + 1


def test_a_broken_tests_section_is_reported_as_such() -> None:
    report, _ = run(GOOD, "assert add(1, 2) == 3\nfrom nowhere import thing\nassert True\n")
    assert report.problem.startswith("the tests themselves fail at tests line 2")  # type: ignore[attr-defined]
    assert report.tests[0].outcome is Outcome.PASSED  # type: ignore[attr-defined]
    unparsable = run_tests(GOOD, "assert add(1, 2) ==\n")
    assert unparsable.outcome is Outcome.ERROR and "do not parse" in unparsable.problem
    empty = run_tests(GOOD, "x = 1\n")
    assert empty.problem == "the tests contain no assert statement"


def test_the_code_runs_in_a_fresh_folder_with_a_minimal_environment(tmp_path: object) -> None:
    code = (
        "import os, sys\n"
        "def add(a, b):\n"
        "    print(sorted(os.listdir('.')), sorted(os.environ), sys.flags.isolated)\n"
        "    return a + b\n"
    )
    report, _ = run(code, "assert add(1, 2) == 3\n")
    printed = report.tests[0].stdout  # type: ignore[attr-defined]
    assert "'harness.py'" in printed and "'solution.py'" in printed
    assert "tests.py" not in printed  # the tests are sent to the harness, never written
    assert "'PATH'" in printed and "INTERVIEW" not in printed and printed.strip().endswith("1")


def test_plan_tests_lists_the_asserts() -> None:
    planned, problem = plan_tests(TESTS)
    assert problem == ""
    assert [(i, line) for i, line, _ in planned] == [(1, 4), (2, 5), (3, 6)]


def test_statements_sharing_a_line_and_decorated_helpers_run_once_each() -> None:
    tests = (
        "import functools\n"
        "seen = []; assert add(1, 2) == 3\n"
        "@functools.lru_cache\n"
        "def twice(x):\n"
        "    seen.append(x)\n"
        "    return add(x, x)\n"
        "assert twice(2) == 4 and twice(2) == 4 and seen == [2]\n"
    )
    report, _ = run(GOOD, tests)
    assert report.all_passed, report.to_dict()  # type: ignore[attr-defined]
    assert [t.line for t in report.tests] == [2, 7]  # type: ignore[attr-defined]


def test_a_python_that_does_not_exist_is_a_clear_error() -> None:
    report = run_tests(GOOD, TESTS, python="/nonexistent/python3", sandbox="none")
    assert report.outcome is Outcome.ERROR and "could not be started" in report.problem
    assert all(t.outcome is Outcome.NOT_RUN for t in report.tests)


def test_only_signed_answers_to_the_statement_asked_count() -> None:
    """The app's side of the conversation: an answer must be signed with the run's key,
    carry the token of the statement asked, and come only once."""
    import hashlib
    import hmac

    from interview.core.runner import _Run, _Tampering

    def fresh() -> _Run:
        run = _Run(
            GOOD,
            "assert add(1, 2) == 3\nassert add(1, 1) == 2\n",
            plan_tests("assert add(1, 2) == 3\nassert add(1, 1) == 2\n")[0],
            None,
            SHORT,
            "python3",
            time.monotonic,
            "none",
        )
        run.token = "t0"
        return run

    def signed(run: _Run, *fields: object, key: bytes | None = None) -> bytes:
        text = repr(fields).encode()
        mac = hmac.new(key or run.key, text, hashlib.sha256).hexdigest().encode()
        return mac + b" " + text

    run = fresh()
    run._answer(signed(run, "t0", "loaded", ""))
    first = run.token
    run._answer(signed(run, first, "passed", "", "", "", 0.01))
    assert run.results[1].outcome is Outcome.PASSED
    with pytest.raises(_Tampering, match="out of order"):
        run._answer(signed(run, first, "passed", "", "", "", 0.01))  # the same answer again
    run = fresh()
    with pytest.raises(_Tampering, match="not signed"):
        run._answer(signed(run, "t0", "loaded", "", key=b"x" * 32))
    run = fresh()
    with pytest.raises(_Tampering, match="out of order"):
        run._answer(signed(run, "another", "loaded", ""))
    run = fresh()
    run._answer(signed(run, "t0", "loaded", ""))
    run._answer(signed(run, run.token, "failed", "no", "", "", 0.0))
    run._answer(signed(run, run.token, "passed", "", "", "", 0.0))
    assert run.finished
    with pytest.raises(_Tampering, match="not asked for"):
        run._answer(signed(run, "t0", "passed", "", "", "", 0.0))
    report = run._report(b"", "", 0, 0.1)
    assert [t.outcome for t in report.tests] == [Outcome.FAILED, Outcome.PASSED]
    missing = fresh()
    missing._answer(signed(missing, "t0", "loaded", ""))
    report = missing._report(b"", "", 0, 0.1)  # the process ended with no answer
    assert report.outcome is Outcome.ERROR and report.tests[0].outcome is Outcome.ERROR


PANDAS_TESTS = """\
import pandas as pd

frame = pd.DataFrame({"amount": [5, 50, 500]})
assert cap(frame, 100) == [5, 50, 100]
"""


def test_a_pandas_warning_in_the_learners_code_is_a_warning_not_an_error() -> None:
    """pandas asks for the caller's frame to word its chained-assignment and
    SettingWithCopy warnings; the lock-down refuses frames, which used to turn the
    warning into a FrameDenied error on the learner's line."""
    pytest.importorskip("pandas")
    chained = (
        "def cap(frame, limit):\n"
        "    frame[frame['amount'] > limit]['amount'] = limit\n"
        "    return frame['amount'].tolist()\n"
    )
    report, _ = run(chained, PANDAS_TESTS)
    (test,) = report.tests  # type: ignore[attr-defined]
    assert test.outcome is Outcome.FAILED  # the assignment changed nothing: a plain failure
    assert "ChainedAssignmentError" in test.stdout and "solution.py:2" in test.stdout
    assert "FrameDenied" not in test.message + test.traceback


def test_a_solution_that_imports_pandas_itself_gets_the_same_treatment() -> None:
    pytest.importorskip("pandas")
    tests = "assert cap([5, 50, 500], 100) == [5, 50, 100]\n"
    code = (
        "import pandas as pd\n"
        "def cap(values, limit):\n"
        "    frame = pd.DataFrame({'amount': values})\n"
        "    frame[frame['amount'] > limit]['amount'] = limit\n"
        "    frame.loc[frame['amount'] > limit, 'amount'] = limit\n"
        "    return frame['amount'].tolist()\n"
    )
    report, _ = run(code, tests)
    assert report.all_passed, report.to_dict()  # type: ignore[attr-defined]


def test_frames_stay_refused_to_the_solution() -> None:
    tests = "assert peek() == 'refused'\n"
    code = (
        "import inspect, sys\n"
        "def peek():\n"
        "    if inspect.currentframe() is not None:\n"
        "        return 'inspect gave a frame'\n"
        "    try:\n"
        "        sys._getframe(1)\n"
        "    except ValueError:\n"
        "        return 'refused'\n"
        "    return 'sys gave a frame'\n"
    )
    report, _ = run(code, tests)
    assert report.all_passed, report.to_dict()  # type: ignore[attr-defined]


def test_a_function_may_return_torch_tensors_but_not_its_own_tensor_class() -> None:
    """A collate function returns a dict of tensors: torch's own tensor class is plain
    data when the tests import torch; a subclass the solution defines is not."""
    pytest.importorskip("torch")
    tests = (
        "import torch\n"
        "batch = collate([[1, 2], [3]])\n"
        "assert batch['tokens'].tolist() == [[1, 2], [3, 0]]\n"
    )
    code = (
        "import torch\n"
        "def collate(rows):\n"
        "    width = max(map(len, rows))\n"
        "    return {'tokens': torch.tensor([r + [0] * (width - len(r)) for r in rows])}\n"
    )
    report, _ = run(code, tests, Limits(timeout_s=30.0))
    assert report.all_passed, report.to_dict()  # type: ignore[attr-defined]
    sneaky = (
        "import torch\n"
        "class Agreeable(torch.Tensor):\n"
        "    pass\n"
        "def collate(rows):\n"
        "    return {'tokens': torch.zeros(2, 2).as_subclass(Agreeable)}\n"
    )
    report, _ = run(sneaky, tests, Limits(timeout_s=30.0))
    assert not report.all_passed and "Agreeable" in report.problem  # type: ignore[attr-defined]
