"""Where a solution runs: inside bubblewrap (`bwrap`) when it works here, else the fallback.

bubblewrap gives the run its own namespaces: no network, its own process tree (every
process the code starts dies with the run, and the app's processes cannot be seen), a
read-only view of the system and of the Python installation only (no home folder, no
`/proc`), and a size-limited writable folder. Without it, the run is an ordinary child
process with limits (see `docs/running-code.md`, "Without bubblewrap").

`INTERVIEW_SANDBOX` chooses: `bwrap` (required: a run fails when it does not work),
`none` (always the fallback), unset or `auto` (bwrap when it works).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

BWRAP = "bwrap"
NONE = "none"
INSIDE = "/sandbox"
"""The run folder as the code sees it inside bubblewrap."""
FOLDER_BYTES = 64 * 1024 * 1024
"""Size of the writable run folder (and of /tmp) inside bubblewrap."""


@dataclass(frozen=True, slots=True)
class Choice:
    """The sandbox a run uses, and why."""

    kind: str
    """`bwrap` or `none`."""
    why: str = ""
    """For `none`: why bubblewrap is not used."""


_probed: dict[str, tuple[bool, str]] = {}


def requested() -> str:
    """What `INTERVIEW_SANDBOX` asks for: `auto`, `bwrap` or `none`."""
    value = os.environ.get("INTERVIEW_SANDBOX", "auto").strip().lower()
    if value in ("none", "off", "fallback", "0", "no"):
        return NONE
    if value in ("bwrap", "bubblewrap"):
        return BWRAP
    return "auto"


def choose(python: str = sys.executable, want: str | None = None) -> Choice:
    """The sandbox for a run with `python`: `want` (`auto`, `bwrap`, `none`) or the
    environment's choice. Bubblewrap is tried once per process and Python."""
    want = want or requested()
    if want == NONE:
        return Choice(NONE, "turned off (INTERVIEW_SANDBOX=none)")
    works, why = _works(python)
    if works:
        return Choice(BWRAP)
    return Choice(NONE, why)


def sandbox_status(python: str = sys.executable) -> str:
    """One line saying how solutions are run here, for the app and `interview check`."""
    choice = choose(python)
    if choice.kind == BWRAP:
        return (
            "solutions run in bubblewrap: no network, no home folder, read-only system, "
            "own process tree"
        )
    return (
        f"solutions run WITHOUT a sandbox: {choice.why}; only process limits and "
        "in-process checks apply (install bubblewrap, see docs/running-code.md)"
    )


def _works(python: str) -> tuple[bool, str]:
    if python in _probed:
        return _probed[python]
    result = _probe(python)
    _probed[python] = result
    return result


def _probe(python: str) -> tuple[bool, str]:
    if not sys.platform.startswith("linux"):
        return False, "bubblewrap is for Linux only"
    if shutil.which(BWRAP) is None:
        return False, "bubblewrap (bwrap) is not installed"
    with tempfile.TemporaryDirectory(prefix="interview-probe-") as folder:
        probe = Path(folder) / "harness.py"
        probe.write_text("print('sandbox ok')\n", encoding="utf-8")
        (Path(folder) / "solution.py").write_text("", encoding="utf-8")
        try:
            done = subprocess.run(
                [*command(python, Path(folder)), python, "-I", f"{INSIDE}/harness.py"],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=20,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            return False, f"bubblewrap does not start ({exc})"
    if done.returncode == 0 and done.stdout.strip() == b"sandbox ok":
        return True, ""
    said = (done.stderr or done.stdout).decode("utf-8", "replace").strip().splitlines()
    return False, "bubblewrap does not work here (" + (said[0] if said else "no output") + ")"


def python_roots(python: str) -> list[str]:
    """The folders the Python installation lives in (prefixes, the executable's folder)."""
    if os.path.abspath(python) == os.path.abspath(sys.executable):
        found = [sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix]
    else:
        code = (
            "import sys; print(sys.prefix, sys.base_prefix, sys.exec_prefix, "
            "sys.base_exec_prefix, sep='\\n')"
        )
        try:
            out = subprocess.run(
                [python, "-I", "-c", code], capture_output=True, text=True, timeout=20, check=True
            ).stdout
        except (OSError, subprocess.SubprocessError):
            out = ""
        found = out.split("\n")[:4]
    found += [str(Path(python).parent), str(Path(os.path.realpath(python)).parent)]
    roots: list[str] = []
    for path in sorted({os.path.realpath(p) for p in found if p} | {p for p in found if p}):
        if path in ("/", "") or not os.path.isdir(path):
            continue
        if path == "/usr" or path.startswith("/usr/"):
            continue  # mounted whole
        if any(path == r or path.startswith(r.rstrip("/") + "/") for r in roots):
            continue
        roots.append(path)
    return roots


def command(python: str, folder: Path, folder_bytes: int = FOLDER_BYTES) -> list[str]:
    """The bwrap command line (up to `--`) that runs in a sandbox whose writable folder
    is a fresh size-limited tmpfs at /sandbox holding `folder`'s harness.py and
    solution.py, read-only."""
    args = [
        BWRAP,
        "--unshare-all",
        "--die-with-parent",
        "--new-session",
        "--cap-drop",
        "ALL",
        "--ro-bind",
        "/usr",
        "/usr",
    ]
    for top in ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"):
        if os.path.islink(top):
            args += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            args += ["--ro-bind", top, top]
    args += ["--dev", "/dev"]
    # only the CPU description of /proc: PyTorch reads it to pick its CPU kernels (float16
    # autocast fails without it); no process's files are visible
    args += ["--ro-bind-try", "/proc/cpuinfo", "/proc/cpuinfo"]
    args += ["--size", str(folder_bytes), "--tmpfs", "/tmp"]
    # after /tmp's tmpfs, so that a Python installed under /tmp stays visible
    for root in python_roots(python):
        args += ["--ro-bind", root, root]
    args += ["--size", str(folder_bytes), "--tmpfs", INSIDE]
    args += ["--ro-bind", str(folder / "harness.py"), f"{INSIDE}/harness.py"]
    args += ["--ro-bind", str(folder / "solution.py"), f"{INSIDE}/solution.py"]
    args += ["--chdir", INSIDE, "--"]
    return args
