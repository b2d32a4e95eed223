"""Solutions that try to get out: change files, read secrets, leave processes behind,
stop or kill the app, use the network, fill the disk.

Each runs in bubblewrap (skipped only when bubblewrap is not usable here; CI installs
it) and in the fallback (`sandbox="none"`), where the harness's audit hook stops them;
docs/running-code.md says why that is weaker than bubblewrap.
"""

from __future__ import annotations

import dis
import os
import socket
import subprocess
import sys
import time
import types
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from interview.core import sandbox
from interview.core.runner import Limits, Outcome, RunReport, run_tests, sandbox_status
from interview.core.runner_harness import HARNESS

SHORT = Limits(timeout_s=4.0)
BWRAP_WORKS = sandbox.choose(want="auto").kind == sandbox.BWRAP
ONLY_IN_BWRAP = pytest.mark.skipif(not BWRAP_WORKS, reason="bubblewrap is not usable here")
SANDBOXES = [pytest.param("bwrap", marks=ONLY_IN_BWRAP), "none"]
TESTS = "assert add(1, 2) == 3\n"


def run(code: str, kind: str, tests: str = TESTS, limits: Limits = SHORT) -> RunReport:
    report = run_tests(code, tests, limits=limits, sandbox=kind)
    assert report.sandbox == kind
    return report


def attempts(*lines: str) -> str:
    """A right `add` that first tries each line, printing how each attempt ended."""
    body = "".join(
        f"    try:\n        {line}\n        print('DONE', {line!r})\n"
        f"    except BaseException as exc:\n        print('REFUSED', type(exc).__name__)\n"
        for line in lines
    )
    return (
        "import os, sys, signal, socket, subprocess, time\n\ndef add(a, b):\n"
        + body
        + ("    return a + b\n")
    )


def processes_with(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def survivors(marker: str, wait: float = 1.0) -> list[int]:
    """Processes still carrying `marker` once `wait` seconds have passed (polled)."""
    deadline = time.monotonic() + wait
    while True:
        found = processes_with(marker)
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


@pytest.fixture
def stand_in() -> Iterator[subprocess.Popen[bytes]]:
    """A process standing in for the app, for the code to try to stop or kill."""
    marker = f"interview-app-{uuid.uuid4().hex}"
    process = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)", marker],
        stdin=subprocess.DEVNULL,
    )
    yield process
    process.kill()
    process.wait(timeout=5)


def state(pid: int) -> str:
    text = Path(f"/proc/{pid}/stat").read_text()
    return text.rsplit(")", 1)[1].split()[0]


@pytest.mark.parametrize("kind", SANDBOXES)
def test_nothing_outside_the_run_folder_changes(
    kind: str, tmp_path: Path, isolated_home: Path
) -> None:
    outside = tmp_path / "outside.txt"
    kept = tmp_path / "kept.txt"
    kept.write_text("kept")
    kept.chmod(0o644)
    planted = isolated_home / "planted.txt"
    code = attempts(
        f"open({str(outside)!r}, 'w').write('x')",
        f"open({str(kept)!r}, 'a').write('x')",
        f"os.remove({str(kept)!r})",
        f"os.rename({str(kept)!r}, {str(kept)!r} + '.moved')",
        f"os.chmod({str(kept)!r}, 0o777)",
        f"open({str(planted)!r}, 'w').write('x')",
        f"os.symlink('/', 'escape'); open('escape' + {str(outside)!r}, 'w')",
        f"__import__('shutil').rmtree({str(tmp_path)!r})",
        "open('inside.txt', 'w').write('fine')",
    )
    report = run(code, kind)
    assert report.all_passed, report.to_dict()
    printed = report.tests[0].stdout
    assert printed.count("REFUSED") == 8 and "DONE open('inside.txt'" in printed, printed
    assert not outside.exists() and not planted.exists()
    assert kept.read_text() == "kept" and kept.stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.txt"]


@pytest.mark.parametrize("kind", SANDBOXES)
def test_secrets_cannot_be_read(
    kind: str, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(isolated_home))  # the app's own path grants nothing
    key = isolated_home / ".ssh" / "id_ed25519"
    key.parent.mkdir()
    key.write_text("SECRET-SSH-KEY")
    key.chmod(0o600)
    database = isolated_home / "data" / "interview.db"
    database.parent.mkdir()
    database.write_text("SECRET-DATABASE")
    code = attempts(
        f"print(open({str(key)!r}).read())",
        f"print(open({str(database)!r}).read())",
        f"print(os.listdir({str(isolated_home)!r}))",
        "print(open('/etc/shadow').read())",
        "print(open('/proc/self/environ').read())",
        "print(open('/proc/1/cmdline').read())",
    )
    report = run(code, kind)
    assert report.all_passed, report.to_dict()
    text = str(report.to_dict())
    assert "SECRET" not in text and ".ssh" not in text and "root:" not in text
    assert report.tests[0].stdout.count("REFUSED") == 6, report.tests[0].stdout


SPAWNS = (
    # os.fork, and the ways around a blocked os.fork the attack found
    "pid = os.fork()\n        if pid == 0:\n            os.setsid(); os.execv(sys.executable, DAEMON)",
    "pid = __import__('posix').fork()\n        if pid == 0:\n            os.execv(sys.executable, DAEMON)",
    "__import__('importlib').reload(os).fork()",
    "os.posix_spawn(sys.executable, DAEMON, {})",
    "subprocess.Popen(DAEMON, start_new_session=True)",
    "os.system(' '.join(DAEMON) + ' &')",
    "__import__('_posixsubprocess').fork_exec(DAEMON, [sys.executable.encode()], True, (), None, None, -1, -1, -1, -1, -1, -1, -1, -1, False, True, None, None, None, -1, None, False)",
    "__import__('multiprocessing').get_context('spawn').Process(target=time.sleep, args=(30,)).start()",
    "__import__('ctypes').CDLL(None).fork()",
    "__import__('pty').fork()",
)


@pytest.mark.parametrize("kind", SANDBOXES)
def test_no_process_outlives_the_run(kind: str) -> None:
    marker = f"interview-daemon-{uuid.uuid4().hex}"
    code = attempts(*SPAWNS).replace(
        "def add(a, b):",
        f"DAEMON = [sys.executable, '-c', 'import time; time.sleep(30)', {marker!r}]\n\n"
        "def add(a, b):",
    )
    report = run(code, kind)
    # reloading os counts as changing it (an error), after the fork it tried was refused
    assert report.tests[0].stdout.count("REFUSED") == len(SPAWNS), report.tests[0].stdout
    assert "DONE" not in report.tests[0].stdout
    assert survivors(marker) == []


@ONLY_IN_BWRAP
def test_a_daemon_started_inside_bubblewrap_dies_with_it(tmp_path: Path) -> None:
    """The process namespace alone, without the harness's checks: a double-forked,
    setsid daemon is gone once the sandbox's command has ended."""
    marker = f"interview-daemon-{uuid.uuid4().hex}"
    daemon = (
        "import os, sys, time\n"
        "if os.fork() == 0:\n"
        "    os.setsid()\n"
        "    if os.fork() == 0:\n"
        f"        os.execv(sys.executable, [sys.executable, '-c', 'import time; time.sleep(30)', {marker!r}])\n"
        "    os._exit(0)\n"
        "time.sleep(0.5)\n"
        "print(len(os.listdir('/')))\n"
    )
    (tmp_path / "harness.py").write_text(daemon)
    (tmp_path / "solution.py").write_text("")
    command = [
        *sandbox.command(sys.executable, tmp_path),
        sys.executable,
        "-I",
        "/sandbox/harness.py",
    ]
    subprocess.run(command, check=True, timeout=20, capture_output=True)
    assert survivors(marker, wait=2.0) == []


@pytest.mark.parametrize("kind", SANDBOXES)
def test_the_app_cannot_be_stopped_or_killed(kind: str, stand_in: subprocess.Popen[bytes]) -> None:
    pid = stand_in.pid
    code = attempts(
        f"os.kill({pid}, signal.SIGSTOP)",
        f"os.kill({pid}, signal.SIGKILL)",
        f"os.killpg(os.getpgid({pid}), signal.SIGSTOP)",
        "os.kill(os.getppid(), signal.SIGSTOP)",
        f"signal.pidfd_send_signal(os.pidfd_open({pid}), signal.SIGKILL)",
        "print([p for p in os.listdir('/proc') if p.isdigit()])",
        f"os.kill(int(open('/proc/{pid}/stat').read().split()[0]), signal.SIGKILL)",
        f"signal.pthread_kill({pid}, signal.SIGKILL)",
    )
    report = run(code, kind)
    assert report.all_passed, report.to_dict()
    assert report.tests[0].stdout.count("REFUSED") == 8, report.tests[0].stdout
    assert stand_in.poll() is None and state(pid) not in ("T", "t", "Z")
    assert state(os.getpid()) not in ("T", "t")


@pytest.mark.parametrize("kind", SANDBOXES)
def test_a_stopped_run_is_still_killed_at_the_time_limit(kind: str) -> None:
    code = (
        "import signal\ndef add(a, b):\n    signal.raise_signal(signal.SIGSTOP)\n    return a + b\n"
    )
    start = time.monotonic()
    report = run(code, kind, limits=Limits(timeout_s=1.5))
    seconds = time.monotonic() - start
    assert report.outcome is Outcome.TIMEOUT and "timed out" in report.problem
    assert seconds < 1.5 + 1


@pytest.mark.parametrize("kind", SANDBOXES)
def test_no_network(kind: str) -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        code = attempts(
            f"socket.create_connection(('127.0.0.1', {port}), timeout=1)",
            f"__import__('_socket').socket().connect(('127.0.0.1', {port}))",
            "socket.getaddrinfo('example.com', 80)",
        )
        report = run(code, kind)
        server.settimeout(0)
        with pytest.raises(BlockingIOError):
            server.accept()
    assert report.all_passed, report.to_dict()
    assert report.tests[0].stdout.count("REFUSED") == 3, report.tests[0].stdout


FILL = """
def add(a, b):
    written = 0
    try:
        for i in range(12):
            with open(f"fill{i}", "wb") as handle:
                for _ in range(6):
                    handle.write(b"x" * 1024 * 1024)
                    written += 1024 * 1024
    except BaseException as exc:
        print(type(exc).__name__)
    print("WRITTEN", written)
    return a + b
"""


@pytest.mark.parametrize("kind", SANDBOXES)
def test_the_run_folder_has_a_size_limit(kind: str) -> None:
    """Bubblewrap's folder is a 64 MB file system; without it, 6 files of at most 10 MB."""
    report = run(FILL, kind, limits=Limits(timeout_s=10.0))
    printed = report.tests[0].stdout
    written = int(printed.split("WRITTEN")[1])
    assert 0 < written <= sandbox.FOLDER_BYTES, printed


def test_without_bubblewrap_the_files_created_are_counted() -> None:
    """Without bubblewrap disk use is bounded by 6 files of at most 10 MB: files created
    are counted, so deleting and writing again does not get around it."""
    code = (
        "import os\ndef add(a, b):\n    for i in range(8):\n"
        "        with open('f', 'wb') as h:\n            h.write(b'x')\n"
        "        os.remove('f')\n    return a + b\n"
    )
    report = run(code, "none")
    assert report.tests[0].outcome is Outcome.ERROR
    assert "more than 6 files" in report.tests[0].message


@pytest.mark.parametrize("kind", SANDBOXES)
def test_the_run_says_which_sandbox_it_used(kind: str) -> None:
    report = run("def add(a, b):\n    return a + b\n", kind)
    assert report.all_passed and report.to_dict()["sandbox"] == kind


def test_the_environment_chooses_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERVIEW_SANDBOX", "none")
    report = run_tests("def add(a, b):\n    return a + b\n", TESTS, limits=SHORT)
    assert report.sandbox == "none" and report.all_passed
    assert "WITHOUT a sandbox" in sandbox_status() and "INTERVIEW_SANDBOX" in sandbox_status()


def test_without_bubblewrap_the_status_says_so_and_a_required_sandbox_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sandbox, "_probed", {})
    monkeypatch.setattr(sandbox.shutil, "which", lambda name: None)
    assert "bubblewrap (bwrap) is not installed" in sandbox_status()
    fallback = run_tests("def add(a, b):\n    return a + b\n", TESTS, limits=SHORT)
    assert fallback.sandbox == "none" and fallback.all_passed
    required = run_tests("def add(a, b):\n    return a + b\n", TESTS, sandbox="bwrap")
    assert required.outcome is Outcome.ERROR and "not installed" in required.problem
    assert all(t.outcome is Outcome.NOT_RUN for t in required.tests)


@ONLY_IN_BWRAP
def test_bubblewrap_is_used_when_it_works(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INTERVIEW_SANDBOX", raising=False)
    assert "bubblewrap" in sandbox_status() and "WITHOUT" not in sandbox_status()
    report = run_tests("def add(a, b):\n    return a + b\n", TESTS, limits=SHORT)
    assert report.sandbox == "bwrap"


def _code_objects(code: types.CodeType) -> Iterator[types.CodeType]:
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _code_objects(const)


def test_the_harness_main_looks_up_no_global_after_the_lock_down() -> None:
    """Everything `_main` uses is a parameter bound before the solution loaded, so a
    solution that reaches the harness's globals still cannot change what it runs."""
    module = compile(HARNESS, "harness", "exec")
    [main] = [c for c in _code_objects(module) if c.co_name == "_main"]
    lookups = {
        (code.co_name, ins.argval)
        for code in _code_objects(main)
        for ins in dis.get_instructions(code)
        if ins.opname in ("LOAD_GLOBAL", "LOAD_NAME", "STORE_GLOBAL", "DELETE_GLOBAL")
    }
    assert lookups == set()


@pytest.mark.parametrize("kind", SANDBOXES)
def test_folder_descriptors_and_fd_changes_do_not_get_around_the_paths(
    kind: str, tmp_path: Path
) -> None:
    kept = tmp_path / "kept.txt"
    kept.write_text("kept")
    kept.chmod(0o644)
    code = attempts(
        f"os.open('planted', os.O_WRONLY | os.O_CREAT, dir_fd=os.open({str(tmp_path)!r}, os.O_RDONLY))",
        f"os.mkdir('planted', dir_fd=os.open({str(tmp_path)!r}, os.O_RDONLY))",
        "os.open('planted', os.O_WRONLY | os.O_CREAT, dir_fd=os.open('/usr', os.O_RDONLY))",
        "os.chmod(os.open(os.__file__, os.O_RDONLY), 0o777)",
    )
    report = run(code, kind)
    assert report.all_passed, report.to_dict()
    assert report.tests[0].stdout.count("REFUSED") == 4, report.tests[0].stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.txt"]
    assert not Path("/usr/planted").exists()


@pytest.mark.parametrize("kind", SANDBOXES)
def test_files_in_the_run_folder_can_be_changed_freely(kind: str) -> None:
    code = attempts(
        "open('a.txt', 'w').write('x')",
        "os.rename('a.txt', 'b.txt')",
        "os.chmod('b.txt', 0o600)",
        "os.utime('b.txt')",
        "os.mkdir('sub')",
        "os.rmdir('sub')",
        "os.remove('b.txt')",
    )
    report = run(code, kind)
    assert report.all_passed and "REFUSED" not in report.tests[0].stdout, report.to_dict()


@ONLY_IN_BWRAP
def test_proc_holds_only_the_cpu_description(tmp_path: Path) -> None:
    """Without the harness's checks: PyTorch's CPU kernels read /proc/cpuinfo, so it is
    there, read-only; no process's files are."""
    probe = (
        "import os\n"
        "print(sorted(os.listdir('/proc')))\n"
        "print(open('/proc/cpuinfo').read(9))\n"
        "try:\n"
        "    open('/proc/cpuinfo', 'a')\n"
        "except OSError:\n"
        "    print('read-only')\n"
    )
    (tmp_path / "harness.py").write_text(probe)
    (tmp_path / "solution.py").write_text("")
    command = [
        *sandbox.command(sys.executable, tmp_path),
        sys.executable,
        "-I",
        "/sandbox/harness.py",
    ]
    out = subprocess.run(command, check=True, timeout=20, capture_output=True, text=True).stdout
    assert out.splitlines() == ["['cpuinfo']", "processor", "read-only"]
