"""Run a user's solution against a question's `## Tests`, in a sandbox.

- On Linux with bubblewrap, the run gets its own namespaces (`core.sandbox`): no network,
  no home folder, a read-only system, its own process tree that dies with it, and a
  size-limited writable folder. Elsewhere, the fallback is a child process in its own
  session; both apply the limits (`setrlimit`) and a wall-clock limit enforced here.
- Inside, a harness (`core.runner_harness`) loads the solution, then runs the tests'
  statements one at a time as this module sends them; the tests are never on disk. An
  audit hook refuses processes, signals, threads, frames, gc walks, ctypes, sockets and
  files outside the run folder. The tests get their own namespace and builtins, the
  solution's functions must return plain data, and what the tests rely on is checked
  after every call.
- Each answer is signed with a per-run key only the harness's frame holds, and must
  answer the statement asked, in order: anything else fails the run.

Each top-level statement of the tests that holds an `assert` is one test (a loop of
asserts is one test); other statements (imports, helpers) run as setup in order. What the
design stops and what it does not: docs/running-code.md.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
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

from interview.core import sandbox as _sandbox
from interview.core.runner_harness import BOOTSTRAP, HARNESS
from interview.core.sandbox import sandbox_status

__all__ = [
    "Limits",
    "Outcome",
    "RunReport",
    "TestResult",
    "plan_tests",
    "run_tests",
    "sandbox_status",
    "starter_code",
]

DEFAULT_TIMEOUT_S = 5.0
MEMORY_BYTES = 1024 * 1024 * 1024
"""Address-space limit of the test process (1 GiB)."""
OUTPUT_BYTES = 64 * 1024
"""Printed output kept per run; more stops the run."""
FILE_BYTES = 10 * 1024 * 1024
PROCESSES = 64
PRELOADED = ("pandas",)
"""Libraries imported before the lock-down when the solution imports them, even if the
tests do not: the harness adjusts them there (pandas asks for frames to word warnings)."""


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
    sandbox: str = ""
    """`bwrap` when the run was in bubblewrap, `none` for the fallback."""

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
            "sandbox": self.sandbox,
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

    if entry == "sql":  # an SQL question: the answer is one query
        return "-- your query: one SELECT (WITH ... SELECT is fine)\nSELECT\n"
    for block in fenced_code(answer):
        try:
            tree = ast.parse(block)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == entry:
                header = ast.unparse(node.args)
                return f"def {entry}({header}):\n    # your solution\n    pass\n"
            if isinstance(node, ast.ClassDef) and node.name == entry:  # a class to write
                imports = [
                    ast.unparse(n) for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)
                ]
                bases = ", ".join(ast.unparse(b) for b in node.bases)
                lines = [
                    *imports,
                    "",
                    "",
                    f"class {entry}({bases}):" if bases else f"class {entry}:",
                ]
                methods = [
                    n
                    for n in node.body
                    if isinstance(n, ast.FunctionDef)
                    and (not n.name.startswith("_") or n.name.startswith("__"))
                ]
                for method in methods:
                    lines += [
                        f"    def {method.name}({ast.unparse(method.args)}):",
                        "        pass",
                        "",
                    ]
                if not methods:
                    lines.append("    pass")
                return "\n".join(lines).lstrip("\n").rstrip() + "\n"
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
    sandbox: str | None = None,
) -> RunReport:
    """Run `code`, then the tests against it, in a sandboxed child process.

    With `entry`, code that does not define that function is reported before any test.
    `sandbox` is `auto`, `bwrap` or `none`; by default `INTERVIEW_SANDBOX` decides.
    """
    planned, problem = plan_tests(tests)
    if problem:
        return RunReport(Outcome.ERROR, problem=problem)
    if not planned:
        return RunReport(Outcome.ERROR, problem="the tests contain no assert statement")
    want = sandbox or _sandbox.requested()
    choice = _sandbox.choose(python, want)
    if want == _sandbox.BWRAP and choice.kind != _sandbox.BWRAP:
        return RunReport(
            Outcome.ERROR,
            tuple(TestResult(i, line, s, Outcome.NOT_RUN) for i, line, s in planned),
            problem=f"the bubblewrap sandbox was required but {choice.why}",
            sandbox=_sandbox.NONE,
        )
    run = _Run(code, tests, planned, entry, limits, python, clock, choice.kind)
    return run.execute()


@dataclass(frozen=True, slots=True)
class _Statement:
    kind: str
    """`setup` or `test`."""
    index: int
    """The test's number (0 for setup)."""
    line: int
    source: str


def _statements(tests: str) -> list[_Statement]:
    """The tests' top-level statements in order, each with its exact source."""
    import ast

    tree = ast.parse(tests, filename="tests.py")
    lines = tests.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # as ast counts
    found: list[_Statement] = []
    index = 0
    for node in tree.body:
        decorators = getattr(node, "decorator_list", [])
        start = min([node.lineno, *(d.lineno for d in decorators)])
        column = 0 if decorators else node.col_offset
        source = _segment(lines, start, column, node.end_lineno, node.end_col_offset)
        if any(isinstance(inner, ast.Assert) for inner in ast.walk(node)):
            index += 1
            found.append(_Statement("test", index, start, source))
        else:
            found.append(_Statement("setup", 0, start, source))
    return found


def _segment(
    lines: list[str], start: int, column: int, end: int | None, end_column: int | None
) -> str:
    """The text of a statement (columns are UTF-8 byte offsets, as `ast` gives them)."""
    end = end or start
    chunk = [line.encode("utf-8") for line in lines[start - 1 : end]]
    if end_column is not None:
        chunk[-1] = chunk[-1][:end_column]
    chunk[0] = chunk[0][column:]
    return "\n".join(part.decode("utf-8", errors="replace") for part in chunk)


def _names_and_imports(tests: str) -> tuple[list[str], list[str]]:
    """The names the tests use (candidates to take from the solution) and the modules
    they import (imported before the solution loads, so their state can be checked)."""
    import ast
    import builtins

    tree = ast.parse(tests, filename="tests.py")
    names: set[str] = set()
    imports: list[str] = []
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Import):
            imports += [alias.name for alias in node.names]
            for alias in node.names:
                top = alias.name.partition(".")[0]
                aliases[alias.asname or top] = alias.name if alias.asname else top
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            imports.append(node.module)
            imports += [f"{node.module}.{alias.name}" for alias in node.names]
            for alias in node.names:
                aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    # submodules the tests reach as attributes (`np.linalg.norm`): imported up front too,
    # so that the code cannot put its own module there first
    for node in ast.walk(tree):
        chain: list[str] = []
        while isinstance(node, ast.Attribute):
            chain.insert(0, node.attr)
            node = node.value
        if isinstance(node, ast.Name) and node.id in aliases and chain:
            for depth in range(1, min(len(chain), 3) + 1):
                imports.append(".".join([aliases[node.id], *chain[:depth]]))
    shadowing = set(dir(builtins))
    return sorted(n for n in names if n not in shadowing), list(dict.fromkeys(imports))


_ANSWER_BYTES = 1024 * 1024
"""An honest answer is a few hundred KB at most (the harness caps its fields)."""


class _Tampering(Exception):
    """The report channel carried something the harness did not sign or was not asked."""


class _Run:
    """One run: the child, the statements sent to it one at a time, the signed answers."""

    def __init__(
        self,
        code: str,
        tests: str,
        planned: list[tuple[int, int, str]],
        entry: str | None,
        limits: Limits,
        python: str,
        clock: Callable[[], float],
        kind: str,
    ) -> None:
        self.code = code
        self.tests = tests
        self.planned = planned
        self.entry = entry
        self.limits = limits
        self.python = python
        self.clock = clock
        self.kind = kind
        self.key = secrets.token_bytes(32)
        self.statements = _statements(tests)
        self.results: dict[int, TestResult] = {}
        self.problem = ""
        self.setup_stdout = ""
        self.position = -1
        """-1 while loading, then the index of the statement awaiting its answer."""
        self.token = ""
        self.finished = False
        self.outbox = bytearray()

    def execute(self) -> RunReport:
        with tempfile.TemporaryDirectory(prefix="interview-run-") as folder:
            work = Path(folder)
            (work / "solution.py").write_text(self.code, encoding="utf-8")
            (work / "harness.py").write_text(BOOTSTRAP.format(source=HARNESS), encoding="utf-8")
            return self._execute(work)

    def _execute(self, work: Path) -> RunReport:
        inside = Path(_sandbox.INSIDE) if self.kind == _sandbox.BWRAP else work
        names, imports = _names_and_imports(self.tests)
        for library in PRELOADED:
            if library not in imports and re.search(
                rf"^\s*(from|import)\s+{library}\b", self.code, re.M
            ):
                imports.append(library)
        if self.entry and self.entry not in names:
            names.append(self.entry)
        config = {
            "names": names,
            "imports": imports,
            "read_roots": _read_roots(self.python, inside),
            "private_tmp": self.kind == _sandbox.BWRAP,
            # without bubblewrap's size-limited folder, disk use is bounded by the number
            # of files times the size limit of each
            "max_files": 0
            if self.kind == _sandbox.BWRAP
            else max(1, _sandbox.FOLDER_BYTES // self.limits.file_bytes),
        }
        env = {
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "HOME": str(inside),
            "TMPDIR": str(inside),
            "OPENBLAS_NUM_THREADS": "1",
            "OMP_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1",
        }
        command_read, command_write = os.pipe()
        report_read, report_write = os.pipe()
        argv = [
            self.python,
            "-I",
            str(inside / "harness.py"),
            str(command_read),
            str(report_write),
            str(self.limits.output_bytes),
            self.entry or "",
        ]
        if self.kind == _sandbox.BWRAP:
            argv = _sandbox.command(self.python, work) + argv
        header = json.dumps(config).encode("utf-8")
        self.outbox += self.key.hex().encode("ascii") + b"\n"
        self.outbox += str(len(header)).encode("ascii") + b"\n" + header
        self.token = secrets.token_hex(8)
        self.outbox += self.token.encode("ascii") + b"\n"
        start = self.clock()
        try:
            process = subprocess.Popen(
                argv,
                cwd=work,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                pass_fds=(command_read, report_write),
                start_new_session=True,
                preexec_fn=_limiter(self.limits),  # only setrlimit between fork and exec
            )
        except OSError as exc:
            os.close(command_write)
            os.close(report_read)
            return RunReport(
                Outcome.ERROR,
                tuple(TestResult(i, n, s, Outcome.NOT_RUN) for i, n, s in self.planned),
                problem=f"the tests could not be started: {exc}",
                sandbox=self.kind,
            )
        finally:
            os.close(command_read)
            os.close(report_write)
        try:
            output, stopped = self._talk(process, command_write, report_read, start)
        finally:
            _end(process)
            with contextlib.suppress(OSError):
                os.close(command_write)
            with contextlib.suppress(OSError):
                os.close(report_read)
        seconds = self.clock() - start
        return self._report(output, stopped, _exit_status(process.returncode, self.kind), seconds)

    # ---- the conversation ----------------------------------------------------------------

    def _talk(
        self, process: subprocess.Popen[bytes], command: int, report: int, start: float
    ) -> tuple[bytes, str]:
        """Send statements as answers come; read output; stop at the limits."""
        import selectors

        assert process.stdout is not None
        output_fd = process.stdout.fileno()
        for fd in (command, report, output_fd):
            os.set_blocking(fd, False)
        selector = selectors.DefaultSelector()
        selector.register(output_fd, selectors.EVENT_READ, "output")
        selector.register(report, selectors.EVENT_READ, "report")
        writing = False
        chunks: list[bytes] = []
        size = 0
        pending = b""
        open_reads = 2
        stopped = ""
        try:
            while open_reads:
                left = self.limits.timeout_s - (self.clock() - start)
                if left <= 0:
                    stopped = "timeout"
                    break
                if self.outbox and not writing:
                    selector.register(command, selectors.EVENT_WRITE, "command")
                    writing = True
                events = selector.select(timeout=min(left, 0.1))
                if not events and process.poll() is not None and self.finished:
                    break
                for key, _ in events:
                    if key.data == "command":
                        try:
                            sent = os.write(command, self.outbox[:65536])
                        except BlockingIOError:
                            continue
                        except OSError:  # the child closed it, or is gone
                            sent = len(self.outbox)
                        del self.outbox[:sent]
                        if not self.outbox:
                            selector.unregister(command)
                            writing = False
                        continue
                    try:
                        data = os.read(key.fd, 65536)
                    except BlockingIOError:
                        continue
                    if not data:
                        selector.unregister(key.fd)
                        open_reads -= 1
                        continue
                    if key.data == "output":
                        chunks.append(data)
                        size += len(data)
                        if size > self.limits.output_bytes:
                            stopped = "output"
                    else:
                        pending += data
                        *lines, pending = pending.split(b"\n")
                        for line in lines:
                            self._answer(line)
                        if len(pending) > _ANSWER_BYTES:
                            raise _Tampering("an answer was far too long")
                if stopped:
                    break
        except _Tampering as exc:
            self.problem = f"the run's results were tampered with ({exc}); no test counts as passed"
            self.results = {
                i: TestResult(i, r.line, r.source, Outcome.ERROR, "not counted: " + str(exc))
                for i, r in self.results.items()
            }
        finally:
            selector.close()
        return b"".join(chunks)[: self.limits.output_bytes], stopped

    def _answer(self, line: bytes) -> None:
        """One signed answer from the harness, checked before it counts."""
        signature, _, text = line.partition(b" ")
        expected = hmac.new(self.key, text, hashlib.sha256).hexdigest().encode("ascii")
        if not hmac.compare_digest(signature, expected):
            raise _Tampering("an answer was not signed by the runner")
        if self.finished or not self.token:
            raise _Tampering("an answer came that was not asked for")
        try:
            fields = ast_literal(text.decode("utf-8"))
        except (ValueError, SyntaxError, UnicodeDecodeError) as exc:
            raise _Tampering("an answer could not be read") from exc
        if not isinstance(fields, tuple) or not all(isinstance(f, str | float) for f in fields):
            raise _Tampering("an answer was malformed")
        if len(fields) < 2 or fields[0] != self.token:
            raise _Tampering("an answer was for another question or out of order")
        self.token = ""
        outcome = str(fields[1])
        texts = [str(f) for f in fields[2:]] + ["", "", "", ""]
        if self.position < 0:  # loading the solution
            if outcome == "loaded":
                self.setup_stdout = texts[0]
                self._next()
            else:
                self.problem = texts[0] + self._trace(texts[1], prefix="\n")
                self.setup_stdout = texts[2]
                self._finish()
            return
        statement = self.statements[self.position]
        if outcome == "problem":
            self.problem = texts[0]
            if statement.kind == "test":
                self._record(statement, Outcome.ERROR, texts[0], "", "", 0.0)
            self._finish()
            return
        if outcome not in ("passed", "failed", "error"):
            raise _Tampering("an answer had an unknown outcome")
        seconds = fields[5] if len(fields) > 5 and isinstance(fields[5], float) else 0.0
        if statement.kind == "setup":
            if outcome != "passed":
                self.problem = f"the tests themselves fail at tests line {statement.line}: " + (
                    self._trace(texts[1]) or texts[0]
                )
                self._finish()
                return
        else:
            self._record(statement, Outcome(outcome), texts[0], texts[1], texts[2], seconds)
        self._next()

    def _record(
        self,
        statement: _Statement,
        outcome: Outcome,
        message: str,
        trace: str,
        stdout: str,
        seconds: float,
    ) -> None:
        self.results[statement.index] = TestResult(
            statement.index,
            statement.line,
            next(s for i, _, s in self.planned if i == statement.index),
            outcome,
            message,
            self._trace(trace),
            stdout[:4096],
            seconds,
        )

    def _next(self) -> None:
        self.position += 1
        if self.position >= len(self.statements):
            self._finish()
            return
        statement = self.statements[self.position]
        payload = statement.source.encode("utf-8")
        self.token = secrets.token_hex(8)
        self.outbox += (
            f"{self.token} {statement.kind} {statement.line} {len(payload)}\n".encode("ascii")
            + payload
        )

    def _finish(self) -> None:
        self.finished = True
        self.outbox += b"quit\n"

    def _trace(self, raw: str, prefix: str = "") -> str:
        text = _user_traceback(raw, {"solution.py": self.code, "tests.py": self.tests})
        return prefix + text if text else ""

    # ---- the report ----------------------------------------------------------------------

    def _report(
        self, output: bytes, stopped: str, returncode: int | None, seconds: float
    ) -> RunReport:
        limits = self.limits
        printed = output.decode("utf-8", errors="replace")
        problem = self.problem
        results = dict(self.results)
        current: int | None = None
        if 0 <= self.position < len(self.statements) and not self.finished:
            statement = self.statements[self.position]
            current = statement.index if statement.kind == "test" else None
        if not self.finished and not problem:
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
                source = next(s for i, _, s in self.planned if i == current)
                line = next(n for i, n, _ in self.planned if i == current)
                outcome = Outcome.TIMEOUT if stopped == "timeout" else Outcome.ERROR
                results[current] = TestResult(current, line, source, outcome, problem)
        tests = tuple(
            results.get(index) or TestResult(index, line, source, Outcome.NOT_RUN)
            for index, line, source in self.planned
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
            stdout=self.setup_stdout or (stray if problem else ""),
            seconds=seconds,
            sandbox=self.kind,
        )


def ast_literal(text: str) -> object:
    """A Python literal, read without running anything."""
    import ast

    return ast.literal_eval(text)


def _read_roots(python: str, inside: Path) -> list[str]:
    """Where the code may read files: the Python installation and the run folder."""
    roots = [*_sandbox.python_roots(python), "/usr", "/lib", "/lib64", "/bin", str(inside)]
    return list(dict.fromkeys(roots))  # the harness adds its own sys.path


_FRAME = re.compile(r'^  File "(?P<file>[^"]*)", line (?P<line>\d+), in (?P<name>.*)$')


def _user_traceback(raw: str, sources: dict[str, str]) -> str:
    """The frames of the user's code and tests from a traceback the harness printed, with
    their lines taken from the app's own copies, then the exception itself."""
    if not raw.strip():
        return ""
    lines = raw.rstrip("\n").splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("Traceback (most recent")]
    block = lines[starts[-1] + 1 :] if starts else lines
    frames: list[tuple[str, int, str]] = []
    tail: list[str] = []
    for position, line in enumerate(block):
        match = _FRAME.match(line)
        if match:
            frames.append((match["file"], int(match["line"]), match["name"]))
        elif not line.startswith("    "):
            tail = block[position:]
            break
    out: list[str] = []
    for file, number, name in [f for f in frames if f[0] in sources][-6:]:
        out.append(f'  File "{file}", line {number}, in {name}')
        text = sources[file].splitlines()
        if 0 < number <= len(text) and text[number - 1].strip():
            out.append("    " + text[number - 1].strip())
    out += tail
    return "\n".join(out).rstrip()


def _exit_status(returncode: int | None, kind: str) -> int | None:
    """The code's exit status: bubblewrap reports a death by signal N as 128 + N."""
    if kind == _sandbox.BWRAP and returncode is not None and 128 < returncode < 128 + 65:
        return -(returncode - 128)
    return returncode


def _end(process: subprocess.Popen[bytes]) -> None:
    """Kill the run's whole process group (a stopped one too) and reap it, never waiting
    without a limit."""
    _kill_group(process)
    for _ in range(50):
        try:
            process.wait(timeout=0.1)
            break
        except subprocess.TimeoutExpired:
            _kill_group(process)
    if process.stdout is not None:
        process.stdout.close()


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


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        process.kill()


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
