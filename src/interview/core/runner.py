"""Run a user's solution against a question's `## Tests`, in a separate, limited process.

What it does:

- The code runs in a new Python process started in isolated mode (`-I`: no environment
  variables, no user site-packages, no current directory on the path), in a fresh
  temporary directory that is deleted afterwards, with a minimal environment, stdin
  closed, and in its own session (process group), so it cannot signal the app's group.
- Limits (POSIX `setrlimit`): CPU seconds, address space (memory), file size, open
  files and, for a non-root user, the number of processes. The wall-clock limit is
  enforced by the app: on time-out the whole process group is killed. Output beyond a
  cap stops the run the same way.
- Inside, a guard process forks the worker, so `os.getppid()` in user code is the guard,
  not the app; `os.fork`, `subprocess` and `os.system` are disabled in the worker.
- Each top-level statement of the tests that holds an `assert` is one test (a loop of
  asserts is one test); other statements (imports, helpers) run as setup in order.
  Results are written one per line to a file as they finish, so a crash or time-out
  still reports the tests that ran.

What it does not do: it is not a security sandbox. Code that sets out to escape (ctypes,
reading files the user can read, network access) is not stopped: run only code you
wrote or trust, as you would in your own terminal. The limits protect the app and the
machine from mistakes: infinite loops, runaway recursion or memory, fork loops, floods of
output.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

DEFAULT_TIMEOUT_S = 5.0
MEMORY_BYTES = 1024 * 1024 * 1024
"""Address-space limit of the test process (1 GiB)."""
OUTPUT_BYTES = 64 * 1024
"""Printed output kept per run; more stops the run."""
FILE_BYTES = 10 * 1024 * 1024
PROCESSES = 64


class Outcome(StrEnum):
    """How a test or a whole run ended."""

    PASSED = "passed"
    FAILED = "failed"
    ERROR = "error"
    TIMEOUT = "timeout"
    NOT_RUN = "not run"


@dataclass(frozen=True, slots=True)
class TestResult:
    """One `assert` of the tests."""

    index: int
    line: int
    """Line of the assert in the tests block (1-based)."""
    source: str
    outcome: Outcome
    message: str = ""
    traceback: str = ""
    stdout: str = ""
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class RunReport:
    """What running the tests gave."""

    outcome: Outcome
    tests: tuple[TestResult, ...] = ()
    problem: str = ""
    """Why the run as a whole did not complete (syntax error, time-out, crash...)."""
    stdout: str = ""
    """Output printed outside the tests (while defining the solution)."""
    seconds: float = 0.0

    @property
    def passed(self) -> int:
        """Tests that passed."""
        return sum(t.outcome is Outcome.PASSED for t in self.tests)

    @property
    def total(self) -> int:
        """Tests found in the tests block."""
        return len(self.tests)

    @property
    def all_passed(self) -> bool:
        """Whether every test ran and passed."""
        return self.outcome is Outcome.PASSED

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "outcome": self.outcome.value,
            "passed": self.passed,
            "total": self.total,
            "problem": self.problem,
            "seconds": round(self.seconds, 3),
            "stdout": self.stdout,
            "tests": [
                {
                    "index": t.index,
                    "line": t.line,
                    "source": t.source,
                    "outcome": t.outcome.value,
                    "message": t.message,
                    "traceback": t.traceback,
                    "stdout": t.stdout,
                    "seconds": round(t.seconds, 4),
                }
                for t in self.tests
            ],
        }


@dataclass(frozen=True, slots=True)
class Limits:
    """The run's limits."""

    timeout_s: float = DEFAULT_TIMEOUT_S
    memory_bytes: int = MEMORY_BYTES
    output_bytes: int = OUTPUT_BYTES
    file_bytes: int = FILE_BYTES
    processes: int = PROCESSES


def starter_code(entry: str, answer: str = "") -> str:
    """The entry function's signature to start from: taken from the reference solution in
    the answer when there is one (its parameters only, never its body)."""
    import ast

    from interview.core.parser import fenced_code

    for block in fenced_code(answer):
        try:
            tree = ast.parse(block)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == entry:
                header = ast.unparse(node.args)
                return f"def {entry}({header}):\n    # your solution\n    pass\n"
    return f"def {entry}(*args):\n    # your solution\n    pass\n"


def plan_tests(tests: str) -> tuple[list[tuple[int, int, str]], str]:
    """The tests of a tests block, or ([], why) when the block does not parse.

    A test is a top-level statement holding an `assert` (a plain assert, or a loop of
    them checking many cases); the other statements are setup.
    """
    import ast

    try:
        tree = ast.parse(tests, filename="tests.py")
    except SyntaxError as exc:
        return [], f"the tests do not parse: {exc.msg} (tests line {exc.lineno})"
    lines = tests.splitlines()
    found: list[tuple[int, int, str]] = []
    for node in tree.body:
        if any(isinstance(inner, ast.Assert) for inner in ast.walk(node)):
            end = node.end_lineno or node.lineno
            source = "\n".join(lines[node.lineno - 1 : end]).strip()
            found.append((len(found) + 1, node.lineno, source))
    return found, ""


def run_tests(
    code: str,
    tests: str,
    *,
    entry: str | None = None,
    limits: Limits = Limits(),
    python: str = sys.executable,
    clock: Callable[[], float] = time.monotonic,
) -> RunReport:
    """Run `code`, then the tests against it, in a limited child process.

    With `entry`, code that does not define that function is reported before any test.
    """
    planned, problem = plan_tests(tests)
    if problem:
        return RunReport(Outcome.ERROR, problem=problem)
    if not planned:
        return RunReport(Outcome.ERROR, problem="the tests contain no assert statement")
    with tempfile.TemporaryDirectory(prefix="interview-run-") as folder:
        work = Path(folder)
        (work / "solution.py").write_text(code, encoding="utf-8")
        (work / "tests.py").write_text(tests, encoding="utf-8")
        (work / "harness.py").write_text(_HARNESS, encoding="utf-8")
        results = work / "results.jsonl"
        env = {
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "HOME": str(work),
            "TMPDIR": str(work),
            "OPENBLAS_NUM_THREADS": "1",
            "OMP_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1",
        }
        start = clock()
        process = subprocess.Popen(
            [
                python,
                "-I",
                str(work / "harness.py"),
                str(results),
                str(limits.output_bytes),
                entry or "",
            ],
            cwd=work,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_limiter(limits),  # only setrlimit between fork and exec
        )
        output, stopped = _collect(process, limits, start, clock)
        seconds = clock() - start
        records = _read_results(results)
    return _report(planned, records, output, stopped, process.returncode, seconds, limits)


def _limiter(limits: Limits) -> Callable[[], None]:
    def apply() -> None:
        import resource

        cpu = int(limits.timeout_s) + 1
        for name, value in (
            ("RLIMIT_CPU", cpu),
            ("RLIMIT_AS", limits.memory_bytes),
            ("RLIMIT_FSIZE", limits.file_bytes),
            ("RLIMIT_NOFILE", 64),
            ("RLIMIT_CORE", 0),
            ("RLIMIT_NPROC", limits.processes),
        ):
            kind = getattr(resource, name, None)
            if kind is None:
                continue
            # a limit the system will not lower is skipped (NPROC is not enforced for root)
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(kind, (value, value))

    return apply


def _collect(
    process: subprocess.Popen[bytes],
    limits: Limits,
    start: float,
    clock: Callable[[], float],
) -> tuple[bytes, str]:
    """Read the child's output until it exits; kill its group on time-out or flood."""
    import selectors

    assert process.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    chunks: list[bytes] = []
    size = 0
    stopped = ""
    fd = process.stdout.fileno()
    while True:
        left = limits.timeout_s - (clock() - start)
        if left <= 0:
            stopped = "timeout"
            break
        if not selector.select(timeout=min(left, 0.1)):
            if process.poll() is not None:
                break
            continue
        data = os.read(fd, 65536)
        if not data:
            break
        chunks.append(data)
        size += len(data)
        if size > limits.output_bytes:
            stopped = "output"
            break
    selector.close()
    if stopped:
        _kill_group(process)
    try:
        process.wait(timeout=2)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        process.wait()
    _kill_group(process)  # anything the code left running in its group
    process.stdout.close()
    return b"".join(chunks)[: limits.output_bytes], stopped


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def _read_results(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    records = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            break  # the last line was cut off by a kill
    return records


def _report(
    planned: list[tuple[int, int, str]],
    records: list[dict[str, Any]],
    output: bytes,
    stopped: str,
    returncode: int | None,
    seconds: float,
    limits: Limits,
) -> RunReport:
    printed = output.decode("utf-8", errors="replace")
    results: dict[int, TestResult] = {}
    problem = ""
    setup_stdout = ""
    current: int | None = None
    finished = False
    for record in records:
        kind = record.get("kind")
        if kind == "start":
            current = int(record["index"])
        elif kind == "test":
            index = int(record["index"])
            current = None
            results[index] = TestResult(
                index=index,
                line=int(record["line"]),
                source=str(record["source"]),
                outcome=Outcome(record["outcome"]),
                message=str(record.get("message", "")),
                traceback=str(record.get("traceback", "")),
                stdout=str(record.get("stdout", "")),
                seconds=float(record.get("seconds", 0.0)),
            )
        elif kind == "problem":
            problem = str(record["message"])
        elif kind == "setup_stdout":
            setup_stdout = str(record["stdout"])
        elif kind == "done":
            finished = True
    if not finished and not problem:
        where = f" during test {current}" if current is not None else ""
        if stopped == "timeout":
            problem = f"timed out after {limits.timeout_s:g} s{where} (an endless loop?)"
        elif stopped == "output":
            problem = (
                f"printed more than {limits.output_bytes // 1024} KB{where}; "
                "the run was stopped (printing in a loop?)"
            )
        elif returncode is not None and returncode < 0:
            name = _signal_name(-returncode)
            problem = f"the process was killed by {name}{where}" + _signal_hint(name)
        else:
            problem = (
                f"the process ended (exit status {returncode}){where} before the tests "
                "finished: os._exit() or killing its own process?"
            )
        if current is not None and current not in results:
            source = next(s for i, _, s in planned if i == current)
            line = next(n for i, n, _ in planned if i == current)
            outcome = Outcome.TIMEOUT if stopped == "timeout" else Outcome.ERROR
            results[current] = TestResult(current, line, source, outcome, problem)
    tests = tuple(
        results.get(index) or TestResult(index, line, source, Outcome.NOT_RUN)
        for index, line, source in planned
    )
    if problem:
        outcome = Outcome.TIMEOUT if stopped == "timeout" else Outcome.ERROR
    elif all(t.outcome is Outcome.PASSED for t in tests):
        outcome = Outcome.PASSED
    elif any(t.outcome is Outcome.ERROR for t in tests):
        outcome = Outcome.ERROR
    else:
        outcome = Outcome.FAILED
    stray = printed.strip()
    return RunReport(
        outcome,
        tests,
        problem=problem,
        stdout=setup_stdout or (stray if problem else ""),
        seconds=seconds,
    )


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _signal_hint(name: str) -> str:
    if name == "SIGXCPU":
        return " (the CPU-time limit: an endless loop?)"
    if name in ("SIGSEGV", "SIGBUS"):
        return " (a crash: unbounded recursion, or memory exhausted?)"
    if name == "SIGXFSZ":
        return " (the file-size limit)"
    if name == "SIGKILL":
        return " (killed: out of memory, or it killed itself)"
    return ""


_HARNESS = r"""
import ast, io, json, os, sys, time, traceback, contextlib

RESULTS, CAP, ENTRY = sys.argv[1], int(sys.argv[2]), sys.argv[3]
sys.setrecursionlimit(3000)

def emit(handle, record):
    handle.write(json.dumps(record) + "\n")
    handle.flush()

def guard():
    # The worker is a child of this guard: os.getppid() in user code is not the app.
    pid = os.fork()
    if pid:
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code < 0:
            os.kill(os.getpid(), -code)
        os._exit(code if code >= 0 else 1)

def blocked(*args, **kwargs):
    raise PermissionError("starting processes is disabled while running tests")

def no_signals(*args, **kwargs):
    raise PermissionError("sending signals to processes is disabled while running tests")

def lock_down():
    import subprocess
    for name in ("fork", "forkpty", "system", "execv", "execve", "execvp", "execvpe",
                 "posix_spawn", "posix_spawnp", "popen"):
        if hasattr(os, name):
            setattr(os, name, blocked)
    for name in ("kill", "killpg"):
        setattr(os, name, no_signals)
    subprocess.Popen = blocked
    sys.modules.pop("multiprocessing", None)

class Capped(io.StringIO):
    def write(self, text):
        if self.tell() + len(text) > CAP:
            raise OverflowError(f"printed more than {CAP // 1024} KB")
        return super().write(text)

def user_frames(exc):
    frames = traceback.extract_tb(exc.__traceback__)
    kept = [f for f in frames if f.filename in ("solution.py", "tests.py")]
    lines = traceback.format_list(kept[-6:]) if kept else []
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines).rstrip()

def main():
    guard()
    handle = open(RESULTS, "a", encoding="utf-8")
    code = open("solution.py", encoding="utf-8").read()
    tests = open("tests.py", encoding="utf-8").read()
    namespace = {"__name__": "solution"}
    lock_down()
    out = Capped()
    try:
        compiled = compile(code, "solution.py", "exec")
    except SyntaxError as exc:
        emit(handle, {"kind": "problem", "message":
             f"your code has a syntax error on line {exc.lineno}: {exc.msg}"})
        emit(handle, {"kind": "done"})
        return
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            exec(compiled, namespace)
    except BaseException as exc:
        emit(handle, {"kind": "problem", "message":
             "your code failed while loading: " + user_frames(exc)})
        emit(handle, {"kind": "done"})
        return
    emit(handle, {"kind": "setup_stdout", "stdout": out.getvalue()})
    if ENTRY and not callable(namespace.get(ENTRY)):
        emit(handle, {"kind": "problem", "message":
             f"your code does not define the function {ENTRY}(...) the tests call"})
        emit(handle, {"kind": "done"})
        return
    tree = ast.parse(tests, filename="tests.py")
    index = 0
    lines = tests.splitlines()
    for node in tree.body:
        module = ast.Module(body=[node], type_ignores=[])
        compiled = compile(module, "tests.py", "exec")
        if not any(isinstance(inner, ast.Assert) for inner in ast.walk(node)):
            try:
                exec(compiled, namespace)
            except BaseException as exc:
                emit(handle, {"kind": "problem", "message":
                     f"the tests themselves fail at tests line {node.lineno}: "
                     + user_frames(exc)})
                emit(handle, {"kind": "done"})
                return
            continue
        index += 1
        source = "\n".join(lines[node.lineno - 1:(node.end_lineno or node.lineno)]).strip()
        emit(handle, {"kind": "start", "index": index})
        out = Capped()
        started = time.perf_counter()
        outcome, message, trace = "passed", "", ""
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                exec(compiled, namespace)
        except AssertionError as exc:
            outcome = "failed"
            message = str(exc) or "the assertion is false"
            trace = user_frames(exc)
        except SystemExit as exc:
            outcome, message = "error", f"the code called sys.exit({exc.code!r})"
        except RecursionError as exc:
            outcome, message = "error", "maximum recursion depth exceeded"
            trace = user_frames(exc)
        except MemoryError as exc:
            outcome, message = "error", "out of memory (the limit is 1 GiB)"
        except EOFError as exc:
            outcome, message = "error", "the code read from stdin, which is closed"
            trace = user_frames(exc)
        except BaseException as exc:
            outcome = "error"
            message = f"{type(exc).__name__}: {exc}"
            trace = user_frames(exc)
        emit(handle, {"kind": "test", "index": index, "line": node.lineno,
                      "source": source, "outcome": outcome, "message": message,
                      "traceback": trace, "stdout": out.getvalue()[:4096],
                      "seconds": time.perf_counter() - started})
    emit(handle, {"kind": "done"})

main()
"""
