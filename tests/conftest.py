"""Shared fixtures: every test runs with its data, config and database in a tmp dir."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

NOW = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)
"""The fixed clock tests pass where the app would pass the real one."""


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the data dir, config and database at a fresh tmp dir, never at $HOME."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("INTERVIEW_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("INTERVIEW_CONFIG", str(home / "config.toml"))
    monkeypatch.delenv("INTERVIEW_DB", raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    return home


def question_text(
    title: str = "What is overfitting?",
    *,
    front: str = "difficulty: easy\ntags: [bias-variance]",
    question: str = "Explain overfitting and how you would detect it.",
    answer: str = "The model fits noise in the training data; validation error rises.",
    rubric: tuple[str, ...] = ("Defines overfitting", "Names a validation check"),
    extra: str = "",
) -> str:
    """The text of a valid question file, with any part replaceable."""
    parts = []
    if front is not None:
        parts.append(f"---\n{front}\n---")
    if title:
        parts.append(f"# {title}")
    parts.append(f"## Question\n{question}")
    if answer:
        parts.append(f"## Answer\n{answer}")
    if rubric:
        parts.append("## Rubric\n" + "\n".join(f"- {point}" for point in rubric))
    parts.append("## Hints\n- Think about train versus validation error.")
    if extra:
        parts.append(extra)
    return "\n\n".join(parts) + "\n"


def write(path: Path, text: str | bytes) -> Path:
    """Write a file, making its folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def bank(tmp_path: Path) -> Iterator[Path]:
    """An empty bank folder."""
    folder = tmp_path / "bank"
    folder.mkdir()
    yield folder
