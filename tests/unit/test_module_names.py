"""A module-level name bound twice silently replaces the first binding: a second
`_CODE_LINE` regex in the importer once changed how fenced flash cards were read, and
neither ruff nor mypy noticed. Each name is bound once (overloads aside)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).parents[2] / "src" / "interview").rglob("*.py"))


def _overload(node: ast.stmt) -> bool:
    return isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
        isinstance(d, ast.Name | ast.Attribute) and ast.unparse(d).endswith("overload")
        for d in node.decorator_list
    )


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_module_level_names_are_bound_once(path: Path) -> None:
    bound: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
        elif isinstance(
            node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
        ) and not _overload(node):
            bound[node.name] += 1
    assert [name for name, times in bound.items() if times > 1] == []
