"""The app under test: a small bank, a temporary database, a fixed clock, UTC."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from interview.config import Config
from interview.tui.app import InterviewApp
from tests.conftest import NOW

BANK = Path(__file__).parent / "bank"
"""Three questions: one with LaTeX, one with markup and escape sequences in its text."""


@pytest.fixture
def make_app(
    tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., InterviewApp]:
    """A factory for the app on a fresh database (the same one for every app it makes).

    The working directory is this folder, so paths show as bank/... wherever the
    repository is checked out (snapshots stay the same on every machine).
    """
    monkeypatch.chdir(Path(__file__).parent)

    def build(clock: Callable[[], datetime] | None = None) -> InterviewApp:
        app = InterviewApp(
            db_path=tmp_path / "tui.db",
            banks=[BANK],
            config=Config(),
            config_path=isolated_home / "config.toml",
            clock=clock or (lambda: NOW),
            zone=UTC,
        )
        app.theme = "textual-dark"
        return app

    return build


def app_on(
    bank: Path, db: Path, config_path: Path, *, config: Config | None = None, **kwargs: Any
) -> InterviewApp:
    """The app on one bank folder and database, at the fixed clock (or `clock=`), UTC."""
    kwargs.setdefault("clock", lambda: NOW)
    return InterviewApp(
        db_path=db,
        banks=[bank],
        config=config or Config(),
        config_path=config_path,
        zone=UTC,
        **kwargs,
    )


async def loaded(pilot: Pilot[None]) -> None:
    """Wait until the bank is synced and the home screen shows it (no sleeping).

    The loading worker starts after the first frame, so waiting for workers can return
    before it has begun: wait on messages and workers until the backend is there.
    """
    app = pilot.app
    assert isinstance(app, InterviewApp)
    for _ in range(1000):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if app.backend is not None:
            return
    raise AssertionError("the bank never finished loading")


class Clock:
    """A clock the test moves by hand: `clock.advance(minutes=3)`."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


TINY_TEMPLATE = """\
name = "Tiny mock"
description = "Two short questions for the tests."
minutes = 5

[[slot]]
category = "ml-theory"
minutes = 2

[[slot]]
category = "evaluation"
minutes = 2
"""


@pytest.fixture
def tiny_template(isolated_home: Path) -> Path:
    """A user template (the shortest, so first in the list): ml-theory then evaluation."""
    folder = isolated_home / "templates"
    folder.mkdir(exist_ok=True)
    path = folder / "tiny.toml"
    path.write_text(TINY_TEMPLATE)
    return path
