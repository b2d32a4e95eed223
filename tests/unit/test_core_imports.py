"""The core never loads the TUI or the database layer."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import interview.core


def core_modules() -> list[str]:
    return [f"interview.core.{m.name}" for m in pkgutil.iter_modules(interview.core.__path__)]


def test_core_has_the_modules_we_expect() -> None:
    assert {"interview.core.parser", "interview.core.lint", "interview.core.search"} <= set(
        core_modules()
    )


def test_importing_the_core_loads_neither_textual_nor_sqlmodel() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'sqlmodel', 'sqlalchemy', 'interview.storage'))\n"
        "bad += [m for m in sys.modules if m.startswith('interview.storage')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_lint_command_path_does_not_load_the_database_layer() -> None:
    code = (
        "import sys\nfrom interview.core.lint import lint_banks\nimport interview.cli\n"
        "print(any(m.startswith(('sqlmodel', 'sqlalchemy')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_app_and_the_cli_load_neither_pandas_nor_torch() -> None:
    """pandas (and the optional torch) are for the code runner's questions only: they
    stay off the start-up path (issue 17)."""
    code = (
        "import sys, importlib\nimport interview.cli, interview.tui.app\n"
        f"for name in {core_modules()!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pandas', 'torch')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
